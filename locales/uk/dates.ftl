# Dates and times. $weekday, $month_name: words; $day, $month, $year, $hour, $minute: numbers
# ($hour and $minute always have two digits). Times are Finnish time.

datetime = { $weekday }, { $day } { $month_name } { $year }, { $hour }:{ $minute }
time-of-day = { $hour }:{ $minute }

# Month names in the form used after a day number ("1 December").
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
