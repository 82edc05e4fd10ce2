## Партнерські мережі району та їхні зустрічі

network-list-title = Партнерські мережі
network-list-intro = Партнерська мережа округу добробуту або муніципалітету: муніципальні партнери, ведучі груп, працівники та, за запрошенням, представники сімей зустрічаються, щоб знати, хто чим займається, і домовлятися про дії.
network-search-label = Пошук мереж
network-search = Слова в назві
network-search-submit = Шукати
network-found = { $count ->
    [0] Мереж немає
    [one] { $count } мережа
    [few] { $count } мережі
   *[other] { $count } мереж
}
network-none = Мереж поки немає.
network-participant-count = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
   *[other] { $count } учасників
}
network-next-meeting = Наступна зустріч
network-new = Нова мережа
network-name = Назва мережі
network-area = Район
network-area-choose = Виберіть район
network-area-counties = Округи добробуту
network-area-municipalities = Муніципалітети
network-area-unknown = Виберіть зі списку округ добробуту або муніципалітет.
network-create = Створити мережу
network-organiser = Організатор
network-participants = Учасники
network-who-does-what = Хто чим займається
network-participant = Учасник
network-takes-part-as = Бере участь як
network-works-as = Чим займається
network-works-as-hint = Наприклад, «сімейний консультант у дитячій консультації». Для представників сімей не показується.
network-organisation = Організація та послуги
network-participants-none = Поки нікого не запрошено.
network-remove = Вилучити
network-kind-partner = Муніципальний партнер
network-kind-facilitator = Ведучий групи
network-kind-staff = Працівник Silta
network-kind-family = Представник сімей
network-invite = Запросити учасника
network-invite-email = Адреса електронної пошти його облікового запису Silta
network-invite-submit = Запросити
network-participant-unknown = Облікового запису Silta з цією адресою, який може брати участь у такій ролі, немає.
network-meetings = Зустрічі
network-meetings-none = Зустрічі поки не призначено.
network-open-action-count = { $count ->
    [one] { $count } відкрита дія
    [few] { $count } відкриті дії
   *[other] { $count } відкритих дій
}
network-meeting-schedule = Призначити зустріч
network-meeting-date = Дата
network-meeting-time-hint = За часом Гельсінкі.
network-meeting-time-invalid = Вкажіть дату, час початку та тривалість від 15 до 480 хвилин.
network-meeting-title = Зустріч
network-agenda = Порядок денний
network-agenda-none = Порядку денного поки немає.
network-agenda-edit = Змінити порядок денний
network-agenda-hint = Один пункт на рядок.
network-agenda-save = Зберегти порядок денний
network-agenda-too-many = У порядку денному може бути не більше { $max } пунктів.
network-notes = Нотатки
network-notes-none = Нотаток поки немає.
network-notes-edit = Написати нотатки
network-notes-save = Зберегти нотатки
network-notes-closed = Нотатки більше не можна змінити: зустріч була понад два тижні тому.
network-follow-ups = Дії з попередніх зустрічей
network-follow-ups-none = Відкритих дій з попередніх зустрічей немає.
network-actions = Дії, про які домовилися на цій зустрічі
network-actions-none = Про дії поки не домовилися.
network-action-new = Записати дію
network-action-text = Що буде зроблено
network-action-owner = Хто виконує
network-action-owner-choose = Виберіть учасника
network-action-owner-required = Кожна дія потребує відповідального: виберіть, хто її виконає.
network-action-owner-not-participant = Відповідальний має бути учасником мережі.
network-action-due-on = Термін (необов'язково)
network-action-add = Записати дію
network-action-due = термін
network-action-overdue = Прострочено
network-action-agreed-on = домовилися на зустрічі
network-action-status = Стан
network-status-open = Відкрито
network-status-done = Виконано
network-status-dropped = Скасовано
network-home-title = Партнерська мережа
network-home-actions = Ваші відкриті дії
mail-network-invited-subject = Вас запросили до партнерської мережі
mail-network-invited-intro = Вас запросили взяти участь у партнерській мережі «{ $name }» у Silta. Її зустрічі, порядки денні та узгоджені дії є на сторінці мережі.
mail-network-invited-button = Відкрити мережу
mail-network-invited-outro = Якщо ви вважаєте, що це помилка, дайте відповідь працівникові, який вас запросив.
privacy-kind-network-participation = Партнерські мережі, у яких ви берете участь
privacy-purpose-of-network-participation = Щоб запрошувати вас на зустрічі мережі та повідомляти іншим учасникам, хто чим займається.
privacy-kind-network-actions = Дії, за які ви відповідаєте в партнерських мережах
privacy-purpose-of-network-actions = Щоб стежити за виконанням того, про що домовилися на зустрічі мережі.
privacy-kind-network-notes = Нотатки про зустрічі мереж, які ви написали
privacy-purpose-of-network-notes = Щоб зберегти короткий запис про те, що обговорили та про що домовилися на зустрічі мережі.
privacy-field-network = Мережа
privacy-field-taking-part-as = Бере участь як
privacy-field-works-as = Чим ви займаєтеся
privacy-field-due-on = Термін
privacy-field-agreed-at = Узгоджено
privacy-field-participation = Участь
privacy-field-actions = Дії
