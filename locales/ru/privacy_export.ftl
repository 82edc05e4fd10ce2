## Защита данных: копия своих данных (статьи 15 и 20 GDPR) и что хранит каждая часть Silta.

privacy-export-title = Получите копию своих данных
privacy-export-intro = Вы можете получить копию всего, что Silta хранит о вас: по одному файлу для каждой части Silta, который может прочитать компьютер, и страницу, которую можно открыть в браузере. Другие люди показаны в ней только как «Участник 1», «Участник 2» и так далее. Копия готовится некоторое время; затем её можно скачать здесь в течение семи дней.
privacy-export-button = Сделать копию моих данных
privacy-export-asked = Копия ваших данных готовится. Обновите эту страницу чуть позже, чтобы скачать её.
privacy-export-asked-at = Запрошено
privacy-export-state = Копия
privacy-export-until = Можно скачать до
privacy-export-download = Скачать (zip)
privacy-export-status-pending = Ожидает подготовки
privacy-export-status-running = Готовится
privacy-export-status-ready = Готово
privacy-export-status-failed = Не удалось сделать
privacy-export-status-expired = Срок истёк
privacy-export-pending = Копия ваших данных уже готовится. Новую можно запросить, когда она будет готова.
privacy-export-not-found = Такой копии ваших данных нет. Скачать копию может только тот, чьи это данные.
privacy-export-expired = Эту копию больше нельзя скачать: копии хранятся семь дней. Новую можно запросить на странице о защите данных.
privacy-export-failed = Эту копию не удалось сделать. Запросите новую на странице о защите данных.
privacy-export-not-ready = Копия ещё не готова. Попробуйте чуть позже.
error-gone = Больше недоступно
error-gone-detail = Это было здесь, но больше недоступно.

## Страница копии для чтения
privacy-export-index-title = Ваши данные в Silta
privacy-export-index-intro = Это копия персональных данных, которые Silta хранит о пользователе { $name }. Копия сделана
privacy-export-index-files = У каждой части Silta есть также свой файл с теми же данными для компьютеров (JSON). Названия столбцов — это названия полей в этих файлах. Другие люди показаны только как «Участник 1», «Участник 2» и так далее.
privacy-export-index-contents = Содержание
privacy-export-index-file = Те же данные для компьютеров: { $file }
privacy-export-index-rows = { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
}
privacy-export-index-nothing = Silta не хранит о вас таких данных.
privacy-export-empty = –
privacy-export-yes = Да
privacy-export-no = Нет
privacy-export-member = Участник { $number }
privacy-export-feature-privacy = Защита данных
privacy-export-feature-accounts = Ваша учётная запись
privacy-export-feature-groups = Группы
privacy-export-feature-chat = Чат групп
privacy-export-feature-supervision = Супервизия ведущих
privacy-export-feature-training = Обучение ведущих
privacy-export-feature-directory = Справочник услуг и просьбы о помощи
privacy-export-feature-referrals = Направления в службы

## Данные, которые хранит каждая часть Silta
privacy-kind-privacy-exports = Запрошенные вами копии данных
privacy-purpose-of-privacy-exports = Чтобы вы могли получить копию своих данных, а Silta могла показать, что ответила на ваш запрос.
privacy-kind-accounts-profile = Ваш профиль и роли
privacy-purpose-of-accounts-profile = Чтобы вы могли входить в систему, получать сообщения на своём языке и чтобы было известно, что вам можно делать в Silta.
privacy-kind-accounts-family = Ваша семья
privacy-purpose-of-accounts-family = Чтобы находить группы и службы на ваших языках и в вашем муниципалитете и чтобы взрослые семьи могли пользоваться Silta вместе.
privacy-kind-accounts-sessions = Устройства, на которых выполнен вход
privacy-purpose-of-accounts-sessions = Чтобы вы оставались в системе и могли видеть и завершать сеансы на своих устройствах.
privacy-kind-accounts-security-log = События безопасности вашей учётной записи
privacy-purpose-of-accounts-security-log = Для защиты вашей учётной записи: входы, изменения и кто из сотрудников её просматривал.
privacy-kind-accounts-invitations = Приглашения
privacy-purpose-of-accounts-invitations = Чтобы приглашать людей в Silta или в семью и знать, кто кого пригласил.
privacy-kind-accounts-mail = Письма вам
privacy-purpose-of-accounts-mail = Чтобы доставлять вам сообщения Silta и выяснять, почему какое-то письмо не дошло.
privacy-kind-groups-memberships = Участие в группах и очереди
privacy-purpose-of-groups-memberships = Чтобы у вас было место в группах, к которым вы присоединились, или место в очереди.
privacy-kind-groups-attendance = Ваши ответы на встречи группы
privacy-purpose-of-groups-attendance = Чтобы знать, кто придёт на встречу, напомнить вам о ней и учитывать, кто присутствовал.
privacy-kind-groups-leading = Группы, которые вы ведёте
privacy-purpose-of-groups-leading = Чтобы показать семьям, кто ведёт их группу, и дать вам возможность её проводить.
privacy-kind-groups-calendar-feed = Ваша ссылка на календарь
privacy-purpose-of-groups-calendar-feed = Чтобы встречи ваших групп отображались в вашем календаре, пока у вас есть ссылка.
privacy-kind-chat-messages = Ваши сообщения в чате
privacy-purpose-of-chat-messages = Чтобы группа видела сообщения, которые вы написали во время её встреч.
privacy-kind-chat-reports = Сообщения, на которые вы пожаловались
privacy-purpose-of-chat-reports = Для безопасности чата: сотрудники рассматривают жалобы и решают, что делать.
privacy-kind-chat-restrictions = Ограничения, установленные для вас в чате
privacy-purpose-of-chat-restrictions = Для безопасности чата встречи, когда ведущему пришлось ограничить чьи-то сообщения.
privacy-kind-chat-moderation = Ваши действия в роли модератора
privacy-purpose-of-chat-moderation = Чтобы отвечать за модерацию чата: кто что удалил или ограничил и почему.
privacy-kind-supervision-reports = Ваши отчёты о встречах
privacy-purpose-of-supervision-reports = Чтобы поддерживать ведущих после каждой встречи и быстро помогать семьям, когда есть беспокойство.
privacy-kind-supervision-comments = Комментарии к вашим отчётам
privacy-purpose-of-supervision-comments = Чтобы ваш супервизор мог ответить и поддержать вас после встречи.
privacy-kind-supervision-hours = Ваши часы волонтёрской работы
privacy-purpose-of-supervision-hours = Чтобы учитывать вашу волонтёрскую работу — для вас и для отчётов организации.
privacy-kind-supervision-notes = Заметки супервизии о вас
privacy-purpose-of-supervision-notes = Чтобы поддерживать вас в работе ведущего. Заметка, которой супервизор не поделился, показана без текста; вы можете запросить её у уполномоченного по защите данных.
privacy-kind-supervision-supervisor = Ваш супервизор
privacy-purpose-of-supervision-supervisor = Чтобы знать, кто вас поддерживает и читает ваши отчёты.
privacy-kind-training-applications = Ваши заявки на обучение ведущих
privacy-purpose-of-training-applications = Чтобы выбрать ведущих для обучения и сообщить вам решение.
privacy-kind-training-enrolments = Ваши учебные группы и практика
privacy-purpose-of-training-enrolments = Чтобы сопровождать ваше обучение и практику под руководством до конца.
privacy-kind-training-attempts = Ваши попытки тестов и пройденные модули
privacy-purpose-of-training-attempts = Чтобы знать, какие части обучения вы прошли.
privacy-kind-training-answers = Ваши ответы на учебные задания
privacy-purpose-of-training-answers = Чтобы преподаватель мог прочитать ваши ответы и дать обратную связь.
privacy-kind-training-certificates = Ваши сертификаты
privacy-purpose-of-training-certificates = Чтобы подтвердить, что вы можете вести группы и модерировать их чат, пока сертификат действует.
privacy-kind-directory-help-requests = Ваши просьбы о помощи
privacy-purpose-of-directory-help-requests = Чтобы сотрудники Silta могли помочь вам обратиться в службу, о которой вы спрашивали.
privacy-kind-directory-partner-of = Организации, чьи направления вы обрабатываете
privacy-purpose-of-directory-partner-of = Чтобы вы могли получать направления, отправленные в вашу организацию, и следить за ними.
privacy-kind-referrals-referrals = Направления, касающиеся вашей семьи
privacy-purpose-of-referrals-referrals = Чтобы с вашего согласия направить семью в службу, которая может помочь, и следить за направлением, пока вы не получите помощь.
privacy-kind-referrals-history = Что происходило с каждым направлением
privacy-purpose-of-referrals-history = Чтобы вы и сотрудники видели каждый шаг направления: кто его изменил, когда и почему.
privacy-kind-referrals-consents = Ваши согласия
privacy-purpose-of-referrals-consents = Чтобы показать, чем вы согласились поделиться, с кем, в какой формулировке и до какого срока, и что согласие можно отозвать.
privacy-kind-referrals-child-protection = Записи об уведомлениях в службу защиты детей
privacy-purpose-of-referrals-child-protection = Чтобы показать, что о ребёнке в семье было сделано уведомление в службу защиты детей, кем, когда и в какой орган. Для такого уведомления согласие семьи не требуется.
