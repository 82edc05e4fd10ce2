protection-title = Беспокоитесь о безопасности ребёнка?
protection-emergency = Если ребёнку грозит непосредственная опасность, звоните 112.
protection-no-consent = Для уведомления в службу защиты детей не нужно согласие семьи. Сделать его может любой человек, а специалисты и волонтёры, работающие с детьми, обязаны сделать его, если беспокоятся о безопасности, развитии или благополучии ребёнка. Уведомление направляют в службу защиты детей муниципалитета, в котором живёт ребёнок.
protection-tell-supervisor = Сначала вы можете обсудить это со своим супервизором, но не ждите, если ребёнку может угрожать опасность.
protection-contacts = Куда направить уведомление
protection-show-contacts = Показать контакты
protection-no-contacts = В справочнике пока нет контактов службы защиты детей этого муниципалитета. Позвоните по номеру экстренной помощи 112: оттуда уведомления передают в дежурную социальную службу.
protection-phone = Телефон
protection-email = Электронная почта
protection-record = Запишите, что вы сделали уведомление
protection-record-intro = Эта запись хранится отдельно от направлений. Читать её могут только супервизоры и администраторы.
protection-recipient = Куда направлено
protection-recipient-hint = Служба или человек, принявшие уведомление, например дежурная линия службы защиты детей муниципалитета.
protection-date = Дата
protection-when = Когда сделано уведомление
protection-time = Время
protection-member = Семья, которой касается уведомление (необязательно)
protection-member-none = Семья не из моих групп
protection-adult-email = Электронная почта взрослого члена семьи (необязательно)
protection-adult-email-hint = Только если вы знаете аккаунт семьи.
protection-note = Примечание (необязательно)
protection-note-hint = Только то, что другим нужно будет знать позже. Без диагнозов.
protection-record-button = Записать уведомление
protection-recorded = Уведомление записано. Спасибо, что вы приняли меры.
protection-made-in-future = Время не может быть в будущем.
protection-made-too-long-ago = Уведомление, сделанное больше года назад, здесь записать нельзя.
protection-no-such-family = Нет аккаунта семьи с таким адресом.
protection-records-title = Уведомления в службу защиты детей
protection-records-intro = Записи о сделанных уведомлениях. Каждый просмотр записи, в которой названа семья, отмечается в журнале, который видит семья.
protection-all-municipalities = Все муниципалитеты
protection-filter = Отфильтровать
protection-records-count = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
protection-made-by = Кто сделал
protection-about-family = Названа семья
protection-recorded-at = Записано
protection-records-none = Записанных уведомлений нет.
