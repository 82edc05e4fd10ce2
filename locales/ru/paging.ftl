# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = Страницы результатов
pagination-previous = Предыдущая страница
pagination-next = Следующая страница
pagination-page = Страница { $current } из { $pages }
field-limit-range = Выберите число от { $min } до { $max }.
field-cursor-invalid = Адрес страницы устарел или неверен. Начните со начала списка.
field-page-invalid = Выберите номер страницы от 1 и выше.
field-too-long = Не больше { $max } символов.
