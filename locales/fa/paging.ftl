# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = صفحه‌های نتایج
pagination-previous = صفحهٔ قبل
pagination-next = صفحهٔ بعد
pagination-page = صفحهٔ { $current } از { $pages }
field-limit-range = عددی از { $min } تا { $max } انتخاب کنید.
field-cursor-invalid = نشانی این صفحه قدیمی یا نادرست است. از ابتدای فهرست شروع کنید.
field-page-invalid = شمارهٔ صفحه را از ۱ به بالا انتخاب کنید.
field-too-long = حداکثر { $max } نویسه بنویسید.
