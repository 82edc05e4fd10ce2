## Партнёрские сети района и их встречи

network-list-title = Партнёрские сети
network-list-intro = Партнёрская сеть области благосостояния или муниципалитета: муниципальные партнёры, ведущие групп, сотрудники и, по приглашению, представители семей встречаются, чтобы знать, кто чем занимается, и договариваться о действиях.
network-search-label = Поиск сетей
network-search = Слова в названии
network-search-submit = Искать
network-found = { $count ->
    [0] Сетей нет
    [one] { $count } сеть
    [few] { $count } сети
   *[other] { $count } сетей
}
network-none = Сетей пока нет.
network-participant-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
   *[other] { $count } участников
}
network-next-meeting = Следующая встреча
network-new = Новая сеть
network-name = Название сети
network-area = Район
network-area-choose = Выберите район
network-area-counties = Области благосостояния
network-area-municipalities = Муниципалитеты
network-area-unknown = Выберите из списка область благосостояния или муниципалитет.
network-create = Создать сеть
network-organiser = Организатор
network-participants = Участники
network-who-does-what = Кто чем занимается
network-participant = Участник
network-takes-part-as = Участвует как
network-works-as = Чем занимается
network-works-as-hint = Например, «семейный консультант в детской консультации». Для представителей семей не показывается.
network-organisation = Организация и услуги
network-participants-none = Пока никто не приглашён.
network-remove = Удалить
network-kind-partner = Муниципальный партнёр
network-kind-facilitator = Ведущий группы
network-kind-staff = Сотрудник Silta
network-kind-family = Представитель семей
network-invite = Пригласить участника
network-invite-email = Адрес электронной почты его учётной записи Silta
network-invite-submit = Пригласить
network-participant-unknown = Учётной записи Silta с этим адресом, которая может участвовать в такой роли, нет.
network-meetings = Встречи
network-meetings-none = Встречи пока не назначены.
network-open-action-count = { $count ->
    [one] { $count } открытое действие
    [few] { $count } открытых действия
   *[other] { $count } открытых действий
}
network-meeting-schedule = Назначить встречу
network-meeting-date = Дата
network-meeting-time-hint = По времени Хельсинки.
network-meeting-time-invalid = Укажите дату, время начала и продолжительность от 15 до 480 минут.
network-meeting-title = Встреча
network-agenda = Повестка дня
network-agenda-none = Повестки дня пока нет.
network-agenda-edit = Изменить повестку дня
network-agenda-hint = Один пункт на строку.
network-agenda-save = Сохранить повестку дня
network-agenda-too-many = В повестке дня может быть не больше { $max } пунктов.
network-notes = Заметки
network-notes-none = Заметок пока нет.
network-notes-edit = Написать заметки
network-notes-save = Сохранить заметки
network-notes-closed = Заметки больше нельзя изменить: встреча была больше двух недель назад.
network-follow-ups = Действия с прошлых встреч
network-follow-ups-none = Открытых действий с прошлых встреч нет.
network-actions = Действия, о которых договорились на этой встрече
network-actions-none = О действиях пока не договорились.
network-action-new = Записать действие
network-action-text = Что будет сделано
network-action-owner = Кто выполняет
network-action-owner-choose = Выберите участника
network-action-owner-required = У каждого действия должен быть ответственный: выберите, кто его выполнит.
network-action-owner-not-participant = Ответственный должен быть участником сети.
network-action-due-on = Срок (необязательно)
network-action-add = Записать действие
network-action-due = срок
network-action-overdue = Просрочено
network-action-agreed-on = договорились на встрече
network-action-status = Статус
network-status-open = Открыто
network-status-done = Выполнено
network-status-dropped = Отменено
network-home-title = Партнёрская сеть
network-home-actions = Ваши открытые действия
mail-network-invited-subject = Вас пригласили в партнёрскую сеть
mail-network-invited-intro = Вас пригласили участвовать в партнёрской сети «{ $name }» в Silta. Её встречи, повестки дня и согласованные действия находятся на странице сети.
mail-network-invited-button = Открыть сеть
mail-network-invited-outro = Если вы считаете, что это ошибка, ответьте сотруднику, который вас пригласил.
privacy-kind-network-participation = Партнёрские сети, в которых вы участвуете
privacy-purpose-of-network-participation = Чтобы приглашать вас на встречи сети и сообщать другим участникам, кто чем занимается.
privacy-kind-network-actions = Действия, за которые вы отвечаете в партнёрских сетях
privacy-purpose-of-network-actions = Чтобы следить за выполнением того, о чём договорились на встрече сети.
privacy-kind-network-notes = Заметки о встречах сетей, которые вы написали
privacy-purpose-of-network-notes = Чтобы сохранить короткую запись о том, что обсудили и о чём договорились на встрече сети.
privacy-field-network = Сеть
privacy-field-taking-part-as = Участвует как
privacy-field-works-as = Чем вы занимаетесь
privacy-field-due-on = Срок
privacy-field-agreed-at = Согласовано
privacy-field-participation = Участие
privacy-field-actions = Действия
