## Страницы обучения для сотрудников: курсы, учебные группы, заявки, задания на проверку, карточки на главной

tstaff-nav-label = Страницы обучения
tstaff-overview = Обзор
tstaff-courses = Курсы
tstaff-courses-count = { $count ->
    [one] { $count } курс
    [few] { $count } курса
    [many] { $count } курсов
   *[other] { $count } курса
}
tstaff-open-courses = Писать и публиковать курсы
tstaff-open-applications = Открыть заявки
tstaff-open-reviews = Открыть задания на проверку
tstaff-applications-waiting = { $count ->
    [0] Заявок, ожидающих решения, нет.
    [one] { $count } заявка ждёт решения.
    [few] { $count } заявки ждут решения.
    [many] { $count } заявок ждут решения.
   *[other] { $count } заявки ждут решения.
}
tstaff-applications-late = Одна из заявок ждёт решения больше двух недель.
tstaff-reviews-waiting = { $count ->
    [0] Заданий на проверку нет.
    [one] { $count } задание ждёт проверки.
    [few] { $count } задания ждут проверки.
    [many] { $count } заданий ждут проверки.
   *[other] { $count } задания ждут проверки.
}
tstaff-reviews-late = Одно из заданий ждёт проверки больше недели.
tstaff-your-cohorts = Ваши учебные группы
tstaff-candidates-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
tstaff-course-title = Название курса
tstaff-course-new = Новый курс
tstaff-course-create = Создать курс
tstaff-course-created = Курс создан. Добавьте его первый модуль.
tstaff-expiry-days = Срок действия сертификата (дней)
tstaff-expiry-days-hint = От 30 до 3650 дней; 730 — это два года.
tstaff-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
tstaff-version-n = версия { $version }
tstaff-status = Статус
tstaff-status-draft = { $count ->
    [0] Черновик, модулей пока нет
    [one] Черновик: { $count } модуль, не опубликован
    [few] Черновик: { $count } модуля, не опубликован
    [many] Черновик: { $count } модулей, не опубликован
   *[other] Черновик: { $count } модуля, не опубликован
}
tstaff-status-published = Версия { $version } опубликована; в черновике нет изменений
tstaff-status-changed = Версия { $version } опубликована; в черновике есть неопубликованные изменения
tstaff-versioning-help = Вы всегда редактируете черновик. При публикации черновик становится следующей версией; начавшие группы остаются на своей версии.
tstaff-draft-modules = Модули черновика по порядку
tstaff-no-modules = В курсе пока нет модулей.
tstaff-questions-count = { $count ->
    [one] { $count } вопрос теста
    [few] { $count } вопроса теста
    [many] { $count } вопросов теста
   *[other] { $count } вопроса теста
}
tstaff-module-add = Добавить модуль
tstaff-module-added = Модуль добавлен в черновик.
tstaff-publish = Опубликовать
tstaff-publish-first = При публикации черновик станет версией 1, по которой смогут учиться группы.
tstaff-publish-next = При публикации черновик станет версией { $version }. Начавшие группы остаются на своей версии.
tstaff-published = Версия { $version } опубликована.
tstaff-rule = Как засчитывается модуль?
tstaff-rule-read = Прочтением
tstaff-rule-quiz = Сдачей теста
tstaff-rule-task = Заданием, которое принимает тренер
tstaff-rule-live = Участием в живой встрече
tstaff-refresher = Модуль повторения (продлевает сертификат; для первого сертификата не нужен)
tstaff-module-languages = Языки модуля
tstaff-module-languages-hint = Выберите языки, на которых вы пишете модуль, и нажмите «Показать эти языки». Введённый текст сохранится.
tstaff-languages-update = Показать эти языки
tstaff-module-title = Заголовок
tstaff-module-body = Текст (Markdown)
tstaff-task-prompt = Задание для участника (если в модуле есть задание)
tstaff-markdown-hint = Markdown: # заголовок, **жирный**, *курсив*, - список, [ссылка](https://…). HTML и изображения не показываются.
tstaff-preview = Предпросмотр
tstaff-preview-of = Предпросмотр: { $language }
tstaff-quiz-hint = Оставьте вопросы пустыми, если в модуле нет теста. Пустые строки ответов не сохраняются.
tstaff-pass-mark = Проходной балл (% верных ответов)
tstaff-attempts = Число попыток (1–10)
tstaff-question-n = Вопрос { $number }
tstaff-question-text = Вопрос ({ $language })
tstaff-question-multiple = Верными могут быть несколько ответов (флажки)
tstaff-answer-n = Ответ { $number }
tstaff-answer-text = Ответ ({ $language })
tstaff-answer-feedback = Пояснение при выборе ({ $language })
tstaff-answer-correct = Этот ответ верный
tstaff-question-add = Добавить вопрос
tstaff-module-save = Сохранить модуль
tstaff-cohort-new = Открыть учебную группу
tstaff-cohort-course = Курс (опубликованная версия)
tstaff-cohort-name = Название группы
tstaff-deadline-days = Дней до срока
tstaff-deadline-days-hint = От 1 до 730 дней от сегодняшнего дня.
tstaff-cohort-create = Открыть группу
tstaff-cohort-created = Учебная группа открыта. Принимайте в неё кандидатов из заявок.
tstaff-no-published-courses = Ни один курс ещё не опубликован. Сначала тренер публикует курс.
tstaff-candidates = Участники
tstaff-no-candidates = В этой группе пока нет участников.
tstaff-completion = Прохождение
tstaff-go-to-candidate = Перейти к форме участника
tstaff-saved = Сохранено.
tstaff-practice-none = ещё не оценена
tstaff-extend-days = Продлить срок на (дней)
tstaff-extend = Продлить
tstaff-practice-score = Практика под наблюдением
tstaff-practice-comments = Комментарии о практике
tstaff-practice-save = Сохранить оценку практики
tstaff-quiz-exhausted = Все попытки пройти тест «{ $module }» использованы.
tstaff-reset = Дать новые попытки
tstaff-attended = Участвовал(а) в живой встрече «{ $module }»
tstaff-sign-off = Засчитать обучение и выдать сертификат
tstaff-sign-off-hint = Для этого нужны все обязательные модули и зачтённая практика.
tstaff-filter-label = Фильтр заявок
tstaff-filter = Показать
tstaff-applications-found = { $count ->
    [0] Заявок не найдено
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
tstaff-application-pending = Ждёт решения
tstaff-application-accepted = Принята
tstaff-application-declined = Отклонена
tstaff-accept = Принять
tstaff-decline-reason = Причина отказа (будет отправлена кандидату)
tstaff-decline = Отклонить
tstaff-decided = Решение сохранено, кандидату отправлено письмо.
tstaff-submitted = Отправлено { $when }
tstaff-feedback-hint = Если вы просите доработать задание, напишите отзыв.
tstaff-reviewed = Проверка сохранена, участнику отправлено письмо.
