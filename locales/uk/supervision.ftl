## Звіти про зустрічі та супервізія

session-reports-title = Звіти про зустрічі
session-reports-intro = Після кожної зустрічі, яку ви вели, коротко розкажіть своєму супервізору, як вона пройшла. Пишіть лише найпотрібніше: без імен членів родин і без діагнозів.
session-reports-due = { $count ->
    [0] Писати звіти не потрібно
    [one] Потрібно написати { $count } звіт
    [few] Потрібно написати { $count } звіти
    [many] Потрібно написати { $count } звітів
   *[other] Потрібно написати { $count } звіту
}
report-due-by = Будь ласка, напишіть звіт до { $when }.
report-overdue-since = Прострочено з { $when }.
session-reports-none-due = Вам не потрібно писати звіти.
session-reports-filed = Надіслані вами звіти
session-reports-none-filed = Ви ще не надіслали жодного звіту.

report-form-title = Звіт про зустріч
report-present = Були присутні
report-present-hint = Скільки учасників групи (усього { $members }) було на зустрічі. Заповнено за позначками відвідуваності.
report-present-of = { $present } з { $members }
report-themes = Теми
report-went = Як пройшла зустріч
report-went-hint = Кілька речень про зустріч. Не вказуйте імен і нічого, за чим можна впізнати родину.
report-concern = Занепокоєння
report-concern-none = Приводів для занепокоєння немає
report-concern-some = Є привід для занепокоєння
report-concern-urgent = Терміновий привід для занепокоєння
report-concern-urgent-hint = Виберіть «терміновий», якщо комусь може загрожувати небезпека: черговий супервізор одразу отримає сповіщення. У надзвичайній ситуації спершу телефонуйте 112.
report-concern-note = Що потрібно знати супервізору
report-concern-note-hint = Лише те, що потрібно, щоб допомогти: що ви бачили чи чули, а не діагноз. Обов’язково, якщо є привід для занепокоєння.
report-concern-note-required = Коротко напишіть супервізору, що вас непокоїть.
report-submit = Надіслати звіт
report-filed-notice = Дякуємо. Ваш звіт надіслано.
report-title = Звіт про зустріч
report-group = Група
report-facilitator = Ведучий
report-filed-on = Надіслано
report-comments = Коментарі вашого супервізора
report-no-comments = Коментарів поки немає.
report-comment-label = Написати ведучому
report-comment-send = Надіслати коментар
report-not-led = Писати звіти можна лише про зустрічі груп, які ви ведете.
report-session-not-started = Ця зустріч ще не розпочалася.
report-already-filed = Звіт про цю зустріч уже є.

concern-state-received = Отримано
concern-state-acknowledged = Прийнято супервізором
concern-state-handled = Розглянуто
concern-decide = Відповісти на сигнал
concern-acknowledge = Підтвердити отримання
concern-outcome = Підсумок
concern-outcome-hint = Що було зроблено. Ведучий побачить лише, що сигнал розглянуто.
concern-mark-handled = Позначити як розглянутий
concern-already-decided = Хтось уже це зробив.

supervision-title = Супервізія
supervision-urgent = { $count ->
    [0] Термінових сигналів немає
    [one] { $count } терміновий сигнал чекає на відповідь
    [few] { $count } термінові сигнали чекають на відповідь
    [many] { $count } термінових сигналів чекають на відповідь
   *[other] { $count } термінового сигналу чекають на відповідь
}
supervision-none-urgent = Нічого термінового немає.
supervision-concerns = { $count ->
    [0] Відкритих сигналів немає
    [one] { $count } відкритий сигнал
    [few] { $count } відкриті сигнали
    [many] { $count } відкритих сигналів
   *[other] { $count } відкритого сигналу
}
supervision-overdue = { $count ->
    [0] Прострочених звітів немає
    [one] { $count } прострочений звіт
    [few] { $count } прострочені звіти
    [many] { $count } прострочених звітів
   *[other] { $count } простроченого звіту
}
supervision-recent = Найновіші звіти
supervision-none = Немає.
supervision-facilitators-title = Ведучі та супервізори
supervision-facilitators-intro = Кожен ведучий має супервізора, який читає його звіти. Якщо у ведучого немає свого супервізора, його звіти бачать усі супервізори.
supervision-supervisor = Супервізор
supervision-supervisor-of = Супервізор для { $name }
supervision-every-supervisor = Усі супервізори
supervision-no-facilitators = Ведучих поки немає.
supervision-not-a-supervisor = Виберіть людину з роллю супервізора.

report-themes-title = Теми звітів
report-themes-intro = Теми, які ведучі можуть вибирати у своїх звітах. Тема в архіві залишається в старих звітах.
report-theme-archived = в архіві
report-theme-archive = До архіву
report-theme-restore = Відновити
report-theme-add = Додати тему
report-theme-label = Тема
report-theme-two-cultures = Життя між двома культурами
report-theme-bilingual-children = Двомовні діти
report-theme-sleep = Сон і режим дня
report-theme-daycare-school = Дитячий садок і школа
report-theme-couple = Стосунки в парі
report-theme-loneliness = Самотність
report-theme-services = Пошук потрібних послуг
report-theme-wellbeing = Самопочуття батьків

escalations-title = Сигнали без відповіді
escalations-intro = Термінові сигнали, отримання яких жоден супервізор не підтвердив вчасно. Будь ласка, зателефонуйте супервізору або іншому супервізору.
escalations-none = Отримання всіх термінових сигналів підтверджено.
escalation-raised = Надійшов

security-event-session-report-viewed = Прочитано звіт про зустріч

mail-concern-urgent-subject = Терміновий сигнал після зустрічі
mail-concern-urgent-intro = Ведучий повідомив про терміновий привід для занепокоєння після зустрічі. Будь ласка, прочитайте звіт і якнайшвидше підтвердьте отримання.
mail-concern-urgent-button = Прочитати звіт
mail-concern-urgent-outro = Якщо ніхто вчасно не підтвердить отримання, про це повідомлять координаторам.
mail-concern-escalated-subject = Терміновий сигнал досі без відповіді
mail-concern-escalated-intro = Жоден супервізор не підтвердив отримання термінового сигналу протягом { $minutes } хв. Будь ласка, подбайте про те, щоб хтось відповів.
mail-concern-escalated-button = Переглянути сигнали без відповіді
mail-concern-escalated-outro = Сам звіт бачать лише супервізори.
mail-report-reminder-subject = Ваш звіт про зустріч чекає
mail-report-reminder-intro = Будь ласка, напишіть короткий звіт про зустріч групи «{ $name }». Його потрібно надіслати протягом 48 годин після завершення зустрічі.
mail-report-reminder-button = Написати звіт
mail-report-reminder-outro = Дякуємо, що ведете групу.
mail-report-comment-subject = Новий коментар супервізора до вашого звіту
mail-report-comment-intro = { $name } пише вам щодо вашого звіту про зустріч.
mail-report-comment-button = Прочитати коментар
mail-report-comment-outro = Його можете прочитати лише ви та ваші супервізори.
security-event-supervision-notes-viewed = Прочитано нотатки супервізії
supervision-circles-title = Супервізійні групи
supervision-circles-intro = Супервізійна група — це ведучі, яких ви супервізуєте. Її зустрічі відбуваються в закритій кімнаті, яку бачать лише учасники групи. Присутність позначається, коли люди перебувають у кімнаті, а згодом ви можете її виправити.
supervision-circles-none = Супервізійних груп ще немає.
supervision-circles-none-mine = Ви ще не входите до супервізійної групи. Ваш супервізор додасть вас.
supervision-circle-members = { $count ->
    [one] { $count } ведучий
    [few] { $count } ведучі
    [many] { $count } ведучих
   *[other] { $count } ведучого
}
supervision-circle-meetings = { $count ->
    [one] { $count } зустріч
    [few] { $count } зустрічі
    [many] { $count } зустрічей
   *[other] { $count } зустрічі
}
supervision-circle-new = Нова супервізійна група
supervision-circle-name = Назва групи
supervision-circle-facilitators = Ведучі
supervision-circle-create = Створити групу
supervision-circle-facilitators-invalid = Виберіть принаймні одного ведучого, якого ви супервізуєте.
supervision-meetings = Зустрічі
supervision-meetings-none = Зустрічей не заплановано.
supervision-meeting-schedule = Запланувати зустрічі
supervision-meeting-weeks-hint = 1 — для однієї зустрічі; більше — для щотижневої зустрічі в той самий час.
supervision-meeting-time-invalid = Вкажіть дату (РРРР-ММ-ДД) і час початку (ГГ:ХХ) першої зустрічі.
supervision-meeting-attended = Хто був присутній
supervision-meeting-you-attended = Ви були присутні.
supervision-meeting-you-missed = Вашу присутність не позначено.
supervision-notes-title = Нотатки супервізії
supervision-notes-intro = Нотатки бачать лише супервізори ведучого, якщо тільки ви не поділитеся нотаткою із самим ведучим. Пишіть лише те, що потрібно для супервізії: без діагнозів і без особистих даних родин.
supervision-notes-none = Нотаток немає.
supervision-notes-shared-title = Нотатки, якими з вами поділився супервізор
supervision-note = Нотатка
supervision-note-share = Поділитися цією нотаткою з ведучим
supervision-note-shared = Доступна ведучому
supervision-note-add = Зберегти нотатку
supervision-mine-title = Моя супервізія
supervision-mine-last = Востаннє ви були на супервізії { $when }.
supervision-mine-never = Ви ще не були на супервізії.
supervision-mine-until = Відвідайте зустріч супервізії до { $when }, щоб зберегти права модератора.
supervision-mine-warning = Ваші права модератора буде призупинено { $when }, якщо до того часу ви не відвідаєте зустріч супервізії.
supervision-mine-lapsed = Ви надто давно не були на супервізії, тож поки що не можете вести чи модерувати групи. Прийдіть на наступну зустріч своєї супервізійної групи, щоб повернути права; нічого не видалено.
mail-supervision-lapse-warning-subject = Час для супервізії
mail-supervision-lapse-warning-intro = Вітаємо, { $name }, ви вже деякий час не були на зустрічі супервізії. Ваші права модератора буде призупинено { $detail }, якщо до того часу ви не відвідаєте зустріч.
mail-supervision-lapse-warning-button = Переглянути мої зустрічі супервізії
mail-supervision-lapse-warning-outro = Супервізія потрібна для того, щоб жоден ведучий не залишався сам на сам із тим, що чує в групах.
mail-supervision-lapsed-subject = Ваші права модератора призупинено
mail-supervision-lapsed-intro = Вітаємо, { $name }, ви надто давно не були на супервізії, тож поки що не можете вести чи модерувати групи.
mail-supervision-lapsed-button = Переглянути мої зустрічі супервізії
mail-supervision-lapsed-outro = Нічого не видалено. Відвідайте зустріч супервізії, щоб повернути права.
mail-supervision-lapsed-coordinator-subject = Права модератора ведучого призупинено
mail-supervision-lapsed-coordinator-intro = { $name } надто давно не був(ла) на супервізії і поки що не може вести чи модерувати групи. Групи цього ведучого: { $detail }
mail-supervision-lapsed-coordinator-button = Відкрити супервізію
mail-supervision-lapsed-coordinator-outro = Права повернуться, коли ведучий відвідає зустріч супервізії.
supervision-next-meeting = Наступна зустріч супервізії
supervision-mine-open = Відкрити мою супервізію
