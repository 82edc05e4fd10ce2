# Dates and times. $weekday, $month_name: words; $day, $month, $year, $hour, $minute: numbers
# ($hour and $minute always have two digits). Times are Finnish time.

datetime = { $weekday } { $day }.{ $month }.{ $year } klo { $hour }.{ $minute }
time-of-day = { $hour }.{ $minute }

# Month names in the form used after a day number ("1 December").
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
