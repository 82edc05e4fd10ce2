# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = Сообщения, о которых сообщили
reports-intro-staff = Сообщения, на которые пожаловались участники комнат. Прочитайте каждое в контексте, сделайте необходимое и запишите, что было сделано.
reports-intro-facilitator = Жалобы на сообщения в ваших группах. Каждую жалобу рассматривают сотрудники; вы видите, на что пожаловались, и можете обсудить это на супервизии. Кто пожаловался, вам не сообщают.
reports-open =
    { $count ->
        [one] { $count } открытая жалоба
        [few] { $count } открытые жалобы
       *[other] { $count } открытых жалоб
    }
reports-none = Ничего не ждёт рассмотрения.
reports-handled = Рассмотренные
report-filed-at = Жалоба подана
report-reporter = Пожаловался(-ась)
report-reason = Причина
report-no-reason = Причина не указана
report-outcome = Что сделано
report-context = Сообщения рядом
report-reported-message = Сообщение, на которое пожаловались
report-outcome-label = Что сделано (коротко)
report-mark-handled = Отметить как рассмотренную
moderation-log-title = Журнал модерации
moderation-log-empty = В этой встрече ничего не модерировалось.
moderation-action = Действие
moderation-message-number = Номер сообщения
moderation-action-remove-message = Удалил(а) сообщение
moderation-action-mute = Отключил(а) участнику возможность писать
moderation-action-remove-member = Удалил(а) участника со встречи
moderation-action-lock = Закрыл(а) комнату для сообщений
moderation-action-unlock = Открыл(а) комнату для сообщений
moderation-action-slow-mode = Изменил(а) медленный режим
moderation-action-start-session = Начал(а) встречу
moderation-action-end-session = Завершил(а) встречу
crisis-contacts-title = Кризисные контакты
crisis-contacts-intro = Они показываются в каждой комнате чата в разделе «Нужна помощь сейчас?» тем, кто читает на этом языке. Номер экстренной помощи 112 показывается всегда.
crisis-contacts-none = Кризисных контактов пока нет.
crisis-contact-language = Язык
crisis-contact-name = Служба
crisis-contact-phone = Номер телефона
crisis-contact-hours = Часы работы
crisis-contact-hours-hint = Например: каждый день 8–22 или круглосуточно
crisis-contact-delete = Удалить
crisis-contact-add = Добавить контакт
security-event-reports-viewed = Просмотрены жалобы в чате
reports-status-open = Ждут рассмотрения
