error-bad-request = Щось у запиті не так
error-bad-request-detail = Будь ласка, перевірте введені дані й спробуйте ще раз.
error-unauthorized = Будь ласка, увійдіть
error-unauthorized-detail = Щоб побачити цю сторінку, потрібно увійти.
error-forbidden = Немає доступу
error-forbidden-detail = У вас немає дозволу переглядати цю сторінку.
error-not-found = Сторінку не знайдено
error-not-found-detail = Ми не знайшли те, що ви шукали. Можливо, адресу вказано неправильно або сторінку переміщено.
error-method-not-allowed = Тут це неможливо
error-method-not-allowed-detail = Ця адреса не приймає такий тип запитів.
error-conflict = Уже змінено
error-conflict-detail = Хтось змінив це одночасно з вами. Будь ласка, перезавантажте сторінку й спробуйте ще раз.
error-payload-too-large = Забагато даних
error-payload-too-large-detail = Надіслані дані завеликі. Будь ласка, скоротіть їх і спробуйте ще раз.
error-unsupported-media-type = Непідтримуваний формат
error-unsupported-media-type-detail = Ця адреса не приймає дані в такому форматі.
error-too-many-requests = Забагато спроб
error-too-many-requests-detail = Будь ласка, зачекайте трохи й спробуйте ще раз.
error-unavailable = Сервіс Silta зараз недоступний
error-unavailable-detail = Будь ласка, спробуйте ще раз трохи згодом.
error-internal = Щось пішло не так
error-internal-detail = На нашому боці сталася помилка. Ви тут ні до чого. Будь ласка, спробуйте пізніше.
error-try-again-in =
    { $minutes ->
        [one] Будь ласка, спробуйте знову через { $minutes } хвилину.
        [few] Будь ласка, спробуйте знову через { $minutes } хвилини.
        [many] Будь ласка, спробуйте знову через { $minutes } хвилин.
       *[other] Будь ласка, спробуйте знову через { $minutes } хвилини.
    }
error-invalid-input = Будь ласка, виправте позначені поля.
error-invalid-json = Тіло запиту не є коректним JSON для цієї адреси.
error-invalid-form = Не вдалося прочитати форму. Будь ласка, спробуйте ще раз.
error-invalid-query = Адреса містить значення, якого ми не розуміємо.
error-reference = Код помилки: { $reference }
error-back-home = Повернутися на головну сторінку
error-token-invalid = Ваш сеанс закінчився або недійсний. Будь ласка, увійдіть знову.
error-csrf = Термін дії форми минув. Будь ласка, поверніться назад, перезавантажте сторінку й спробуйте ще раз.
link-expired-title = Це посилання більше не працює
link-expired = Посилання вже використано, або строк його дії минув. Ви можете попросити нове.
field-choice-unknown = Виберіть один із запропонованих варіантів.
field-required = Цього поля бракує.
field-wrong-type = Значення має неправильний тип (наприклад, текст замість числа).
field-invalid-value = Це значення недійсне.
