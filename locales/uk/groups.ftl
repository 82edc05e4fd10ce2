groups-title = Знайти групу
groups-intro = Групи зустрічаються онлайн — у невеликих чатах. Виберіть мову, тему й час, які підходять вашій родині.
groups-filter-label = Фільтр груп
groups-filter-submit = Показати групи
groups-found =
    { $count ->
        [0] Груп не знайдено
        [one] Знайдено { $count } групу
        [few] Знайдено { $count } групи
        [many] Знайдено { $count } груп
       *[other] Знайдено { $count } групи
    }
groups-none = Зараз немає груп, які відповідають цим умовам. Спробуйте прибрати частину фільтрів або зазирніть пізніше: нові групи з’являються часто.
filter-any = Усі
group-languages = Мови
group-topics = Теми
group-region = Де
group-weekday = День
group-time-of-day = Час доби
group-audience = Для кого
group-next-session = Наступна зустріч
group-seats = Місця
group-seats-left =
    { $count ->
        [one] Залишилося { $count } місце
        [few] Залишилося { $count } місця
        [many] Залишилося { $count } місць
       *[other] Залишилося { $count } місця
    }
group-full = Місць немає: можна записатися до списку очікування
group-sessions = Зустрічі
group-join = Приєднатися до групи
group-ask-to-join = Подати заявку на вступ
group-join-waiting-list = Записатися до списку очікування
group-leave = Вийти з групи
group-sign-in-to-join = Увійдіть, щоб приєднатися
group-by-invitation = До цієї групи можна потрапити лише за запрошенням.
group-roster = Учасники
group-roster-empty = Ще ніхто не приєднався.
group-approve = Прийняти
group-name = Назва групи
group-description = Опис
group-text-language = Мова назви та опису
group-capacity = Кількість місць
group-join-policy = Як родини приєднуються до групи
group-facilitators = Адреси електронної пошти ведучих
group-facilitators-hint = Кілька адрес розділяйте комами. Кожна адреса має належати обліковому запису ведучого.
group-schedule = Розклад
group-schedule-hint = Група зустрічається щотижня — того самого дня тижня, що й перша зустріч, і в той самий місцевий час (за фінським часом).
group-first-date = Дата першої зустрічі
group-start-time = Час початку
group-duration = Тривалість у хвилинах
group-weeks = Кількість тижнів
group-publish-now = Опублікувати зараз, щоб родини могли знайти групу
group-create = Створити групу
group-new-title = Нова група
group-status = Статус
staff-groups-title = Групи
my-groups-title = Мої групи
my-groups-none = Ви ще не приєдналися до жодної групи.
session-cancelled = Скасовано
region-online = Онлайн, уся Фінляндія
time-of-day-morning = Ранок
time-of-day-afternoon = День
time-of-day-evening = Вечір
weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = П’ятниця
weekday-6 = Субота
weekday-7 = Неділя
topic-two-cultures = Повсякденне життя у двох культурах
topic-bilingual-children = Двомовні діти
topic-first-year-in-finland = Перший рік у Фінляндії
topic-fathers = Для татів
topic-mothers = Для мам
topic-parents-of-teenagers = Батьки підлітків
topic-emotional-skills = Емоційні навички дітей
topic-young-children = Родини з маленькими дітьми
audience-all-parents = Усі батьки
audience-fathers = Тати
audience-mothers = Мами
audience-expecting-parents = Майбутні батьки
audience-parents-of-teenagers = Батьки підлітків
join-policy-open = Вільно: приєднатися може кожен, поки є місця
join-policy-approval = За схваленням ведучого
join-policy-invitation = Лише за запрошенням
group-status-draft = Чернетка
group-status-published = Опублікована
group-status-running = Триває
group-status-finished = Завершена
group-make-published = Опублікувати
group-make-running = Позначити як розпочату
group-make-finished = Позначити як завершену
membership-member = Ви входите до цієї групи.
membership-requested = Ви подали заявку на вступ. Ведучий скоро відповість.
membership-waiting = Ви в списку очікування. Ми повідомимо вас електронною поштою, коли звільниться місце.
membership-left = Вийшли з групи
membership-declined = Заявку не прийнято
group-text-language-unknown = Виберіть мову тексту зі списку.
group-name-invalid = Укажіть назву групи довжиною не більше ніж { $max } символів.
group-description-too-long = Опис може містити не більше ніж { $max } символів.
group-topics-invalid = Виберіть зі списку хоча б одну тему.
group-audience-invalid = Виберіть, для кого ця група.
group-capacity-invalid = Кількість місць має бути від 1 до { $max }.
group-join-policy-invalid = Виберіть, як родини приєднуються до групи.
group-schedule-invalid = Укажіть дату, час початку, тривалість і не більше ніж { $max } тижнів.
group-schedule-in-past = Перша зустріч має бути в майбутньому.
group-status-invalid = Групу не можна перевести на цей етап.
group-facilitator-unknown = Для адреси { $email } немає облікового запису ведучого.
group-calendar-download = Додати всі зустрічі до календаря (.ics)
session-coming = Ви прийдете?
answer-yes = Так
answer-maybe = Можливо
answer-no = Ні
session-attendance = Відвідуваність
session-cancel = Скасувати зустріч
session-cancel-reason = Причина (її побачать учасники)
attendance-present = Хто брав участь
session-answer-invalid = Дайте відповідь «так», «можливо» або «ні».
session-closed = Ця зустріч уже минула або скасована.
session-not-started = Позначати відвідуваність можна після початку зустрічі.
session-reason-too-long = Причина може містити не більше ніж { $max } символів.
session-time-invalid = Укажіть дату й час початку, а тривалість — не більше ніж 8 годин.
my-groups-led = Групи, які ви ведете
calendar-title = Підписка на календар
calendar-intro = Підпишіться на зустрічі ваших груп у календарі телефона за особистою адресою. Кожен, хто має цю адресу, бачить ваші зустрічі, тому нікому її не передавайте; замінити адресу можна будь-коли.
calendar-new-url = Ваша нова особиста адреса календаря. Скопіюйте її в застосунок календаря просто зараз: її показано лише один раз.
calendar-create = Створити адресу календаря
calendar-replace = Замінити адресу (стара перестане працювати)
calendar-revoke = Вимкнути адресу календаря
session-add = Додати зустріч
session-add-start = Дата й час (за фінським часом)
group-add-member = Додати родину
group-add-member-hint = Для груп за запрошенням: додайте члена родини за адресою електронної пошти його облікового запису в Silta. Ми повідомимо його про це електронною поштою.
group-member-unknown = Немає облікового запису родини з такою адресою електронної пошти.
session-your-answer = Ваша відповідь: { $answer }
