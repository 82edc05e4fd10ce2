## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = Ця послуга ще не має опису вашою мовою; ось він фінською.
directory-fallback-sv = Ця послуга ще не має опису вашою мовою; ось він шведською.
directory-fallback-en = Ця послуга ще не має опису вашою мовою; ось він англійською.
directory-details-in-fi = Подробиці нижче — фінською.
directory-details-in-sv = Подробиці нижче — шведською.
directory-details-in-en = Подробиці нижче — англійською.
directory-category-child_health_clinic = Дитяча консультація
directory-category-family_counselling = Сімейна консультація
directory-category-family_centre = Сімейний центр
directory-category-family_social_work = Соціальна робота з сім'ями
directory-category-home_help = Допомога вдома сім'ям з дітьми
directory-category-early_education = Дошкільна освіта
directory-category-mental_health = Психічне здоров'я
directory-category-integration = Послуги з інтеграції
directory-category-interpreters = Перекладачі
directory-category-child_welfare = Захист дітей
directory-status-active = Працює
directory-status-temporarily_closed = Тимчасово зачинено
directory-languages = Мови
directory-phone = Телефон
directory-email = Ел. пошта
directory-website = Сайт
directory-address = Адреса
directory-online = Онлайн
directory-directions = Маршрут
directory-hours = Години роботи
directory-ages = Вік
directory-ages-range = { $min }–{ $max } років
directory-eligibility = Для кого
directory-how-to-apply = Як звернутися
directory-last-checked = Остання перевірка
directory-category = Категорія
help-find-title = Знайти допомогу поруч
help-find-intro = Послуги для сімей з дітьми там, де ви живете. Оберіть категорію чи мову або шукайте за словами.
help-find-filters = Пошук послуг
help-municipality = Муніципалітет
help-anywhere = Уся Фінляндія
help-language = Мова послуги
help-words = Слова
help-find-submit = Шукати
help-found = { $count ->
    [0] Послуг не знайдено
    [one] { $count } послуга
    [few] { $count } послуги
   *[other] { $count } послуг
}
help-none-found = Нічого не знайдено. Спробуйте іншу категорію чи мову або шукайте по всій Фінляндії.
help-not-sure = Не знаєте, куди звернутися?
help-not-sure-text = Працівники Silta допоможуть знайти потрібну послугу й дістатися до неї.
help-ask-general = Попросити допомоги у працівників Silta
help-ask-general-text = Коротко опишіть, що вам потрібно. З вами зв'яжеться фахівець.
help-back-to-results = Назад до пошуку
help-asked-notice = Дякуємо. Працівники Silta отримали ваш запит і зв'яжуться з вами.
help-my-requests = Мої запити про допомогу
help-how-to-get-there = Як дістатися
help-no-address = Адресу не вказано. Дізнайтеся в службі, куди прийти.
help-contact = Як зв'язатися
help-details = Докладніше про послугу
help-ask-title = Попросити працівників Silta допомогти мені туди потрапити
help-ask-text = З вами зв'яжеться фахівець. Він побачить ваше ім'я, муніципалітет і те, що ви тут напишете.
help-message = Повідомлення (необов'язково)
help-message-hint = Наприклад, коли вам зручно зателефонувати або що потрібен перекладач. Відомості про здоров'я не потрібні.
help-ask-submit = Надіслати запит
help-requests-intro = Про що ви просили працівників Silta і чи опрацьовано запит.
help-service-gone = Послуга більше не вказана
help-general-request = Загальний запит про допомогу
help-sent-on = Надіслано
help-state-handled = Опрацьовано
help-state-open = Очікує працівника
help-no-requests = Ви ще не надсилали запитів.
help-home-title = Потрібна допомога служби?
help-home-text = Знайдіть послуги для сімей поруч, за можливості вашою мовою.
help-home-open = { $count ->
    [0] Усі ваші запити опрацьовано
    [one] { $count } запит очікує працівника
    [few] { $count } запити очікують працівника
   *[other] { $count } запитів очікують працівника
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = Довідник послуг
directory-staff-nav = Сторінки довідника
directory-services = Послуги
directory-service-new = Додати послугу
directory-service-edit = Редагувати послугу
directory-organisations = Організації
directory-categories = Категорії
directory-filters = Пошук послуг
directory-status = Статус
directory-status-inactive = Більше не надається
directory-name = Назва
directory-name-fi = Назва фінською
directory-name-sv = Назва шведською
directory-name-en = Назва англійською
directory-organisation = Організація
directory-organisation-choose = Оберіть організацію
directory-organisation-add = Додати організацію
directory-organisation-search = Назва організації
directory-organisations-found = { $count ->
    [0] Немає організацій
    [one] { $count } організація
    [few] { $count } організації
    [many] { $count } організацій
   *[other] { $count } організації
}
directory-organisations-none = Жодна організація не відповідає пошуку.
directory-never-checked = Ніколи
directory-summaries = Короткі описи мовами сімей
directory-summaries-count = { $count } з { $all }
directory-summaries-edit = Написати короткі описи мовами сімей
directory-back-to-service = Назад до послуги
directory-saved = Збережено.
directory-checked-today = Перевірено сьогодні
directory-checked-hint = Позначає, що сьогодні ви перевірили весь запис повністю. Дату можна змінити у формі нижче.
directory-checked-notice = Позначено як перевірене сьогодні.
directory-basics = Організація і статус
directory-texts-fi = Фінською
directory-texts-sv = Шведською
directory-texts-en = Англійською
directory-summary = Короткий опис
directory-description = Опис
directory-reaching = Вік і як звернутися до служби
directory-minimum-age = Мінімальний вік
directory-maximum-age = Максимальний вік
directory-referral-email = Адреса для скерувань
directory-referral-email-hint = Використовується, лише якщо ні в кого в організації немає партнерського облікового запису. Туди надсилається тільки посилання і ніколи — дані сім'ї.
directory-areas = Де надається послуга
directory-areas-hint = Уся країна, округи добробуту або окремі муніципалітети. Щоб вибрати кілька, утримуйте Ctrl (або Cmd).
directory-areas-required = Оберіть, де надається послуга.
directory-area-country = Уся країна
directory-area-counties = Округи добробуту
directory-area-municipalities = Муніципалітети
directory-locations = Місця обслуговування
directory-rows-hint = Щоб видалити рядок, очистьте всі його поля.
directory-location-n = Місце { $n }
directory-location-name = Назва місця
directory-street = Адреса (вулиця, будинок)
directory-postal-code = Поштовий індекс
directory-post-office = Поштове відділення
directory-location-municipality = Муніципалітет
directory-none = Не вибрано
directory-online-link = Вебадреса (для онлайн-послуги)
directory-directions-hint = Громадський транспорт, вхід, доступність.
directory-location-needs-place = Укажіть адресу або вебадресу.
directory-contacts = Контакти
directory-contact-n = Контакт { $n }
directory-contact-name = Ім'я або відділ
directory-contact-title = Посада
directory-contact-note = Примітка
directory-contact-note-hint = Наприклад, коли телефонувати: пн–пт 9–11.
directory-contact-needs-way = Укажіть номер телефону або адресу електронної пошти.
directory-hours-n = Години роботи, рядок { $n }
directory-weekday = День
directory-opens = Відкривається
directory-closes = Зачиняється
directory-hours-where = Де
directory-hours-service = Послуга загалом
directory-time-invalid = Укажіть час у форматі ГГ:ХХ.
directory-closes-before-opens = Час зачинення має бути пізнішим за час відкриття.
directory-ages-order = Максимальний вік не може бути меншим за мінімальний.
directory-url-invalid = Укажіть вебадресу, що починається з https://.
directory-save = Зберегти
summary-intro = Напишіть короткий опис кожною з мов сімей: що це за послуга і для кого вона. Після збереження змін позначка про перевірку знімається. Щоб видалити опис, очистьте його і збережіть. Сім'ї бачать опис, щойно працівник його написав або перевірив.
summary-in-ar = Арабська
summary-in-so = Сомалійська
summary-in-ru = Російська
summary-in-uk = Українська
summary-in-fa = Перська
summary-in-et = Естонська
summary-missing = Опису ще немає.
summary-written-by = Автор: { $name }
summary-reviewed-by = Перевірив(-ла): { $name }
summary-not-reviewed = Не перевірено
summary-reviewed = перевірено
summary-field-name = Назва послуги цією мовою (необов'язково)
summary-field-summary = Короткий опис
summary-save = Зберегти опис
summary-review = Позначити як перевірене
summary-unreview = Скасувати перевірку
partner-accounts = Партнерські облікові записи муніципалітету
partner-intro = Скерування до послуг цієї організації надходять на ці облікові записи.
partner-none = Партнерських облікових записів не прив'язано.
partner-added = прив'язано
partner-unlink = Відв'язати
partner-email = Адреса електронної пошти партнерського облікового запису
partner-email-hint = Обліковий запис уже має існувати й мати роль партнера від муніципалітету (спершу запросіть його власника).
partner-link = Прив'язати обліковий запис
partner-linked = Обліковий запис прив'язано.
partner-unlinked = Обліковий запис відв'язано. Якщо це помилка, прив'яжіть його знову нижче.
directory-partner-unknown = Партнерського облікового запису муніципалітету з цією адресою немає.
category-intro = Категорії, за якими сім'ї можуть шукати послуги. Вбудовані категорії перекладено; додані вами зберігають ту назву, яку ви їм дали. Архівні категорії залишаються в послугах, але більше не пропонуються.
category-archived = В архіві
category-archive = В архів
category-restore = Відновити
category-rename = Перейменувати
category-add = Додати категорію
category-label = Назва
help-queue-title = Запити про допомогу
help-queue-intro = Сім'ї, які просять працівників Silta допомогти їм звернутися до служби. Ви бачите, що написала сім'я, її ім'я та муніципалітет.
help-queue-filters = Пошук запитів про допомогу
help-queue-municipality = Муніципалітет сім'ї
help-queue-state = Показати
help-queue-state-open = Очікують
help-queue-state-handled = Опрацьовані
help-queue-state-all = Усі
help-queue-found = { $count ->
    [0] Немає запитів
    [one] { $count } запит
    [few] { $count } запити
    [many] { $count } запитів
   *[other] { $count } запиту
}
help-queue-empty = Тут нічого немає.
help-queue-mark = Позначити як опрацьований
help-queue-reopen = Відкрити знову
help-queue-marked = Запит позначено як опрацьований.
help-queue-see-handled = Переглянути опрацьовані запити (там будь-який із них можна відкрити знову).
help-queue-reopened = Запит знову очікує опрацювання.
help-request-already-handled = Хтось уже позначив цей запит як опрацьований.
help-request-already-open = Цей запит уже очікує опрацювання.
help-home-queue = { $count ->
    [0] Немає запитів про допомогу, що очікують
    [one] { $count } запит про допомогу очікує
    [few] { $count } запити про допомогу очікують
    [many] { $count } запитів про допомогу очікують
   *[other] { $count } запиту про допомогу очікують
}
help-home-queue-open = Відкрити запити про допомогу
