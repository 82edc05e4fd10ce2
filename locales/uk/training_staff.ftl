## Сторінки навчання для працівників: курси, навчальні групи, заявки, завдання на перевірку, картки на головній

tstaff-nav-label = Сторінки навчання
tstaff-overview = Огляд
tstaff-courses = Курси
tstaff-courses-count = { $count ->
    [one] { $count } курс
    [few] { $count } курси
    [many] { $count } курсів
   *[other] { $count } курсу
}
tstaff-open-courses = Писати й публікувати курси
tstaff-open-applications = Відкрити заявки
tstaff-open-reviews = Відкрити завдання на перевірку
tstaff-applications-waiting = { $count ->
    [0] Жодна заявка не чекає рішення.
    [one] { $count } заявка чекає рішення.
    [few] { $count } заявки чекають рішення.
    [many] { $count } заявок чекають рішення.
   *[other] { $count } заявки чекають рішення.
}
tstaff-applications-late = Одна із заявок чекає рішення понад два тижні.
tstaff-reviews-waiting = { $count ->
    [0] Жодне завдання не чекає перевірки.
    [one] { $count } завдання чекає перевірки.
    [few] { $count } завдання чекають перевірки.
    [many] { $count } завдань чекають перевірки.
   *[other] { $count } завдання чекають перевірки.
}
tstaff-reviews-late = Одне із завдань чекає перевірки понад тиждень.
tstaff-your-cohorts = Ваші навчальні групи
tstaff-candidates-count = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
tstaff-course-title = Назва курсу
tstaff-course-new = Новий курс
tstaff-course-create = Створити курс
tstaff-course-created = Курс створено. Додайте його перший модуль.
tstaff-expiry-days = Сертифікат чинний (днів)
tstaff-expiry-days-hint = Від 30 до 3650 днів; 730 — це два роки.
tstaff-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}
tstaff-version-n = версія { $version }
tstaff-status = Стан
tstaff-status-draft = { $count ->
    [0] Чернетка, модулів ще немає
    [one] Чернетка: { $count } модуль, не опубліковано
    [few] Чернетка: { $count } модулі, не опубліковано
    [many] Чернетка: { $count } модулів, не опубліковано
   *[other] Чернетка: { $count } модуля, не опубліковано
}
tstaff-status-published = Версію { $version } опубліковано; у чернетці немає змін
tstaff-status-changed = Версію { $version } опубліковано; у чернетці є неопубліковані зміни
tstaff-versioning-help = Ви завжди редагуєте чернетку. Після публікації чернетка стає наступною версією; групи, що вже почали, залишаються на своїй версії.
tstaff-draft-modules = Модулі чернетки за порядком
tstaff-no-modules = У курсі ще немає модулів.
tstaff-questions-count = { $count ->
    [one] { $count } питання тесту
    [few] { $count } питання тесту
    [many] { $count } питань тесту
   *[other] { $count } питання тесту
}
tstaff-module-add = Додати модуль
tstaff-module-added = Модуль додано до чернетки.
tstaff-publish = Опублікувати
tstaff-publish-first = Після публікації чернетка стане версією 1, за якою зможуть навчатися групи.
tstaff-publish-next = Після публікації чернетка стане версією { $version }. Групи, що вже почали, залишаються на своїй версії.
tstaff-published = Версію { $version } опубліковано.
tstaff-rule = Як зараховується модуль?
tstaff-rule-read = Прочитанням
tstaff-rule-quiz = Складанням тесту
tstaff-rule-task = Завданням, яке приймає тренер
tstaff-rule-live = Участю в живій зустрічі
tstaff-refresher = Модуль повторення (подовжує сертифікат; для першого не потрібен)
tstaff-module-languages = Мови модуля
tstaff-module-languages-hint = Виберіть мови, якими ви пишете модуль, і натисніть «Показати ці мови». Введений текст збережеться.
tstaff-languages-update = Показати ці мови
tstaff-module-title = Заголовок
tstaff-module-body = Текст (Markdown)
tstaff-task-prompt = Завдання для учасника (якщо в модулі є завдання)
tstaff-markdown-hint = Markdown: # заголовок, **жирний**, *курсив*, - список, [посилання](https://…). HTML і зображення не показуються.
tstaff-preview = Попередній перегляд
tstaff-preview-of = Попередній перегляд: { $language }
tstaff-quiz-hint = Залиште питання порожніми, якщо в модулі немає тесту. Порожні рядки відповідей не зберігаються.
tstaff-pass-mark = Прохідний бал (% правильних відповідей)
tstaff-attempts = Кількість спроб (1–10)
tstaff-question-n = Питання { $number }
tstaff-question-text = Питання ({ $language })
tstaff-question-multiple = Правильними можуть бути кілька відповідей (прапорці)
tstaff-answer-n = Відповідь { $number }
tstaff-answer-text = Відповідь ({ $language })
tstaff-answer-feedback = Пояснення, коли її вибрано ({ $language })
tstaff-answer-correct = Ця відповідь правильна
tstaff-question-add = Додати питання
tstaff-module-save = Зберегти модуль
tstaff-cohort-new = Відкрити навчальну групу
tstaff-cohort-course = Курс (опублікована версія)
tstaff-cohort-name = Назва групи
tstaff-deadline-days = Днів до кінцевого терміну
tstaff-deadline-days-hint = Від 1 до 730 днів від сьогодні.
tstaff-cohort-create = Відкрити групу
tstaff-cohort-created = Навчальну групу відкрито. Приймайте до неї кандидатів із заявок.
tstaff-no-published-courses = Жоден курс ще не опубліковано. Спершу тренер публікує курс.
tstaff-candidates = Учасники
tstaff-no-candidates = У цій групі ще немає учасників.
tstaff-completion = Проходження
tstaff-go-to-candidate = Перейти до форми учасника
tstaff-saved = Збережено.
tstaff-practice-none = ще не оцінено
tstaff-extend-days = Подовжити термін на (днів)
tstaff-extend = Подовжити
tstaff-practice-score = Практика під наглядом
tstaff-practice-comments = Коментарі щодо практики
tstaff-practice-save = Зберегти оцінку практики
tstaff-quiz-exhausted = Усі спроби скласти тест «{ $module }» використано.
tstaff-reset = Дати нові спроби
tstaff-attended = Був(ла) на живій зустрічі «{ $module }»
tstaff-sign-off = Зарахувати навчання й видати сертифікат
tstaff-sign-off-hint = Для цього потрібні всі обов'язкові модулі та зарахована практика.
tstaff-filter-label = Фільтр заявок
tstaff-filter = Показати
tstaff-applications-found = { $count ->
    [0] Заявок не знайдено
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
tstaff-application-pending = Чекає рішення
tstaff-application-accepted = Прийнято
tstaff-application-declined = Відхилено
tstaff-accept = Прийняти
tstaff-decline-reason = Причина відмови (буде надіслано кандидатові)
tstaff-decline = Відхилити
tstaff-decided = Рішення збережено, кандидатові надіслано лист.
tstaff-submitted = Надіслано { $when }
tstaff-feedback-hint = Якщо ви просите доопрацювати завдання, напишіть відгук.
tstaff-reviewed = Перевірку збережено, учасникові надіслано лист.
