error-bad-request = Что-то в запросе не так
error-bad-request-detail = Пожалуйста, проверьте введённые данные и попробуйте ещё раз.
error-unauthorized = Пожалуйста, войдите
error-unauthorized-detail = Чтобы увидеть эту страницу, нужно войти.
error-forbidden = Нет доступа
error-forbidden-detail = У вас нет прав для просмотра этой страницы.
error-not-found = Страница не найдена
error-not-found-detail = Мы не нашли то, что вы искали. Возможно, адрес указан неверно или страница переехала.
error-method-not-allowed = Здесь это невозможно
error-method-not-allowed-detail = Этот адрес не принимает такой тип запросов.
error-conflict = Уже изменено
error-conflict-detail = Кто-то изменил это одновременно с вами. Пожалуйста, перезагрузите страницу и попробуйте ещё раз.
error-payload-too-large = Слишком много данных
error-payload-too-large-detail = Отправленные данные слишком велики. Пожалуйста, сократите их и попробуйте ещё раз.
error-unsupported-media-type = Неподдерживаемый формат
error-unsupported-media-type-detail = Этот адрес не принимает данные в таком формате.
error-too-many-requests = Слишком много попыток
error-too-many-requests-detail = Пожалуйста, подождите немного и попробуйте ещё раз.
error-unavailable = Сервис Silta сейчас недоступен
error-unavailable-detail = Пожалуйста, попробуйте ещё раз чуть позже.
error-internal = Что-то пошло не так
error-internal-detail = На нашей стороне произошла ошибка. Вы ни в чём не виноваты. Пожалуйста, попробуйте позже.
error-try-again-in =
    { $minutes ->
        [one] Пожалуйста, попробуйте снова через { $minutes } минуту.
        [few] Пожалуйста, попробуйте снова через { $minutes } минуты.
        [many] Пожалуйста, попробуйте снова через { $minutes } минут.
       *[other] Пожалуйста, попробуйте снова через { $minutes } минуты.
    }
error-invalid-input = Пожалуйста, исправьте отмеченные поля.
error-invalid-json = Тело запроса не является корректным JSON для этого адреса.
error-invalid-form = Не удалось прочитать форму. Пожалуйста, попробуйте ещё раз.
error-invalid-query = В адресе есть значение, которое нам непонятно.
error-reference = Код ошибки: { $reference }
error-back-home = Вернуться на главную страницу
error-token-invalid = Ваш сеанс истёк или недействителен. Пожалуйста, войдите снова.
error-csrf = Срок действия формы истёк. Пожалуйста, вернитесь назад, перезагрузите страницу и попробуйте ещё раз.
link-expired-title = Эта ссылка больше не работает
link-expired = Ссылка уже использована, или срок её действия истёк. Вы можете запросить новую.
field-choice-unknown = Выберите один из предложенных вариантов.
field-required = Это поле не заполнено.
field-wrong-type = У значения неверный тип (например, текст вместо числа).
field-invalid-value = Это значение недопустимо.
