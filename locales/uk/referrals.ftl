## Referrals: a family taken to a service with its consent, followed until it was helped.

referrals-title = Скерування
referrals-new = Нове скерування
referrals-found = { $count ->
    [one] { $count } скерування
    [few] { $count } скерування
    [many] { $count } скерувань
   *[other] { $count } скерування
}
referrals-none = Відповідних скерувань немає.
referrals-filter-label = Пошук скерувань
referrals-filter-status = Статус
referrals-filter-any = Будь-який статус
referrals-filter-words = Слова в текстах
referrals-filter-overdue = Лише ті, що чекають надто довго
referrals-filter-submit = Знайти
referrals-overdue = Надто довго без змін
referrals-family = Родина
referrals-service = Служба
referrals-worker = Фахівець зі скерувань
referrals-created = Підготовлено
referrals-sent = Надіслано
referrals-changed = Остання зміна
referrals-open = Відкрити скерування

## Statuses, reasons and outcomes
referral-status-draft = Чернетка
referral-status-sent = Надіслано
referral-status-received = Отримано службою
referral-status-accepted = Прийнято
referral-status-declined = Відхилено
referral-status-contacted = З родиною зв’язалися
referral-status-help_started = Допомога розпочалася
referral-status-closed = Закрито
referral-status-cancelled = Скасовано
referral-decline-not_eligible = Не відповідає умовам служби
referral-decline-no_capacity = Немає вільних місць
referral-decline-could_not_contact = Не вдалося зв’язатися з родиною
referral-decline-other = Інша причина
referral-outcome-got_help = Допомогу отримано
referral-outcome-could_not_get_help = Допомогу отримати не вдалося
referral-outcome-no_longer_interested = Родина більше не зацікавлена
referral-actor-worker = Фахівець зі скерувань
referral-actor-partner = Служба (партнерський обліковий запис)
referral-actor-service_link = Служба (за своїм посиланням)
referral-actor-family = Родина
referral-actor-family_link = Родина (за своїм посиланням)
referral-actor-system = Silta

## The worker's form
referral-new-title = Підготувати скерування
referral-new-intro = Нічого не надсилається, доки родина не дасть згоди. Родина бачить своєю мовою, що саме буде надіслано.
referral-field-family-email = Електронна пошта дорослого члена родини
referral-field-family-email-hint = Саме та адреса, з якою дорослий входить у систему.
referral-field-family-given = Родина із запиту про допомогу або сигналу про занепокоєння
referral-field-service-search = Знайти службу
referral-field-service-search-button = Шукати
referral-field-service = Служба
referral-field-service-choose = Виберіть службу
referral-field-reason = Чому родину направляють
referral-field-hopes = На що сподівається родина
referral-field-summary = Короткий опис власними словами
referral-field-summary-hint = Пишіть лише те, що потрібно службі. Без діагнозів.
referral-create = Зберегти чернетку
referral-save = Зберегти зміни
referral-saved = Збережено.

## One referral, for its worker
referral-title = Скерування
referral-texts = Зміст скерування
referral-edit = Змінити чернетку
referral-history = Історія
referral-consent-state = Згода
referral-consent-none = Родина ще не дала згоди. Без неї скерування не можна надіслати.
referral-consent-valid = Чинна
referral-consent-withdrawn = Відкликано
referral-consent-expired = Термін дії минув
referral-consent-channel-account = В особистому обліковому записі дорослого
referral-consent-channel-phone = Телефоном, записано працівником
referral-consent-given-by = Хто дав згоду
referral-consent-recorded-by = Хто записав
referral-consent-given-at = Дата згоди
referral-consent-expires-at = Чинна до
referral-consent-withdrawn-at = Дата відкликання
referral-consent-text-version = Показаний текст
referral-consent-items = На що поширюється
referral-phone-title = Записати згоду, надану телефоном
referral-phone-adult = Дорослий член родини
referral-phone-show = Показати текст для зачитування
referral-phone-read = Прочитайте цей текст дорослому його мовою, а потім запишіть відповідь.
referral-phone-record = Дорослий погодився: записати
referral-phone-withdraw = Родина відкликала згоду телефоном
referral-send = Надіслати до служби
referral-send-hint = Служба отримає лише те, на що погодилася родина.
referral-sent-notice = Скерування надіслано.
referral-cancel = Скасувати скерування
referral-close = Закрити з результатом
referral-close-outcome = Результат
referral-change-note = Примітка для історії (родина її не бачить)
referral-change-save = Зберегти статус
referral-from-concern = Підготовлено за сигналом про занепокоєння зі звіту про зустріч.

## The family's pages
my-referrals-title = Ваші скерування
my-referrals-intro = Тут ви бачите служби, до яких працівники Silta допомагають вам звернутися, і на якому етапі кожне скерування.
my-referrals-none = У вас немає скерувань.
my-referral-title = Скерування: { $service }
my-referral-status = На якому етапі
my-referral-consent-title = Ви погоджуєтеся?
my-referral-agree = Даю згоду на надсилання
my-referral-agreed = Дякуємо. Вашу згоду записано.
my-referral-withdraw = Відкликати мою згоду
my-referral-withdraw-hint = Якщо ви відкличете згоду, скерування буде скасовано, якщо воно ще не закрите.
my-referral-withdrawn = Вашу згоду відкликано.
my-referral-quiet = Не повідомляти мене про зміни
my-referral-quiet-hint = Усі зміни й надалі видно на цій сторінці.
my-referral-loud = Знову повідомляти мене про зміни
my-referral-quiet-on = Вам не повідомлятимуть про зміни.
my-referral-quiet-off = Вам повідомлятимуть про зміни.
my-referral-got-help = Мені допомогли
my-referral-got-help-hint = Повідомте нам, коли служба вам допоможе: тоді скерування буде закрито.
my-referral-thanks = Дякуємо, що повідомили. Скерування закрито.
my-referral-text-language = Цей текст вашою мовою.
my-referral-your-consent = Ваша згода

## The service's pages
partner-referrals-title = Скерування до вашої організації
partner-referrals-none = До вашої організації ще не надсилали скерувань.
partner-referral-title = Скерування: { $service }
partner-referral-shared = Чим родина погодилася поділитися
partner-referral-withdrawn = Родина відкликала згоду. Надані нею відомості більше не показуються.
partner-referral-update = Оновити статус
partner-referral-new-status = Новий статус
partner-referral-decline-reason = Причина відмови
partner-referral-outcome = Результат
partner-referral-updated = Статус оновлено. Родині про це повідомлять.
partner-referral-final = Це скерування завершено; його статус більше не можна змінити.
referral-link-title = Скерування від Silta
referral-link-intro = Silta передає вашій службі це скерування за згодою родини. Посилання діє 14 днів і лише для цього скерування; кожне відкриття записується.
referral-link-invalid = Термін дії посилання минув, або воно недійсне. Попросіть нове посилання у фахівців Silta зі скерувань.
referral-help-title = Вам допомогли?
referral-help-intro = Повідомте нам, якщо служба вам допомогла. Тоді скерування буде закрито.
referral-help-done = Дякуємо. Скерування закрито.

## Errors
referral-service-unknown = Виберіть службу з довідника.
referral-service-inactive = Ця служба зараз не приймає скерувань.
referral-service-unreachable = Ця служба не має партнерських облікових записів і адреси для скерувань.
referral-family-unknown = Родину з такою адресою не знайдено.
referral-adult-unknown = Виберіть дорослого з цієї родини.
referral-not-draft = Це скерування вже надіслано, і змінити його більше не можна.
referral-consent-not-draft = Згоду можна дати лише до надсилання скерування.
referral-consent-given = Родина вже дала згоду.
referral-consent-changed = Скерування змінилося після того, як було показано текст. Прочитайте його ще раз.
referral-consent-missing = Родина не дала згоди, тому скерування не можна надіслати.
referral-consent-outdated = Скерування змінилося після того, як родина дала згоду. Попросіть родину дати згоду ще раз.
referral-nothing-to-withdraw = Немає згоди, яку можна було б відкликати.
referral-change-not-allowed = Цю зміну зараз зробити не можна.
referral-changed-meanwhile = Тим часом хтось змінив скерування. Перезавантажте сторінку.

## The consent text (referral-consent-1)
referral-consent-which = Фахівець Silta зі скерувань хотів би надіслати скерування до служби { $service } ({ $organisation }).
referral-consent-why = Служба використає його, щоб зв’язатися з вами й запропонувати допомогу, на яку ви сподіваєтеся.
referral-consent-shared = Буде надіслано саме це, і нічого більше:
referral-consent-kept = Ваша згода чинна 12 місяців. Silta зберігає скерування і вашу згоду протягом 12 місяців після закриття скерування. Служба зберігає отримані відомості за власними правилами ведення клієнтської документації.
referral-consent-withdraw = Ви можете будь-коли відкликати згоду на цій сторінці одним натисканням. Якщо ви відкличете згоду, скерування буде скасовано, якщо воно ще не закрите.
referral-consent-purpose = Скерування до служби { $service } ({ $organisation }), щоб служба могла зв’язатися з родиною і запропонувати допомогу.
referral-item-name = Ім’я
referral-item-email = Електронна пошта
referral-item-languages = Мови родини
referral-item-municipality = Муніципалітет
referral-item-reason = Чому вас направляють
referral-item-hopes = На що ви сподіваєтеся
referral-item-summary = Короткий опис від фахівця зі скерувань

## Home cards
referral-home-family = { $count ->
    [one] { $count } скерування чекає на вашу відповідь
    [few] { $count } скерування чекають на вашу відповідь
    [many] { $count } скерувань чекають на вашу відповідь
   *[other] { $count } скерування чекають на вашу відповідь
}
referral-home-family-changes = Останні зміни у ваших скеруваннях
referral-home-worker = { $overdue ->
    [one] { $overdue } скерування чекає надто довго
    [few] { $overdue } скерування чекають надто довго
    [many] { $overdue } скерувань чекають надто довго
   *[other] { $overdue } скерування чекають надто довго
}
referral-home-worker-waiting = { $waiting ->
    [one] { $waiting } чернетка чекає на згоду родини
    [few] { $waiting } чернетки чекають на згоду родини
    [many] { $waiting } чернеток чекають на згоду родини
   *[other] { $waiting } чернетки чекають на згоду родини
}
referral-home-partner = { $count ->
    [one] { $count } нове скерування до вашої організації
    [few] { $count } нові скерування до вашої організації
    [many] { $count } нових скерувань до вашої організації
   *[other] { $count } нового скерування до вашої організації
}
referral-home-open-list = Відкрити список

## Mail
mail-referral-consented-subject = Родина дала згоду на скерування
mail-referral-consented-intro = Родина дала згоду на підготовлене вами скерування. Тепер ви можете його надіслати.
mail-referral-consented-button = Відкрити скерування
mail-referral-consented-outro = У листі немає відомостей про родину.
mail-referral-new-subject = Нове скерування до вашої організації
mail-referral-new-intro = До вашої організації надійшло скерування від Silta. Прочитайте його у вхідних у Silta.
mail-referral-new-button = Відкрити скерування
mail-referral-new-outro = Відомості з скерування є лише в Silta і ніколи не надсилаються електронною поштою.
mail-referral-link-subject = Скерування від Silta
mail-referral-link-intro = Ваша служба отримала від Silta скерування за згодою родини. Посилання нижче діє 14 днів і лише для цього скерування.
mail-referral-link-button = Прочитати скерування
mail-referral-link-outro = У листі немає персональних даних. Кожне відкриття посилання записується.
mail-referral-overdue-subject = Скерування чекає надто довго
mail-referral-overdue-intro = Підготовлене вами скерування не змінювалося вже { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }. Будь ласка, уточніть ситуацію у службі.
mail-referral-overdue-button = Відкрити скерування
mail-referral-overdue-outro = Про це повідомляється один раз; нова зміна запускає відлік заново.
mail-referral-changed-subject = Ваше скерування перейшло на наступний етап
mail-referral-changed-intro = Статус вашого скерування: { $status }.
mail-referral-changed-button = Переглянути скерування
mail-referral-changed-help = Мені допомогли
mail-referral-changed-outro = На сторінці скерування можна вибрати, щоб вам не повідомляли про зміни.
referral-concern-handled = Сигнал про занепокоєння вже розглянуто, або його не знайдено.
referral-concern-not-in-group = Родина не входить до групи, у звіті про зустріч якої було висловлено занепокоєння.
