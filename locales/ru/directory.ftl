## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = У этой услуги пока нет описания на вашем языке; вот оно на финском.
directory-fallback-sv = У этой услуги пока нет описания на вашем языке; вот оно на шведском.
directory-fallback-en = У этой услуги пока нет описания на вашем языке; вот оно на английском.
directory-details-in-fi = Подробности ниже — на финском.
directory-details-in-sv = Подробности ниже — на шведском.
directory-details-in-en = Подробности ниже — на английском.
directory-category-child_health_clinic = Детская консультация
directory-category-family_counselling = Семейная консультация
directory-category-family_centre = Семейный центр
directory-category-family_social_work = Социальная работа с семьями
directory-category-home_help = Помощь на дому семьям с детьми
directory-category-early_education = Дошкольное воспитание
directory-category-mental_health = Психическое здоровье
directory-category-integration = Услуги по интеграции
directory-category-interpreters = Переводчики
directory-category-child_welfare = Защита детей
directory-status-active = Работает
directory-status-temporarily_closed = Временно закрыто
directory-languages = Языки
directory-phone = Телефон
directory-email = Эл. почта
directory-website = Сайт
directory-address = Адрес
directory-online = Онлайн
directory-directions = Маршрут
directory-hours = Часы работы
directory-ages = Возраст
directory-ages-range = { $min }–{ $max } лет
directory-eligibility = Для кого
directory-how-to-apply = Как обратиться
directory-last-checked = Последняя проверка
directory-category = Категория
help-find-title = Найти помощь рядом
help-find-intro = Услуги для семей с детьми там, где вы живёте. Выберите категорию или язык или ищите по словам.
help-find-filters = Поиск услуг
help-municipality = Муниципалитет
help-anywhere = Вся Финляндия
help-language = Язык услуги
help-words = Слова
help-find-submit = Искать
help-found = { $count ->
    [0] Услуги не найдены
    [one] { $count } услуга
    [few] { $count } услуги
   *[other] { $count } услуг
}
help-none-found = Ничего не найдено. Попробуйте другую категорию или язык или ищите по всей Финляндии.
help-not-sure = Не знаете, куда обратиться?
help-not-sure-text = Сотрудники Silta помогут найти подходящую услугу и добраться до неё.
help-ask-general = Попросить помощи у сотрудников Silta
help-ask-general-text = Кратко опишите, что вам нужно. С вами свяжется специалист.
help-back-to-results = Назад к поиску
help-asked-notice = Спасибо. Сотрудники Silta получили ваш запрос и свяжутся с вами.
help-my-requests = Мои запросы о помощи
help-how-to-get-there = Как добраться
help-no-address = Адрес не указан. Узнайте в службе, куда прийти.
help-contact = Как связаться
help-details = Подробнее об услуге
help-ask-title = Попросить сотрудников Silta помочь мне туда попасть
help-ask-text = С вами свяжется специалист. Он увидит ваше имя, муниципалитет и то, что вы здесь напишете.
help-message = Сообщение (необязательно)
help-message-hint = Например, когда вам удобно позвонить или что нужен переводчик. Сведения о здоровье не нужны.
help-ask-submit = Отправить запрос
help-requests-intro = О чём вы просили сотрудников Silta и обработан ли запрос.
help-service-gone = Услуга больше не указана
help-general-request = Общий запрос о помощи
help-sent-on = Отправлено
help-state-handled = Обработан
help-state-open = Ожидает сотрудника
help-no-requests = Вы ещё не отправляли запросов.
help-home-title = Нужна помощь службы?
help-home-text = Найдите услуги для семей рядом с вами, по возможности на вашем языке.
help-home-open = { $count ->
    [0] Все ваши запросы обработаны
    [one] { $count } запрос ожидает сотрудника
    [few] { $count } запроса ожидают сотрудника
   *[other] { $count } запросов ожидают сотрудника
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = Справочник услуг
directory-staff-nav = Страницы справочника
directory-services = Услуги
directory-service-new = Добавить услугу
directory-service-edit = Редактировать услугу
directory-organisations = Организации
directory-categories = Категории
directory-filters = Поиск услуг
directory-status = Статус
directory-status-inactive = Больше не предоставляется
directory-name = Название
directory-name-fi = Название на финском
directory-name-sv = Название на шведском
directory-name-en = Название на английском
directory-organisation = Организация
directory-organisation-choose = Выберите организацию
directory-organisation-add = Добавить организацию
directory-organisation-search = Название организации
directory-organisations-found = { $count ->
    [0] Нет организаций
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
directory-organisations-none = Подходящих организаций нет.
directory-never-checked = Никогда
directory-summaries = Краткие описания на языках семей
directory-summaries-count = { $count } из { $all }
directory-summaries-edit = Написать краткие описания на языках семей
directory-back-to-service = Назад к услуге
directory-saved = Сохранено.
directory-checked-today = Проверено сегодня
directory-checked-hint = Отмечает, что сегодня вы проверили всю запись целиком. Дату можно изменить в форме ниже.
directory-checked-notice = Отмечено как проверенное сегодня.
directory-basics = Организация и статус
directory-texts-fi = На финском
directory-texts-sv = На шведском
directory-texts-en = На английском
directory-summary = Краткое описание
directory-description = Описание
directory-reaching = Возраст и как обратиться в службу
directory-minimum-age = Минимальный возраст
directory-maximum-age = Максимальный возраст
directory-referral-email = Адрес для направлений
directory-referral-email-hint = Используется, только если ни у кого в организации нет партнёрского аккаунта. Туда отправляется только ссылка и никогда — данные семьи.
directory-areas = Где предоставляется услуга
directory-areas-hint = Вся страна, округа благосостояния или отдельные муниципалитеты. Чтобы выбрать несколько, удерживайте Ctrl (или Cmd).
directory-areas-required = Выберите, где предоставляется услуга.
directory-area-country = Вся страна
directory-area-counties = Округа благосостояния
directory-area-municipalities = Муниципалитеты
directory-locations = Места обслуживания
directory-rows-hint = Чтобы удалить строку, очистите все её поля.
directory-location-n = Место { $n }
directory-location-name = Название места
directory-street = Адрес (улица, дом)
directory-postal-code = Почтовый индекс
directory-post-office = Почтовое отделение
directory-location-municipality = Муниципалитет
directory-none = Не выбрано
directory-online-link = Веб-адрес (для онлайн-услуги)
directory-directions-hint = Общественный транспорт, вход, доступность.
directory-location-needs-place = Укажите адрес или веб-адрес.
directory-contacts = Контакты
directory-contact-n = Контакт { $n }
directory-contact-name = Имя или отдел
directory-contact-title = Должность
directory-contact-note = Примечание
directory-contact-note-hint = Например, когда звонить: пн–пт 9–11.
directory-contact-needs-way = Укажите номер телефона или адрес электронной почты.
directory-hours-n = Часы работы, строка { $n }
directory-weekday = День
directory-opens = Открывается
directory-closes = Закрывается
directory-hours-where = Где
directory-hours-service = Услуга в целом
directory-time-invalid = Укажите время в формате ЧЧ:ММ.
directory-closes-before-opens = Время закрытия должно быть позже времени открытия.
directory-ages-order = Максимальный возраст не может быть меньше минимального.
directory-url-invalid = Укажите веб-адрес, начинающийся с https://.
directory-save = Сохранить
summary-intro = Напишите краткое описание на каждом из языков семей: что это за услуга и для кого она. При сохранении изменений отметка о проверке снимается. Чтобы удалить описание, очистите его и сохраните. Семьи видят описание, когда сотрудник написал или проверил его.
summary-in-ar = Арабский
summary-in-so = Сомалийский
summary-in-ru = Русский
summary-in-uk = Украинский
summary-in-fa = Персидский
summary-in-et = Эстонский
summary-missing = Описания пока нет.
summary-written-by = Автор: { $name }
summary-reviewed-by = Проверил(а): { $name }
summary-not-reviewed = Не проверено
summary-reviewed = проверено
summary-field-name = Название услуги на этом языке (необязательно)
summary-field-summary = Краткое описание
summary-save = Сохранить описание
summary-review = Отметить как проверенное
summary-unreview = Отменить проверку
partner-accounts = Партнёрские аккаунты муниципалитета
partner-intro = Направления в услуги этой организации поступают на эти аккаунты.
partner-none = Партнёрские аккаунты не привязаны.
partner-added = привязан
partner-unlink = Отвязать
partner-email = Адрес электронной почты партнёрского аккаунта
partner-email-hint = Аккаунт уже должен существовать и иметь роль партнёра от муниципалитета (сначала пригласите его владельца).
partner-link = Привязать аккаунт
partner-linked = Аккаунт привязан.
partner-unlinked = Аккаунт отвязан. Если это ошибка, привяжите его снова ниже.
directory-partner-unknown = Партнёрского аккаунта муниципалитета с этим адресом нет.
category-intro = Категории, по которым семьи могут искать услуги. Встроенные категории переведены; добавленные вами сохраняют то название, которое вы им дали. Архивные категории остаются у услуг, но больше не предлагаются.
category-archived = В архиве
category-archive = В архив
category-restore = Восстановить
category-rename = Переименовать
category-add = Добавить категорию
category-label = Название
help-queue-title = Запросы о помощи
help-queue-intro = Семьи, которые просят сотрудников Silta помочь им обратиться в службу. Вы видите, что написала семья, её имя и муниципалитет.
help-queue-filters = Поиск запросов о помощи
help-queue-municipality = Муниципалитет семьи
help-queue-state = Показать
help-queue-state-open = Ожидающие
help-queue-state-handled = Обработанные
help-queue-state-all = Все
help-queue-found = { $count ->
    [0] Нет запросов
    [one] { $count } запрос
    [few] { $count } запроса
    [many] { $count } запросов
   *[other] { $count } запроса
}
help-queue-empty = Здесь ничего нет.
help-queue-mark = Отметить как обработанный
help-queue-reopen = Открыть снова
help-queue-marked = Запрос отмечен как обработанный.
help-queue-see-handled = Посмотреть обработанные запросы (там любой из них можно открыть снова).
help-queue-reopened = Запрос снова ожидает обработки.
help-request-already-handled = Кто-то уже отметил этот запрос как обработанный.
help-request-already-open = Этот запрос уже ожидает обработки.
help-home-queue = { $count ->
    [0] Нет ожидающих запросов о помощи
    [one] { $count } запрос о помощи ожидает
    [few] { $count } запроса о помощи ожидают
    [many] { $count } запросов о помощи ожидают
   *[other] { $count } запроса о помощи ожидают
}
help-home-queue-open = Открыть запросы о помощи
