## Данные: обзор для сотрудников и годовой отчёт

figures-dashboard-title = Обзор
figures-privacy-note = Данные о семьях показаны только в виде общих чисел. Любое число меньше пяти показано как «меньше 5», чтобы ни одну семью нельзя было узнать.
figures-period = Период
figures-period-12w = Последние 12 недель
figures-period-6m = Последние 6 месяцев
figures-period-12m = Последние 12 месяцев
figures-show = Показать
figures-download-csv = Скачать в формате CSV
figures-yearly-report = Годовой отчёт
figures-year-title = Данные за { $year } год
figures-year-previous = Предыдущий год
figures-total = Всего
figures-fewer-than-5 = меньше 5
figures-sessions-held = Проведённые встречи
figures-attendance-rate = Посещаемость (среди участников с отметкой)
figures-families-active = Семьи, которые участвовали
figures-reports-filed = Отправленные отчёты о встречах
figures-reports-overdue = Отчёты, просроченные более чем на 48 часов
figures-concerns-some = Сигналы о беспокойстве
figures-concerns-urgent = Срочные сигналы
figures-facilitators-in-training = Ведущие на обучении
figures-facilitators-certified = Сертифицированные ведущие
figures-facilitators-expiring = Сертификаты, истекающие в течение 60 дней
figures-facilitators-lapsed = Ведущие с истёкшим сертификатом
