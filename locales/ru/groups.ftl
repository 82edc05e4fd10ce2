groups-title = Найти группу
groups-intro = Группы встречаются онлайн — в небольших чатах. Выберите язык, тему и время, которые подходят вашей семье.
groups-filter-label = Фильтр групп
groups-filter-submit = Показать группы
groups-found =
    { $count ->
        [0] Группы не найдены
        [one] Найдена { $count } группа
        [few] Найдено { $count } группы
        [many] Найдено { $count } групп
       *[other] Найдено { $count } группы
    }
groups-none = Сейчас нет групп, подходящих под эти условия. Попробуйте убрать часть фильтров или загляните позже: новые группы появляются часто.
filter-any = Все
group-languages = Языки
group-topics = Темы
group-region = Где
group-weekday = День
group-time-of-day = Время суток
group-audience = Для кого
group-next-session = Следующая встреча
group-seats = Места
group-seats-left =
    { $count ->
        [one] Осталось { $count } место
        [few] Осталось { $count } места
        [many] Осталось { $count } мест
       *[other] Осталось { $count } места
    }
group-full = Мест нет: можно записаться в список ожидания
group-sessions = Встречи
group-join = Вступить в группу
group-ask-to-join = Подать заявку на вступление
group-join-waiting-list = Записаться в список ожидания
group-leave = Выйти из группы
group-sign-in-to-join = Войдите, чтобы вступить
group-by-invitation = В эту группу можно попасть только по приглашению.
group-roster = Участники
group-roster-empty = Пока никто не присоединился.
group-approve = Принять
group-name = Название группы
group-description = Описание
group-text-language = Язык названия и описания
group-capacity = Количество мест
group-join-policy = Как семьи вступают в группу
group-facilitators = Адреса электронной почты ведущих
group-facilitators-hint = Несколько адресов разделяйте запятыми. У каждого адреса должен быть аккаунт ведущего.
group-schedule = Расписание
group-schedule-hint = Группа встречается раз в неделю — в тот же день недели, что и на первой встрече, и в то же местное время (по финскому времени).
group-first-date = Дата первой встречи
group-start-time = Время начала
group-duration = Продолжительность в минутах
group-weeks = Количество недель
group-publish-now = Опубликовать сейчас, чтобы семьи могли найти группу
group-create = Создать группу
group-new-title = Новая группа
group-status = Статус
staff-groups-title = Группы
my-groups-title = Мои группы
my-groups-none = Вы пока не вступили ни в одну группу.
session-cancelled = Отменена
region-online = Онлайн, вся Финляндия
time-of-day-morning = Утро
time-of-day-afternoon = День
time-of-day-evening = Вечер
weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье
topic-two-cultures = Повседневная жизнь в двух культурах
topic-bilingual-children = Двуязычные дети
topic-first-year-in-finland = Первый год в Финляндии
topic-fathers = Для пап
topic-mothers = Для мам
topic-parents-of-teenagers = Родители подростков
topic-emotional-skills = Эмоциональные навыки детей
topic-young-children = Семьи с маленькими детьми
audience-all-parents = Все родители
audience-fathers = Папы
audience-mothers = Мамы
audience-expecting-parents = Будущие родители
audience-parents-of-teenagers = Родители подростков
join-policy-open = Свободно: вступить может любой, пока есть места
join-policy-approval = С одобрения ведущего
join-policy-invitation = Только по приглашению
group-status-draft = Черновик
group-status-published = Опубликована
group-status-running = Идёт
group-status-finished = Завершена
group-make-published = Опубликовать
group-make-running = Отметить как начавшуюся
group-make-finished = Отметить как завершённую
membership-member = Вы состоите в этой группе.
membership-requested = Вы подали заявку на вступление. Ведущий скоро ответит.
membership-waiting = Вы в списке ожидания. Мы сообщим вам по почте, когда освободится место.
membership-left = Вышли из группы
membership-declined = Заявка не принята
group-text-language-unknown = Выберите язык текста из списка.
group-name-invalid = Укажите название группы длиной не более { $max } символов.
group-description-too-long = Описание может содержать не более { $max } символов.
group-topics-invalid = Выберите из списка хотя бы одну тему.
group-audience-invalid = Выберите, для кого эта группа.
group-capacity-invalid = Количество мест должно быть от 1 до { $max }.
group-join-policy-invalid = Выберите, как семьи вступают в группу.
group-schedule-invalid = Укажите дату, время начала, продолжительность и не более { $max } недель.
group-schedule-in-past = Первая встреча должна быть в будущем.
group-status-invalid = Группу нельзя перевести на этот этап.
group-facilitator-unknown = Для адреса { $email } нет аккаунта ведущего.
group-calendar-download = Добавить все встречи в календарь (.ics)
session-coming = Вы придёте?
answer-yes = Да
answer-maybe = Может быть
answer-no = Нет
session-attendance = Посещаемость
session-cancel = Отменить встречу
session-cancel-reason = Причина (её увидят участники)
attendance-present = Кто участвовал
session-answer-invalid = Ответьте «да», «может быть» или «нет».
session-closed = Эта встреча уже прошла или отменена.
session-not-started = Отмечать посещаемость можно после начала встречи.
session-reason-too-long = Причина может содержать не более { $max } символов.
session-time-invalid = Укажите дату и время начала, а продолжительность — не более 8 часов.
my-groups-led = Группы, которые вы ведёте
calendar-title = Подписка на календарь
calendar-intro = Подпишитесь на встречи ваших групп в календаре телефона по личному адресу. Любой, у кого есть этот адрес, видит ваши встречи, поэтому никому его не передавайте; заменить адрес можно в любой момент.
calendar-new-url = Ваш новый личный адрес календаря. Скопируйте его в приложение-календарь прямо сейчас: он показывается только один раз.
calendar-create = Создать адрес календаря
calendar-replace = Заменить адрес (старый перестанет работать)
calendar-revoke = Отключить адрес календаря
session-add = Добавить встречу
session-add-start = Дата и время (по финскому времени)
group-add-member = Добавить семью
group-add-member-hint = Для групп по приглашению: добавьте члена семьи по адресу электронной почты его аккаунта в Silta. Мы сообщим ему об этом по почте.
group-member-unknown = Нет аккаунта семьи с таким адресом электронной почты.
session-your-answer = Ваш ответ: { $answer }
