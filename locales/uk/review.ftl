# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = Повідомлення, на які поскаржилися
reports-intro-staff = Повідомлення, на які поскаржилися учасники кімнат. Прочитайте кожне в контексті, зробіть потрібне й запишіть, що було зроблено.
reports-intro-facilitator = Скарги на повідомлення у ваших групах. Кожну скаргу розглядають працівники; ви бачите, на що поскаржилися, і можете обговорити це на супервізії. Хто поскаржився, вам не повідомляють.
reports-open =
    { $count ->
        [one] { $count } відкрита скарга
        [few] { $count } відкриті скарги
       *[other] { $count } відкритих скарг
    }
reports-none = Ніщо не чекає на розгляд.
reports-handled = Розглянуті
report-filed-at = Скаргу подано
report-reporter = Поскаржився(-лася)
report-reason = Причина
report-no-reason = Причину не вказано
report-outcome = Що зроблено
report-context = Повідомлення поруч
report-reported-message = Повідомлення, на яке поскаржилися
report-outcome-label = Що зроблено (коротко)
report-mark-handled = Позначити як розглянуту
moderation-log-title = Журнал модерації
moderation-log-empty = Під час цієї зустрічі нічого не модерувалося.
moderation-action = Дія
moderation-message-number = Номер повідомлення
moderation-action-remove-message = Видалив(ла) повідомлення
moderation-action-mute = Вимкнув(ла) учасникові можливість писати
moderation-action-remove-member = Видалив(ла) учасника із зустрічі
moderation-action-lock = Закрив(ла) кімнату для повідомлень
moderation-action-unlock = Відкрив(ла) кімнату для повідомлень
moderation-action-slow-mode = Змінив(ла) повільний режим
moderation-action-start-session = Почав(ла) зустріч
moderation-action-end-session = Завершив(ла) зустріч
crisis-contacts-title = Кризові контакти
crisis-contacts-intro = Вони показуються в кожній кімнаті чату в розділі «Потрібна допомога зараз?» тим, хто читає цією мовою. Номер екстреної допомоги 112 показується завжди.
crisis-contacts-none = Кризових контактів ще немає.
crisis-contact-language = Мова
crisis-contact-name = Служба
crisis-contact-phone = Номер телефону
crisis-contact-hours = Години роботи
crisis-contact-hours-hint = Наприклад: щодня 8–22 або цілодобово
crisis-contact-delete = Видалити
crisis-contact-add = Додати контакт
security-event-reports-viewed = Переглянуто скарги в чаті
reports-status-open = Чекають на розгляд
