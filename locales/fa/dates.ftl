# Dates and times. $weekday, $month_name: words; $day, $month, $year, $hour, $minute: numbers
# ($hour and $minute always have two digits). Times are Finnish time.

datetime = { $weekday } { $day } { $month_name } { $year }، ساعت { $hour }:{ $minute }
time-of-day = { $hour }:{ $minute }

# Month names in the form used after a day number ("1 December").
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
