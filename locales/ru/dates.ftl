# Dates and times. $weekday, $month_name: words; $day, $month, $year, $hour, $minute: numbers
# ($hour and $minute always have two digits). Times are Finnish time.

datetime = { $weekday }, { $day } { $month_name } { $year }, { $hour }:{ $minute }
time-of-day = { $hour }:{ $minute }

# Month names in the form used after a day number ("1 December").
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
