protection-title = Хвилюєтеся за безпеку дитини?
protection-emergency = Якщо дитині загрожує безпосередня небезпека, телефонуйте 112.
protection-no-consent = Для повідомлення до служби захисту дітей не потрібна згода родини. Зробити його може будь-хто, а фахівці й волонтери, які працюють з дітьми, зобов’язані зробити його, якщо турбуються про безпеку, розвиток або благополуччя дитини. Повідомлення подають до служби захисту дітей муніципалітету, у якому живе дитина.
protection-tell-supervisor = Спершу ви можете обговорити це зі своїм супервізором, але не чекайте, якщо дитині може загрожувати небезпека.
protection-contacts = Куди подати повідомлення
protection-show-contacts = Показати контакти
protection-no-contacts = У довіднику ще немає контактів служби захисту дітей цього муніципалітету. Зателефонуйте на номер екстреної допомоги 112: звідти повідомлення передають до чергової соціальної служби.
protection-phone = Телефон
protection-email = Електронна пошта
protection-record = Запишіть, що ви подали повідомлення
protection-record-intro = Цей запис зберігається окремо від скерувань. Читати його можуть лише супервізори та адміністратори.
protection-recipient = Кому подано
protection-recipient-hint = Служба або людина, яка прийняла повідомлення, наприклад чергова лінія служби захисту дітей муніципалітету.
protection-date = Дата
protection-when = Коли подано повідомлення
protection-time = Час
protection-member = Родина, якої стосується повідомлення (необов’язково)
protection-member-none = Родина не з моїх груп
protection-adult-email = Електронна пошта дорослого члена родини (необов’язково)
protection-adult-email-hint = Лише якщо ви знаєте обліковий запис родини.
protection-note = Примітка (необов’язково)
protection-note-hint = Лише те, що іншим треба буде знати пізніше. Без діагнозів.
protection-record-button = Записати повідомлення
protection-recorded = Повідомлення записано. Дякуємо, що ви вжили заходів.
protection-made-in-future = Час не може бути в майбутньому.
protection-made-too-long-ago = Повідомлення, подане понад рік тому, тут записати не можна.
protection-no-such-family = Немає облікового запису родини з такою адресою.
protection-records-title = Повідомлення до служби захисту дітей
protection-records-intro = Записи про подані повідомлення. Кожен перегляд запису, у якому названо родину, фіксується в журналі, який бачить родина.
protection-all-municipalities = Усі муніципалітети
protection-filter = Фільтрувати
protection-records-count = { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}
protection-made-by = Хто подав
protection-about-family = Названо родину
protection-recorded-at = Записано
protection-records-none = Записаних повідомлень немає.
