## Отчёты о встречах и супервизия

session-reports-title = Отчёты о встречах
session-reports-intro = После каждой встречи, которую вы вели, коротко расскажите своему супервизору, как она прошла. Пишите только самое нужное: без имён членов семей и без диагнозов.
session-reports-due = { $count ->
    [0] Писать отчёты не нужно
    [one] Нужно написать { $count } отчёт
    [few] Нужно написать { $count } отчёта
    [many] Нужно написать { $count } отчётов
   *[other] Нужно написать { $count } отчёта
}
report-due-by = Пожалуйста, напишите отчёт до { $when }.
report-overdue-since = Просрочен с { $when }.
session-reports-none-due = Вам не нужно писать отчёты.
session-reports-filed = Отправленные вами отчёты
session-reports-none-filed = Вы ещё не отправили ни одного отчёта.

report-form-title = Отчёт о встрече
report-present = Присутствовали
report-present-hint = Сколько участников группы (всего { $members }) было на встрече. Заполнено по отметкам посещаемости.
report-present-of = { $present } из { $members }
report-themes = Темы
report-went = Как прошла встреча
report-went-hint = Несколько предложений о встрече. Не указывайте имён и ничего, по чему можно узнать семью.
report-concern = Беспокойство
report-concern-none = Поводов для беспокойства нет
report-concern-some = Есть повод для беспокойства
report-concern-urgent = Срочный повод для беспокойства
report-concern-urgent-hint = Выберите «срочный», если кому-то может угрожать опасность: дежурный супервизор сразу получит уведомление. В экстренной ситуации сначала позвоните 112.
report-concern-note = Что нужно знать супервизору
report-concern-note-hint = Только то, что нужно, чтобы помочь: что вы видели или слышали, а не диагноз. Обязательно, если есть повод для беспокойства.
report-concern-note-required = Коротко напишите супервизору, что вас беспокоит.
report-submit = Отправить отчёт
report-filed-notice = Спасибо. Ваш отчёт отправлен.
report-title = Отчёт о встрече
report-group = Группа
report-facilitator = Ведущий
report-filed-on = Отправлен
report-comments = Комментарии вашего супервизора
report-no-comments = Комментариев пока нет.
report-comment-label = Написать ведущему
report-comment-send = Отправить комментарий
report-not-led = Писать отчёты можно только о встречах групп, которые вы ведёте.
report-session-not-started = Эта встреча ещё не началась.
report-already-filed = Отчёт об этой встрече уже есть.

concern-state-received = Получен
concern-state-acknowledged = Принят супервизором
concern-state-handled = Рассмотрен
concern-decide = Ответить на сигнал
concern-acknowledge = Подтвердить получение
concern-outcome = Итог
concern-outcome-hint = Что было сделано. Ведущий увидит только, что сигнал рассмотрен.
concern-mark-handled = Отметить как рассмотренный
concern-already-decided = Кто-то уже это сделал.

supervision-title = Супервизия
supervision-urgent = { $count ->
    [0] Срочных сигналов нет
    [one] { $count } срочный сигнал ждёт ответа
    [few] { $count } срочных сигнала ждут ответа
    [many] { $count } срочных сигналов ждут ответа
   *[other] { $count } срочного сигнала ждут ответа
}
supervision-none-urgent = Ничего срочного нет.
supervision-concerns = { $count ->
    [0] Открытых сигналов нет
    [one] { $count } открытый сигнал
    [few] { $count } открытых сигнала
    [many] { $count } открытых сигналов
   *[other] { $count } открытого сигнала
}
supervision-overdue = { $count ->
    [0] Просроченных отчётов нет
    [one] { $count } просроченный отчёт
    [few] { $count } просроченных отчёта
    [many] { $count } просроченных отчётов
   *[other] { $count } просроченного отчёта
}
supervision-recent = Последние отчёты
supervision-none = Нет.
supervision-facilitators-title = Ведущие и супервизоры
supervision-facilitators-intro = У каждого ведущего есть супервизор, который читает его отчёты. Если у ведущего нет своего супервизора, его отчёты видят все супервизоры.
supervision-supervisor = Супервизор
supervision-supervisor-of = Супервизор для { $name }
supervision-every-supervisor = Все супервизоры
supervision-no-facilitators = Ведущих пока нет.
supervision-not-a-supervisor = Выберите человека с ролью супервизора.

report-themes-title = Темы отчётов
report-themes-intro = Темы, которые ведущие могут выбирать в своих отчётах. Тема в архиве остаётся в старых отчётах.
report-theme-archived = в архиве
report-theme-archive = В архив
report-theme-restore = Восстановить
report-theme-add = Добавить тему
report-theme-label = Тема
report-theme-two-cultures = Жизнь между двумя культурами
report-theme-bilingual-children = Двуязычные дети
report-theme-sleep = Сон и режим дня
report-theme-daycare-school = Детский сад и школа
report-theme-couple = Отношения в паре
report-theme-loneliness = Одиночество
report-theme-services = Поиск нужных услуг
report-theme-wellbeing = Благополучие родителей

escalations-title = Сигналы без ответа
escalations-intro = Срочные сигналы, получение которых ни один супервизор не подтвердил вовремя. Пожалуйста, дозвонитесь до супервизора или до другого супервизора.
escalations-none = Получение всех срочных сигналов подтверждено.
escalation-raised = Поступил

security-event-session-report-viewed = Прочитан отчёт о встрече

mail-concern-urgent-subject = Срочный сигнал после встречи
mail-concern-urgent-intro = Ведущий сообщил о срочном поводе для беспокойства после встречи. Пожалуйста, прочитайте отчёт и как можно скорее подтвердите получение.
mail-concern-urgent-button = Прочитать отчёт
mail-concern-urgent-outro = Если никто вовремя не подтвердит получение, об этом сообщат координаторам.
mail-concern-escalated-subject = Срочный сигнал всё ещё без ответа
mail-concern-escalated-intro = Ни один супервизор не подтвердил получение срочного сигнала за { $minutes } мин. Пожалуйста, позаботьтесь о том, чтобы кто-то ответил.
mail-concern-escalated-button = Открыть сигналы без ответа
mail-concern-escalated-outro = Сам отчёт видят только супервизоры.
mail-report-reminder-subject = Ваш отчёт о встрече ждёт
mail-report-reminder-intro = Пожалуйста, напишите короткий отчёт о встрече группы «{ $name }». Его нужно отправить в течение 48 часов после окончания встречи.
mail-report-reminder-button = Написать отчёт
mail-report-reminder-outro = Спасибо, что ведёте группу.
mail-report-comment-subject = Новый комментарий супервизора к вашему отчёту
mail-report-comment-intro = { $name } пишет вам о вашем отчёте о встрече.
mail-report-comment-button = Прочитать комментарий
mail-report-comment-outro = Его можете прочитать только вы и ваши супервизоры.
security-event-supervision-notes-viewed = Прочитаны заметки супервизии
supervision-circles-title = Супервизионные группы
supervision-circles-intro = Супервизионная группа — это ведущие, которых вы супервизируете. Её встречи проходят в закрытой комнате, которую видят только участники группы. Присутствие отмечается, когда люди находятся в комнате, а потом вы можете его исправить.
supervision-circles-none = Супервизионных групп пока нет.
supervision-circles-none-mine = Вы пока не состоите в супервизионной группе. Ваш супервизор добавит вас.
supervision-circle-members = { $count ->
    [one] { $count } ведущий
    [few] { $count } ведущих
    [many] { $count } ведущих
   *[other] { $count } ведущего
}
supervision-circle-meetings = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
    [many] { $count } встреч
   *[other] { $count } встречи
}
supervision-circle-new = Новая супервизионная группа
supervision-circle-name = Название группы
supervision-circle-facilitators = Ведущие
supervision-circle-create = Создать группу
supervision-circle-facilitators-invalid = Выберите хотя бы одного ведущего, которого вы супервизируете.
supervision-meetings = Встречи
supervision-meetings-none = Встречи не назначены.
supervision-meeting-schedule = Назначить встречи
supervision-meeting-weeks-hint = 1 — для одной встречи; больше — для еженедельной встречи в одно и то же время.
supervision-meeting-time-invalid = Укажите дату (ГГГГ-ММ-ДД) и время начала (ЧЧ:ММ) первой встречи.
supervision-meeting-attended = Кто присутствовал
supervision-meeting-you-attended = Вы присутствовали.
supervision-meeting-you-missed = Ваше присутствие не отмечено.
supervision-notes-title = Заметки супервизии
supervision-notes-intro = Заметки видят только супервизоры ведущего, если только вы не поделитесь заметкой с самим ведущим. Пишите только то, что нужно для супервизии: без диагнозов и без личных данных семей.
supervision-notes-none = Заметок нет.
supervision-notes-shared-title = Заметки, которыми с вами поделился супервизор
supervision-note = Заметка
supervision-note-share = Поделиться этой заметкой с ведущим
supervision-note-shared = Доступна ведущему
supervision-note-add = Сохранить заметку
supervision-mine-title = Моя супервизия
supervision-mine-last = В последний раз вы были на супервизии { $when }.
supervision-mine-never = Вы ещё не были на супервизии.
supervision-mine-until = Посетите встречу супервизии до { $when }, чтобы сохранить права модератора.
supervision-mine-warning = Ваши права модератора будут приостановлены { $when }, если до этого вы не посетите встречу супервизии.
supervision-mine-lapsed = Вы слишком давно не были на супервизии, поэтому пока не можете вести или модерировать группы. Приходите на следующую встречу своей супервизионной группы, чтобы вернуть права; ничего не удалено.
mail-supervision-lapse-warning-subject = Пора на супервизию
mail-supervision-lapse-warning-intro = Здравствуйте, { $name }, вы уже некоторое время не были на встрече супервизии. Ваши права модератора будут приостановлены { $detail }, если до этого вы не посетите встречу.
mail-supervision-lapse-warning-button = Посмотреть мои встречи супервизии
mail-supervision-lapse-warning-outro = Супервизия нужна для того, чтобы ни один ведущий не оставался один на один с тем, что слышит в группах.
mail-supervision-lapsed-subject = Ваши права модератора приостановлены
mail-supervision-lapsed-intro = Здравствуйте, { $name }, вы слишком давно не были на супервизии, поэтому пока не можете вести или модерировать группы.
mail-supervision-lapsed-button = Посмотреть мои встречи супервизии
mail-supervision-lapsed-outro = Ничего не удалено. Посетите встречу супервизии, чтобы вернуть права.
mail-supervision-lapsed-coordinator-subject = Права модератора ведущего приостановлены
mail-supervision-lapsed-coordinator-intro = { $name } слишком давно не был(а) на супервизии и пока не может вести или модерировать группы. Группы этого ведущего: { $detail }
mail-supervision-lapsed-coordinator-button = Открыть супервизию
mail-supervision-lapsed-coordinator-outro = Права вернутся, когда ведущий посетит встречу супервизии.
supervision-next-meeting = Следующая встреча супервизии
supervision-mine-open = Открыть мою супервизию
