chat-error-bad-frame = Не удалось прочитать сообщение. Пожалуйста, перезагрузите страницу.
chat-error-version = Эта страница устарела. Пожалуйста, перезагрузите её.
chat-error-too-long = Сообщение может содержать от 1 до 4000 символов.
chat-error-slow-down = Вы пишете очень быстро. Пожалуйста, подождите немного, прежде чем отправлять новые сообщения.
chat-title = Встреча группы
chat-status-connecting = Подключение…
chat-status-connected = Подключено
chat-status-reconnecting = Связь прервалась. Переподключаемся… Ваши сообщения сохранены и будут отправлены, когда связь восстановится.
chat-status-offline = Нет подключения к интернету. Ваши сообщения сохранены и будут отправлены, когда вы снова будете в сети.
chat-status-signed-out = Сеанс завершён. Чтобы продолжить, пожалуйста, войдите снова.
chat-sending = отправка…
chat-you = Вы
chat-messages-label = Сообщения
chat-input-label = Ваше сообщение
chat-send = Отправить
chat-help-heading = Нужна помощь прямо сейчас?
chat-help-emergency = В экстренной ситуации звоните 112. Вы также можете обратиться к ведущему вашей группы.
chat-open-room = Открыть комнату встречи
chat-error-too-many-connections = Чат открыт у вас в слишком многих окнах. Закройте некоторые из них и попробуйте ещё раз.
chat-retention-invalid = Укажите срок хранения от 1 до 3650 дней.
chat-error-not-moderator = Это может сделать только ведущий.
chat-error-no-message = Этого сообщения больше нет.
chat-removed-note = Это сообщение удалено ведущим.
chat-erased-note = Это сообщение удалено по просьбе его автора.
chat-remove-button = Удалить
chat-error-locked = Ведущий ненадолго закрыл комнату. Сейчас писать могут только ведущие.
chat-error-muted = Ведущий временно приостановил для вас возможность писать.
chat-error-slow-mode = Включён медленный режим: пожалуйста, делайте небольшие паузы между сообщениями.
chat-report-outcome-missing = Напишите, что было сделано по этой жалобе.
crisis-contact-name-invalid = Укажите название службы длиной не более 100 символов.
crisis-contact-phone-invalid = Номер телефона может содержать только цифры, пробелы и знак +.
crisis-contact-hours-invalid = Часы работы могут занимать не более 100 символов.

chat-error-not-started = Ведущий ещё не начал встречу. Вы можете читать; писать можно будет, когда встреча начнётся.
chat-error-ended = Эта встреча закончилась. Вы по-прежнему можете прочитать переписку.
chat-error-unattended = Сейчас в комнате нет ведущего, поэтому писать нельзя, пока он не вернётся.
chat-room-not-open-yet = Комната ещё не открыта. Она откроется незадолго до начала встречи.
chat-room-over = Эта встреча закончилась, и её комната закрыта.
chat-room-opens-at = Комната откроется в { $time }. Приходите тогда: эту страницу не нужно держать открытой.
chat-room-closed-note = Встреча закончилась. Спасибо за участие!
chat-people-heading = В комнате
chat-facilitator-badge = ведущий
chat-visiting-expert-badge = приглашённый специалист
chat-state-not-started = Встреча ещё не началась. Писать можно будет, когда ведущий её начнёт.
chat-state-ended = Встреча закончилась. Вы по-прежнему можете прочитать переписку.
chat-state-unattended = Сейчас в комнате нет ведущего, поэтому писать нельзя, пока он не вернётся.
chat-state-locked = Ведущий ненадолго закрыл комнату: сейчас пишут только ведущие.
chat-state-slow-mode =
    Включён медленный режим: одно сообщение раз в { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
       *[other] { $seconds } секунд
    }.
chat-tools-heading = Инструменты ведущего
chat-start-session = Начать встречу
chat-end-session = Закончить встречу
chat-lock = Закрыть комнату
chat-unlock = Открыть комнату
chat-slow-mode-label = Медленный режим
chat-slow-mode-off = Выключен
chat-slow-mode-option =
    { $seconds ->
        [one] Одно сообщение раз в { $seconds } секунду
        [few] Одно сообщение раз в { $seconds } секунды
       *[other] Одно сообщение раз в { $seconds } секунд
    }
chat-apply = Применить
chat-report-button = Пожаловаться
chat-report-title = Пожаловаться на это сообщение
chat-report-hint = Ведущие и сотрудники увидят это сообщение и несколько соседних. Автору не сообщат, кто пожаловался.
chat-reported-notice = Спасибо. Ваша жалоба отправлена ведущим и сотрудникам.
chat-remove-title = Удалить это сообщение для всех
chat-reason-label = Причина (необязательно, её видят только ведущие и сотрудники)
chat-mute-button = Приостановить
chat-mute-title = Временно запретить этому человеку писать
chat-mute-minutes-label = На какое время
chat-minutes =
    { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
       *[other] { $minutes } минут
    }
chat-remove-member-button = Удалить со встречи
chat-remove-member-title = Удалить этого человека со встречи
chat-confirm = Подтвердить
chat-cancel = Отмена
chat-you-are-muted = Ведущий приостановил для вас возможность писать до { $time }.
chat-member-muted = { $name } не может писать до { $time }.
chat-you-were-removed = Ведущий удалил вас с этой встречи.
chat-message-actions = Действия с этим сообщением
