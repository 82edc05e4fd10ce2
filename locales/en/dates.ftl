# Dates and times. $weekday, $month_name: words; $day, $month, $year, $hour, $minute: numbers
# ($hour and $minute always have two digits). Times are Finnish time.

datetime = { $weekday } { $day } { $month_name } { $year }, { $hour }:{ $minute }
time-of-day = { $hour }:{ $minute }

# Month names in the form used after a day number ("1 December").
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
