## Дані: огляд для працівників і річний звіт

figures-dashboard-title = Огляд
figures-privacy-note = Дані про родини показано лише як загальні числа. Будь-яке число менше п’яти показано як «менше 5», щоб жодну родину не можна було впізнати.
figures-period = Період
figures-period-12w = Останні 12 тижнів
figures-period-6m = Останні 6 місяців
figures-period-12m = Останні 12 місяців
figures-show = Показати
figures-download-csv = Завантажити у форматі CSV
figures-yearly-report = Річний звіт
figures-year-title = Дані за { $year } рік
figures-year-previous = Попередній рік
figures-total = Усього
figures-fewer-than-5 = менше 5
figures-sessions-held = Проведені зустрічі
figures-attendance-rate = Відвідуваність (серед учасників із позначкою)
figures-families-active = Родини, які брали участь
figures-reports-filed = Надіслані звіти про зустрічі
figures-reports-overdue = Звіти, прострочені більш ніж на 48 годин
figures-concerns-some = Сигнали про занепокоєння
figures-concerns-urgent = Термінові сигнали
figures-facilitators-in-training = Ведучі на навчанні
figures-facilitators-certified = Сертифіковані ведучі
figures-facilitators-expiring = Сертифікати, що спливають протягом 60 днів
figures-facilitators-lapsed = Ведучі, чий сертифікат утратив чинність
