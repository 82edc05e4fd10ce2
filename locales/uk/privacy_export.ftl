## Захист даних: копія власних даних (статті 15 і 20 GDPR) і що зберігає кожна частина Silta.

privacy-export-title = Отримайте копію своїх даних
privacy-export-intro = Ви можете отримати копію всього, що Silta зберігає про вас: по одному файлу для кожної частини Silta, який може прочитати комп’ютер, і сторінку, яку можна відкрити в браузері. Інші люди показані в ній лише як «Учасник 1», «Учасник 2» і так далі. Копія готується деякий час; потім її можна завантажити тут протягом семи днів.
privacy-export-button = Зробити копію моїх даних
privacy-export-asked = Копія ваших даних готується. Оновіть цю сторінку трохи згодом, щоб завантажити її.
privacy-export-asked-at = Запитано
privacy-export-state = Копія
privacy-export-until = Можна завантажити до
privacy-export-download = Завантажити (zip)
privacy-export-status-pending = Очікує підготовки
privacy-export-status-running = Готується
privacy-export-status-ready = Готово
privacy-export-status-failed = Не вдалося зробити
privacy-export-status-expired = Термін минув
privacy-export-pending = Копія ваших даних уже готується. Нову можна запросити, коли вона буде готова.
privacy-export-not-found = Такої копії ваших даних немає. Завантажити копію може лише той, чиї це дані.
privacy-export-expired = Цю копію більше не можна завантажити: копії зберігаються сім днів. Нову можна запросити на сторінці про захист даних.
privacy-export-failed = Цю копію не вдалося зробити. Запросіть нову на сторінці про захист даних.
privacy-export-not-ready = Копія ще не готова. Спробуйте трохи згодом.
error-gone = Більше недоступно
error-gone-detail = Це було тут, але більше недоступне.

## Сторінка копії для читання
privacy-export-index-title = Ваші дані в Silta
privacy-export-index-intro = Це копія персональних даних, які Silta зберігає про користувача { $name }. Копію зроблено
privacy-export-index-files = Кожна частина Silta має також власний файл із тими самими даними для комп’ютерів (JSON). Назви стовпців — це назви полів у цих файлах. Інші люди показані лише як «Учасник 1», «Учасник 2» і так далі.
privacy-export-index-contents = Зміст
privacy-export-index-file = Ті самі дані для комп’ютерів: { $file }
privacy-export-index-rows = { $count ->
    [one] { $count } рядок
    [few] { $count } рядки
    [many] { $count } рядків
   *[other] { $count } рядка
}
privacy-export-index-nothing = Silta не зберігає про вас таких даних.
privacy-export-empty = –
privacy-export-yes = Так
privacy-export-no = Ні
privacy-export-member = Учасник { $number }
privacy-export-feature-privacy = Захист даних
privacy-export-feature-accounts = Ваш обліковий запис
privacy-export-feature-groups = Групи
privacy-export-feature-chat = Чат груп
privacy-export-feature-supervision = Супервізія ведучих
privacy-export-feature-training = Навчання ведучих
privacy-export-feature-directory = Довідник послуг і прохання про допомогу
privacy-export-feature-referrals = Направлення до служб

## Дані, які зберігає кожна частина Silta
privacy-kind-privacy-exports = Запитані вами копії даних
privacy-purpose-of-privacy-exports = Щоб ви могли отримати копію своїх даних, а Silta могла показати, що відповіла на ваш запит.
privacy-kind-accounts-profile = Ваш профіль і ролі
privacy-purpose-of-accounts-profile = Щоб ви могли входити, отримувати повідомлення своєю мовою і щоб було відомо, що вам можна робити в Silta.
privacy-kind-accounts-family = Ваша родина
privacy-purpose-of-accounts-family = Щоб знаходити групи й служби вашими мовами та у вашому муніципалітеті і щоб дорослі родини могли користуватися Silta разом.
privacy-kind-accounts-sessions = Пристрої, на яких виконано вхід
privacy-purpose-of-accounts-sessions = Щоб ви залишалися в системі й могли бачити та завершувати сеанси на своїх пристроях.
privacy-kind-accounts-security-log = Події безпеки вашого облікового запису
privacy-purpose-of-accounts-security-log = Для захисту вашого облікового запису: входи, зміни і хто з працівників його переглядав.
privacy-kind-accounts-invitations = Запрошення
privacy-purpose-of-accounts-invitations = Щоб запрошувати людей до Silta або до родини і знати, хто кого запросив.
privacy-kind-accounts-mail = Листи вам
privacy-purpose-of-accounts-mail = Щоб доставляти вам повідомлення Silta і з’ясовувати, чому якийсь лист не надійшов.
privacy-kind-groups-memberships = Участь у групах і черги
privacy-purpose-of-groups-memberships = Щоб у вас було місце в групах, до яких ви приєдналися, або місце в черзі.
privacy-kind-groups-attendance = Ваші відповіді на зустрічі групи
privacy-purpose-of-groups-attendance = Щоб знати, хто прийде на зустріч, нагадати вам про неї і враховувати, хто був присутній.
privacy-kind-groups-leading = Групи, які ви ведете
privacy-purpose-of-groups-leading = Щоб показати родинам, хто веде їхню групу, і дати вам змогу її проводити.
privacy-kind-groups-calendar-feed = Ваше посилання на календар
privacy-purpose-of-groups-calendar-feed = Щоб зустрічі ваших груп з’являлися у вашому календарі, доки у вас є посилання.
privacy-kind-chat-messages = Ваші повідомлення в чаті
privacy-purpose-of-chat-messages = Щоб група бачила повідомлення, які ви написали під час її зустрічей.
privacy-kind-chat-reports = Повідомлення, на які ви поскаржилися
privacy-purpose-of-chat-reports = Для безпеки чату: працівники розглядають скарги й вирішують, що робити.
privacy-kind-chat-restrictions = Обмеження, встановлені для вас у чаті
privacy-purpose-of-chat-restrictions = Для безпеки чату зустрічі, коли ведучому довелося обмежити чиїсь повідомлення.
privacy-kind-chat-moderation = Ваші дії як модератора
privacy-purpose-of-chat-moderation = Щоб відповідати за модерацію чату: хто що видалив чи обмежив і чому.
privacy-kind-supervision-reports = Ваші звіти про зустрічі
privacy-purpose-of-supervision-reports = Щоб підтримувати ведучих після кожної зустрічі і швидко допомагати родинам, коли є занепокоєння.
privacy-kind-supervision-comments = Коментарі до ваших звітів
privacy-purpose-of-supervision-comments = Щоб ваш супервізор міг відповісти й підтримати вас після зустрічі.
privacy-kind-supervision-hours = Ваші години волонтерської роботи
privacy-purpose-of-supervision-hours = Щоб обліковувати вашу волонтерську роботу — для вас і для звітів організації.
privacy-kind-supervision-notes = Нотатки супервізії про вас
privacy-purpose-of-supervision-notes = Щоб підтримувати вас у роботі ведучого. Нотатку, якою супервізор не поділився, показано без тексту; ви можете запросити її в уповноваженого із захисту даних.
privacy-kind-supervision-supervisor = Ваш супервізор
privacy-purpose-of-supervision-supervisor = Щоб знати, хто вас підтримує і читає ваші звіти.
privacy-kind-training-applications = Ваші заявки на навчання ведучих
privacy-purpose-of-training-applications = Щоб обрати ведучих для навчання і повідомити вам рішення.
privacy-kind-training-enrolments = Ваші навчальні групи й практика
privacy-purpose-of-training-enrolments = Щоб супроводжувати ваше навчання і практику під керівництвом до кінця.
privacy-kind-training-attempts = Ваші спроби тестів і пройдені модулі
privacy-purpose-of-training-attempts = Щоб знати, які частини навчання ви пройшли.
privacy-kind-training-answers = Ваші відповіді на навчальні завдання
privacy-purpose-of-training-answers = Щоб викладач міг прочитати ваші відповіді й дати відгук.
privacy-kind-training-certificates = Ваші сертифікати
privacy-purpose-of-training-certificates = Щоб підтвердити, що ви можете вести групи й модерувати їхній чат, доки сертифікат чинний.
privacy-kind-directory-help-requests = Ваші прохання про допомогу
privacy-purpose-of-directory-help-requests = Щоб працівники Silta могли допомогти вам звернутися до служби, про яку ви питали.
privacy-kind-directory-partner-of = Організації, чиї направлення ви опрацьовуєте
privacy-purpose-of-directory-partner-of = Щоб ви могли отримувати направлення, надіслані до вашої організації, і стежити за ними.
privacy-kind-referrals-referrals = Направлення, що стосуються вашої родини
privacy-purpose-of-referrals-referrals = Щоб за вашою згодою направити родину до служби, яка може допомогти, і стежити за направленням, доки ви не отримаєте допомогу.
privacy-kind-referrals-history = Що відбувалося з кожним направленням
privacy-purpose-of-referrals-history = Щоб ви й працівники бачили кожен крок направлення: хто його змінив, коли і чому.
privacy-kind-referrals-consents = Ваші згоди
privacy-purpose-of-referrals-consents = Щоб показати, чим ви погодилися поділитися, з ким, у якому формулюванні й до якого часу, і що згоду можна відкликати.
privacy-kind-referrals-child-protection = Записи про повідомлення до служби захисту дітей
privacy-purpose-of-referrals-child-protection = Щоб показати, що щодо дитини в родині було зроблено повідомлення до служби захисту дітей, ким, коли й до якого органу. Для такого повідомлення згода родини не потрібна.
