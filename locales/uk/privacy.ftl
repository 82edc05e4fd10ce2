## Конфіденційність: хто бачив дані родини, що зберігає Silta, навіщо і як довго.

privacy-title = Ваші дані та конфіденційність
privacy-intro = Silta зберігає лише те, що потрібно для роботи груп і для того, щоб допомогти вам звернутися до служб. Тут ви бачите, хто переглядав дані вашої родини і що зберігається, навіщо і як довго.
privacy-seen-title = Хто бачив дані вашої родини
privacy-seen-intro = Щоразу, коли працівник Silta, ведучий групи, партнер від муніципалітету або служба переглядає персональні дані вашої родини, це записується тут: хто, у якій ролі, коли, що і навіщо. Ніхто не може змінити або видалити ці записи; вони зберігаються два роки.
privacy-seen-count = { $count ->
    [0] Дані вашої родини ще ніхто не переглядав.
    [one] { $count } перегляд
    [few] { $count } перегляди
    [many] { $count } переглядів
   *[other] { $count } перегляду
}
privacy-seen-when = Коли
privacy-seen-who = Хто
privacy-seen-what = Що
privacy-seen-why = Навіщо
privacy-seen-no-family = Цей список ведеться для родин. Ваш обліковий запис не належить до жодної родини.
privacy-kept-title = Що зберігає Silta і навіщо
privacy-kept-intro = Кожна частина Silta зазначає, які персональні дані вона зберігає, з якою метою і як довго.
privacy-reader-service-link = Служба за посиланням зі скерування

## Що переглядали і навіщо
privacy-item-referral = Скерування
privacy-item-consent = Згода
privacy-item-group_membership = Членство в групі
privacy-item-child_protection_notice = Запис про повідомлення до служби захисту дітей
privacy-purpose-referral_follow_up = Супровід скерування, доки ви не отримаєте допомогу
privacy-purpose-concern_referral = Підготовка скерування після сигналу про занепокоєння від ведучого групи
privacy-purpose-child_protection_record = Зберігання запису про повідомлення до служби захисту дітей

## Зберігання даних (для працівників)
privacy-retention-title = Зберігання даних
privacy-retention-intro = Усі види персональних даних, які зберігає Silta, у тому вигляді, як їх зазначає кожна функція: навіщо їх зберігають, на якій правовій підставі і як довго. Дані, строк зберігання яких минув, видаляє фонове завдання невеликими частинами.
privacy-retention-kind = Дані
privacy-retention-purpose = Мета
privacy-retention-basis = Правова підстава
privacy-retention-period = Строк зберігання
privacy-retention-tables = Таблиці
privacy-retention-account = Поки існує обліковий запис.
privacy-retention-days = { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } після запису.
privacy-retention-after-closing = { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } після закриття справи.
privacy-retention-setting = Згідно з налаштуванням { $setting } (якщо його не задано — { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }).
privacy-basis-consent = Згода
privacy-basis-contract = Надання запитаної послуги
privacy-basis-legal-obligation = Юридичний обов’язок
privacy-basis-vital-interests = Життєво важливі інтереси людини
privacy-basis-legitimate-interests = Законні інтереси

## Види даних
privacy-kind-access-log = Хто переглядав дані родини
privacy-purpose-of-access-log = Щоб родина могла бачити, хто переглядав її дані, а працівники могли звітувати за кожен перегляд.

## Readings logged by the features
privacy-item-account = Дані облікового запису (ім'я, адреса електронної пошти та ролі)
privacy-item-account_security = Обліковий запис із його входами та подіями безпеки
privacy-item-session_attendance = Хто повідомив, що прийде на зустріч групи, і хто прийшов
privacy-item-help_request = Прохання про допомогу у зверненні до служби
privacy-item-chat_report = Повідомлення в чаті, на яке поскаржилися, і повідомлення навколо нього
privacy-item-training_application = Заява на те, щоб стати ведучим групи
privacy-purpose-account_administration = Ведення облікових записів: ролі, доступ і безпека
privacy-purpose-group_leading = Ведення групи: хто в ній і хто чекає на місце
privacy-purpose-group_attendance = Облік того, хто бере участь у зустрічах групи
privacy-purpose-help_request_handling = Допомога у зверненні до служби, про яку ви просили
privacy-purpose-chat_moderation = Перевірка повідомлень, на які поскаржилися, щоб чат групи залишався безпечним
privacy-purpose-facilitator_selection = Рішення щодо заяви на те, щоб стати ведучим групи
