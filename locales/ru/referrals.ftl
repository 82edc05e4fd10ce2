## Referrals: a family taken to a service with its consent, followed until it was helped.

referrals-title = Направления
referrals-new = Новое направление
referrals-found = { $count ->
    [one] { $count } направление
    [few] { $count } направления
    [many] { $count } направлений
   *[other] { $count } направления
}
referrals-none = Подходящих направлений нет.
referrals-filter-label = Поиск направлений
referrals-filter-status = Статус
referrals-filter-any = Любой статус
referrals-filter-words = Слова в текстах
referrals-filter-overdue = Только ожидающие слишком долго
referrals-filter-submit = Найти
referrals-overdue = Слишком долго без изменений
referrals-family = Семья
referrals-service = Служба
referrals-worker = Специалист по направлениям
referrals-created = Подготовлено
referrals-sent = Отправлено
referrals-changed = Последнее изменение
referrals-open = Открыть направление

## Statuses, reasons and outcomes
referral-status-draft = Черновик
referral-status-sent = Отправлено
referral-status-received = Получено службой
referral-status-accepted = Принято
referral-status-declined = Отклонено
referral-status-contacted = С семьёй связались
referral-status-help_started = Помощь началась
referral-status-closed = Закрыто
referral-status-cancelled = Отменено
referral-decline-not_eligible = Не соответствует условиям службы
referral-decline-no_capacity = Нет свободных мест
referral-decline-could_not_contact = Не удалось связаться с семьёй
referral-decline-other = Другая причина
referral-outcome-got_help = Помощь получена
referral-outcome-could_not_get_help = Помощь получить не удалось
referral-outcome-no_longer_interested = Семья больше не заинтересована
referral-actor-worker = Специалист по направлениям
referral-actor-partner = Служба (партнёрский аккаунт)
referral-actor-service_link = Служба (по своей ссылке)
referral-actor-family = Семья
referral-actor-family_link = Семья (по своей ссылке)
referral-actor-system = Silta

## The worker's form
referral-new-title = Подготовить направление
referral-new-intro = Ничего не отправляется, пока семья не даст согласие. Семья видит на своём языке, что именно будет отправлено.
referral-field-family-email = Электронная почта взрослого члена семьи
referral-field-family-email-hint = Именно тот адрес, с которым взрослый входит в систему.
referral-field-family-given = Семья из запроса о помощи или сигнала о беспокойстве
referral-field-service-search = Найти службу
referral-field-service-search-button = Искать
referral-field-service = Служба
referral-field-service-choose = Выберите службу
referral-field-reason = Почему семью направляют
referral-field-hopes = На что надеется семья
referral-field-summary = Краткое описание своими словами
referral-field-summary-hint = Пишите только то, что нужно службе. Без диагнозов.
referral-create = Сохранить черновик
referral-save = Сохранить изменения
referral-saved = Сохранено.

## One referral, for its worker
referral-title = Направление
referral-texts = Содержание направления
referral-edit = Изменить черновик
referral-history = История
referral-consent-state = Согласие
referral-consent-none = Семья ещё не дала согласия. Без него направление отправить нельзя.
referral-consent-valid = Действует
referral-consent-withdrawn = Отозвано
referral-consent-expired = Истекло
referral-consent-channel-account = В личном аккаунте взрослого
referral-consent-channel-phone = По телефону, записано сотрудником
referral-consent-given-by = Кто дал согласие
referral-consent-recorded-by = Кто записал
referral-consent-given-at = Дата согласия
referral-consent-expires-at = Действует до
referral-consent-withdrawn-at = Дата отзыва
referral-consent-text-version = Показанный текст
referral-consent-items = На что распространяется
referral-phone-title = Записать согласие, данное по телефону
referral-phone-adult = Взрослый член семьи
referral-phone-show = Показать текст для зачитывания
referral-phone-read = Прочитайте этот текст взрослому на его языке, затем запишите его ответ.
referral-phone-record = Взрослый согласился: записать
referral-phone-withdraw = Семья отозвала согласие по телефону
referral-send = Отправить в службу
referral-send-hint = Служба получит только то, на что согласилась семья.
referral-sent-notice = Направление отправлено.
referral-cancel = Отменить направление
referral-close = Закрыть с результатом
referral-close-outcome = Результат
referral-change-note = Заметка для истории (семья её не видит)
referral-change-save = Сохранить статус
referral-from-concern = Подготовлено по сигналу о беспокойстве из отчёта о встрече.

## The family's pages
my-referrals-title = Ваши направления
my-referrals-intro = Здесь вы видите службы, в которые сотрудники Silta помогают вам обратиться, и на каком этапе каждое направление.
my-referrals-none = У вас нет направлений.
my-referral-title = Направление: { $service }
my-referral-status = На каком этапе
my-referral-consent-title = Вы согласны?
my-referral-agree = Даю согласие на отправку
my-referral-agreed = Спасибо. Ваше согласие записано.
my-referral-withdraw = Отозвать моё согласие
my-referral-withdraw-hint = Если вы отзовёте согласие, направление будет отменено, если оно ещё не закрыто.
my-referral-withdrawn = Ваше согласие отозвано.
my-referral-quiet = Не сообщать мне об изменениях
my-referral-quiet-hint = Все изменения по-прежнему видны на этой странице.
my-referral-loud = Снова сообщать мне об изменениях
my-referral-quiet-on = Вам не будут сообщать об изменениях.
my-referral-quiet-off = Вам будут сообщать об изменениях.
my-referral-got-help = Мне помогли
my-referral-got-help-hint = Сообщите нам, когда служба вам поможет: тогда направление будет закрыто.
my-referral-thanks = Спасибо, что сообщили. Направление закрыто.
my-referral-text-language = Этот текст на вашем языке.
my-referral-your-consent = Ваше согласие

## The service's pages
partner-referrals-title = Направления в вашу организацию
partner-referrals-none = В вашу организацию ещё не отправляли направлений.
partner-referral-title = Направление: { $service }
partner-referral-shared = Чем семья согласилась поделиться
partner-referral-withdrawn = Семья отозвала согласие. Переданные ею сведения больше не показываются.
partner-referral-update = Обновить статус
partner-referral-new-status = Новый статус
partner-referral-decline-reason = Причина отказа
partner-referral-outcome = Результат
partner-referral-updated = Статус обновлён. Семье сообщат об этом.
partner-referral-final = Это направление завершено; его статус больше нельзя изменить.
referral-link-title = Направление от Silta
referral-link-intro = Silta передаёт вашей службе это направление с согласия семьи. Ссылка действует 14 дней и только для этого направления; каждое открытие записывается.
referral-link-invalid = Срок действия ссылки истёк, или она недействительна. Попросите новую ссылку у специалистов Silta по направлениям.
referral-help-title = Вам помогли?
referral-help-intro = Сообщите нам, если служба вам помогла. Тогда направление будет закрыто.
referral-help-done = Спасибо. Направление закрыто.

## Errors
referral-service-unknown = Выберите службу из справочника.
referral-service-inactive = Эта служба сейчас не принимает направления.
referral-service-unreachable = У этой службы нет партнёрских аккаунтов и адреса для направлений.
referral-family-unknown = Семья с таким адресом не найдена.
referral-adult-unknown = Выберите взрослого из этой семьи.
referral-not-draft = Это направление уже отправлено, и изменить его больше нельзя.
referral-consent-not-draft = Согласие можно дать только до отправки направления.
referral-consent-given = Семья уже дала согласие.
referral-consent-changed = Направление изменилось после того, как был показан текст. Прочитайте его ещё раз.
referral-consent-missing = Семья не дала согласия, поэтому направление нельзя отправить.
referral-consent-outdated = Направление изменилось после того, как семья дала согласие. Попросите семью дать согласие заново.
referral-nothing-to-withdraw = Нет согласия, которое можно было бы отозвать.
referral-change-not-allowed = Сейчас это изменение сделать нельзя.
referral-changed-meanwhile = Тем временем кто-то изменил направление. Перезагрузите страницу.

## The consent text (referral-consent-1)
referral-consent-which = Специалист Silta по направлениям хотел бы отправить направление в службу { $service } ({ $organisation }).
referral-consent-why = Служба использует его, чтобы связаться с вами и предложить помощь, на которую вы надеетесь.
referral-consent-shared = Будет отправлено именно это, и ничего больше:
referral-consent-kept = Ваше согласие действует 12 месяцев. Silta хранит направление и ваше согласие в течение 12 месяцев после закрытия направления. Служба хранит полученные сведения по своим правилам ведения клиентской документации.
referral-consent-withdraw = Вы можете в любой момент отозвать согласие на этой странице одним нажатием. Если вы отзовёте согласие, направление будет отменено, если оно ещё не закрыто.
referral-consent-purpose = Направление в службу { $service } ({ $organisation }), чтобы служба могла связаться с семьёй и предложить помощь.
referral-item-name = Имя
referral-item-email = Электронная почта
referral-item-languages = Языки семьи
referral-item-municipality = Муниципалитет
referral-item-reason = Почему вас направляют
referral-item-hopes = На что вы надеетесь
referral-item-summary = Краткое описание от специалиста по направлениям

## Home cards
referral-home-family = { $count ->
    [one] { $count } направление ждёт вашего ответа
    [few] { $count } направления ждут вашего ответа
    [many] { $count } направлений ждут вашего ответа
   *[other] { $count } направления ждут вашего ответа
}
referral-home-family-changes = Последние изменения в ваших направлениях
referral-home-worker = { $overdue ->
    [one] { $overdue } направление ждёт слишком долго
    [few] { $overdue } направления ждут слишком долго
    [many] { $overdue } направлений ждут слишком долго
   *[other] { $overdue } направления ждут слишком долго
}
referral-home-worker-waiting = { $waiting ->
    [one] { $waiting } черновик ждёт согласия семьи
    [few] { $waiting } черновика ждут согласия семьи
    [many] { $waiting } черновиков ждут согласия семьи
   *[other] { $waiting } черновика ждут согласия семьи
}
referral-home-partner = { $count ->
    [one] { $count } новое направление в вашу организацию
    [few] { $count } новых направления в вашу организацию
    [many] { $count } новых направлений в вашу организацию
   *[other] { $count } новых направления в вашу организацию
}
referral-home-open-list = Открыть список

## Mail
mail-referral-consented-subject = Семья дала согласие на направление
mail-referral-consented-intro = Семья дала согласие на подготовленное вами направление. Теперь его можно отправить.
mail-referral-consented-button = Открыть направление
mail-referral-consented-outro = В письме нет сведений о семье.
mail-referral-new-subject = Новое направление в вашу организацию
mail-referral-new-intro = В вашу организацию поступило направление от Silta. Прочитайте его во входящих в Silta.
mail-referral-new-button = Открыть направление
mail-referral-new-outro = Сведения из направления есть только в Silta и никогда не отправляются по электронной почте.
mail-referral-link-subject = Направление от Silta
mail-referral-link-intro = Ваша служба получила от Silta направление с согласия семьи. Ссылка ниже действует 14 дней и только для этого направления.
mail-referral-link-button = Прочитать направление
mail-referral-link-outro = В письме нет персональных данных. Каждое открытие ссылки записывается.
mail-referral-overdue-subject = Направление ждёт слишком долго
mail-referral-overdue-intro = Подготовленное вами направление не менялось уже { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }. Пожалуйста, уточните ситуацию в службе.
mail-referral-overdue-button = Открыть направление
mail-referral-overdue-outro = Об этом сообщается один раз; новое изменение запускает отсчёт заново.
mail-referral-changed-subject = Ваше направление перешло на следующий этап
mail-referral-changed-intro = Статус вашего направления: { $status }.
mail-referral-changed-button = Посмотреть направление
mail-referral-changed-help = Мне помогли
mail-referral-changed-outro = На странице направления можно выбрать, чтобы вам не сообщали об изменениях.
referral-concern-handled = Сигнал о беспокойстве уже рассмотрен или не найден.
referral-concern-not-in-group = Семья не входит в группу, в отчёте о встрече которой был подан сигнал о беспокойстве.
