# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = Сторінки результатів
pagination-previous = Попередня сторінка
pagination-next = Наступна сторінка
pagination-page = Сторінка { $current } з { $pages }
field-limit-range = Виберіть число від { $min } до { $max }.
field-cursor-invalid = Адреса сторінки застаріла або неправильна. Почніть з початку списку.
field-page-invalid = Виберіть номер сторінки від 1 і вище.
field-too-long = Не більше { $max } символів.
