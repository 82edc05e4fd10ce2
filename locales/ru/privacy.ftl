## Конфиденциальность: кто видел данные семьи, что хранит Silta, зачем и как долго.

privacy-title = Ваши данные и конфиденциальность
privacy-intro = Silta хранит только то, что нужно для работы групп и для того, чтобы помочь вам обратиться в службы. Здесь вы видите, кто просматривал данные вашей семьи и что хранится, зачем и как долго.
privacy-seen-title = Кто видел данные вашей семьи
privacy-seen-intro = Каждый раз, когда сотрудник Silta, ведущий группы, партнёр от муниципалитета или служба просматривает персональные данные вашей семьи, это записывается здесь: кто, в какой роли, когда, что и зачем. Никто не может изменить или удалить эти записи; они хранятся два года.
privacy-seen-count = { $count ->
    [0] Данные вашей семьи пока никто не просматривал.
    [one] { $count } просмотр
    [few] { $count } просмотра
    [many] { $count } просмотров
   *[other] { $count } просмотра
}
privacy-seen-when = Когда
privacy-seen-who = Кто
privacy-seen-what = Что
privacy-seen-why = Зачем
privacy-seen-no-family = Этот список ведётся для семей. Ваш аккаунт не относится ни к одной семье.
privacy-kept-title = Что хранит Silta и зачем
privacy-kept-intro = Каждая часть Silta указывает, какие персональные данные она хранит, с какой целью и как долго.
privacy-reader-service-link = Служба по ссылке из направления

## Что просматривали и зачем
privacy-item-referral = Направление
privacy-item-consent = Согласие
privacy-item-group_membership = Членство в группе
privacy-item-child_protection_notice = Запись об уведомлении в службу защиты детей
privacy-purpose-referral_follow_up = Сопровождение направления, пока вы не получите помощь
privacy-purpose-concern_referral = Подготовка направления после сигнала о беспокойстве от ведущего группы
privacy-purpose-child_protection_record = Хранение записи об уведомлении в службу защиты детей

## Хранение данных (для сотрудников)
privacy-retention-title = Хранение данных
privacy-retention-intro = Все виды персональных данных, которые хранит Silta, в том виде, в каком их указывает каждая функция: зачем они хранятся, на каком правовом основании и как долго. Данные с истёкшим сроком хранения удаляет фоновая задача небольшими порциями.
privacy-retention-kind = Данные
privacy-retention-purpose = Цель
privacy-retention-basis = Правовое основание
privacy-retention-period = Срок хранения
privacy-retention-tables = Таблицы
privacy-retention-account = Пока существует аккаунт.
privacy-retention-days = { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } после записи.
privacy-retention-after-closing = { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } после закрытия дела.
privacy-retention-setting = Согласно настройке { $setting } (если она не задана — { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }).
privacy-basis-consent = Согласие
privacy-basis-contract = Предоставление запрошенной услуги
privacy-basis-legal-obligation = Юридическая обязанность
privacy-basis-vital-interests = Жизненно важные интересы человека
privacy-basis-legitimate-interests = Законные интересы

## Виды данных
privacy-kind-access-log = Кто просматривал данные семьи
privacy-purpose-of-access-log = Чтобы семья могла видеть, кто просматривал её данные, а сотрудники могли отчитаться за каждый просмотр.

## Readings logged by the features
privacy-item-account = Данные учётной записи (имя, адрес электронной почты и роли)
privacy-item-account_security = Учётная запись с её входами и событиями безопасности
privacy-item-session_attendance = Кто сообщил, что придёт на встречу группы, и кто пришёл
privacy-item-help_request = Просьба о помощи в обращении в службу
privacy-item-chat_report = Сообщение в чате, на которое пожаловались, и сообщения вокруг него
privacy-item-training_application = Заявка на то, чтобы стать ведущим группы
privacy-purpose-account_administration = Ведение учётных записей: роли, доступ и безопасность
privacy-purpose-group_leading = Ведение группы: кто в ней состоит и кто ждёт места
privacy-purpose-group_attendance = Учёт того, кто участвует во встречах группы
privacy-purpose-help_request_handling = Помощь в обращении в службу, о которой вы просили
privacy-purpose-chat_moderation = Проверка сообщений, на которые пожаловались, чтобы чат группы оставался безопасным
privacy-purpose-facilitator_selection = Решение по заявке на то, чтобы стать ведущим группы
