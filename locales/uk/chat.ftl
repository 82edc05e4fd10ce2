chat-error-bad-frame = Не вдалося прочитати повідомлення. Будь ласка, перезавантажте сторінку.
chat-error-version = Ця сторінка застаріла. Будь ласка, перезавантажте її.
chat-error-too-long = Повідомлення може містити від 1 до 4000 символів.
chat-error-slow-down = Ви пишете дуже швидко. Будь ласка, зачекайте трохи, перш ніж надсилати нові повідомлення.
chat-title = Зустріч групи
chat-status-connecting = Підключення…
chat-status-connected = Підключено
chat-status-reconnecting = Зв’язок перервався. Підключаємося знову… Ваші повідомлення збережено, їх буде надіслано, щойно зв’язок відновиться.
chat-status-offline = Немає підключення до інтернету. Ваші повідомлення збережено, їх буде надіслано, коли ви знову будете в мережі.
chat-status-signed-out = Сеанс завершено. Щоб продовжити, будь ласка, увійдіть знову.
chat-sending = надсилання…
chat-you = Ви
chat-messages-label = Повідомлення
chat-input-label = Ваше повідомлення
chat-send = Надіслати
chat-help-heading = Потрібна допомога просто зараз?
chat-help-emergency = У надзвичайній ситуації телефонуйте 112. Ви також можете звернутися до ведучого вашої групи.
chat-open-room = Відкрити кімнату зустрічі
chat-error-too-many-connections = Чат відкрито у вас у надто багатьох вікнах. Закрийте деякі з них і спробуйте ще раз.
chat-retention-invalid = Укажіть строк зберігання від 1 до 3650 днів.
chat-error-not-moderator = Це може зробити лише ведучий.
chat-error-no-message = Цього повідомлення вже немає.
chat-removed-note = Ведучий видалив це повідомлення.
chat-erased-note = Це повідомлення видалено на прохання його автора.
chat-remove-button = Видалити
chat-error-locked = Ведучий ненадовго закрив кімнату. Зараз писати можуть лише ведучі.
chat-error-muted = Ведучий тимчасово призупинив для вас можливість писати.
chat-error-slow-mode = Увімкнено повільний режим: будь ласка, робіть невеликі паузи між повідомленнями.
chat-report-outcome-missing = Напишіть, що було зроблено щодо цієї скарги.
crisis-contact-name-invalid = Укажіть назву служби довжиною не більше ніж 100 символів.
crisis-contact-phone-invalid = Номер телефону може містити лише цифри, пробіли та знак +.
crisis-contact-hours-invalid = Години роботи можуть містити не більше ніж 100 символів.

chat-error-not-started = Ведучий ще не розпочав зустріч. Ви можете читати; писати можна буде, коли зустріч розпочнеться.
chat-error-ended = Ця зустріч завершилася. Ви й надалі можете прочитати листування.
chat-error-unattended = Зараз у кімнаті немає ведучого, тому писати не можна, доки він не повернеться.
chat-room-not-open-yet = Кімната ще не відкрита. Вона відкриється незадовго до початку зустрічі.
chat-room-over = Ця зустріч завершилася, і її кімнату закрито.
chat-room-opens-at = Кімната відкриється о { $time }. Приходьте тоді: цю сторінку не потрібно тримати відкритою.
chat-room-closed-note = Зустріч завершилася. Дякуємо за участь!
chat-people-heading = У кімнаті
chat-facilitator-badge = ведучий
chat-visiting-expert-badge = запрошений фахівець
chat-state-not-started = Зустріч ще не розпочалася. Писати можна буде, коли ведучий її розпочне.
chat-state-ended = Зустріч завершилася. Ви й надалі можете прочитати листування.
chat-state-unattended = Зараз у кімнаті немає ведучого, тому писати не можна, доки він не повернеться.
chat-state-locked = Ведучий ненадовго закрив кімнату: зараз пишуть лише ведучі.
chat-state-slow-mode =
    Увімкнено повільний режим: одне повідомлення раз на { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
       *[other] { $seconds } секунд
    }.
chat-tools-heading = Інструменти ведучого
chat-start-session = Розпочати зустріч
chat-end-session = Завершити зустріч
chat-lock = Закрити кімнату
chat-unlock = Відкрити кімнату
chat-slow-mode-label = Повільний режим
chat-slow-mode-off = Вимкнено
chat-slow-mode-option =
    { $seconds ->
        [one] Одне повідомлення раз на { $seconds } секунду
        [few] Одне повідомлення раз на { $seconds } секунди
       *[other] Одне повідомлення раз на { $seconds } секунд
    }
chat-apply = Застосувати
chat-report-button = Поскаржитися
chat-report-title = Поскаржитися на це повідомлення
chat-report-hint = Ведучі та працівники побачать це повідомлення і кілька сусідніх. Авторові не повідомлять, хто поскаржився.
chat-reported-notice = Дякуємо. Вашу скаргу надіслано ведучим і працівникам.
chat-remove-title = Видалити це повідомлення для всіх
chat-reason-label = Причина (необов’язково, її бачать лише ведучі та працівники)
chat-mute-button = Призупинити
chat-mute-title = Тимчасово заборонити цій людині писати
chat-mute-minutes-label = На який час
chat-minutes =
    { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }
chat-remove-member-button = Видалити із зустрічі
chat-remove-member-title = Видалити цю людину із зустрічі
chat-confirm = Підтвердити
chat-cancel = Скасувати
chat-you-are-muted = Ведучий призупинив для вас можливість писати до { $time }.
chat-member-muted = { $name } не може писати до { $time }.
chat-you-were-removed = Ведучий видалив вас із цієї зустрічі.
chat-message-actions = Дії з цим повідомленням
