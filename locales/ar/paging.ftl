# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = صفحات النتائج
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $current } من { $pages }
field-limit-range = اختاروا عددًا من { $min } إلى { $max }.
field-cursor-invalid = عنوان هذه الصفحة قديم أو غير صحيح. ابدؤوا من أول القائمة.
field-page-invalid = اختاروا رقم صفحة من 1 فما فوق.
field-too-long = اكتبوا { $max } حرفًا على الأكثر.
