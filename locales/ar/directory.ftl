## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = لا يوجد وصف لهذه الخدمة بلغتك بعد؛ إليك الوصف باللغة الفنلندية.
directory-fallback-sv = لا يوجد وصف لهذه الخدمة بلغتك بعد؛ إليك الوصف باللغة السويدية.
directory-fallback-en = لا يوجد وصف لهذه الخدمة بلغتك بعد؛ إليك الوصف باللغة الإنجليزية.
directory-details-in-fi = التفاصيل أدناه باللغة الفنلندية.
directory-details-in-sv = التفاصيل أدناه باللغة السويدية.
directory-details-in-en = التفاصيل أدناه باللغة الإنجليزية.
directory-category-child_health_clinic = عيادة صحة الطفل
directory-category-family_counselling = الإرشاد الأسري
directory-category-family_centre = مركز الأسرة
directory-category-family_social_work = العمل الاجتماعي الأسري
directory-category-home_help = المساعدة المنزلية للأسر التي لديها أطفال
directory-category-early_education = التعليم في الطفولة المبكرة
directory-category-mental_health = الصحة النفسية
directory-category-integration = خدمات الاندماج
directory-category-interpreters = المترجمون
directory-category-child_welfare = رعاية الطفل
directory-status-active = مفتوحة
directory-status-temporarily_closed = مغلقة مؤقتًا
directory-languages = اللغات
directory-phone = الهاتف
directory-email = البريد الإلكتروني
directory-website = الموقع الإلكتروني
directory-address = العنوان
directory-online = عبر الإنترنت
directory-directions = إرشادات الوصول
directory-hours = ساعات العمل
directory-ages = الأعمار
directory-ages-range = { $min }–{ $max } سنة
directory-eligibility = لمن هذه الخدمة
directory-how-to-apply = كيفية التقديم
directory-last-checked = آخر تحقق
directory-category = الفئة
help-find-title = ابحث عن مساعدة بالقرب مني
help-find-intro = خدمات للأسر التي لديها أطفال في مكان سكنك. اختر فئة أو لغة، أو ابحث بالكلمات.
help-find-filters = البحث عن الخدمات
help-municipality = البلدية
help-anywhere = في أي مكان في فنلندا
help-language = لغة الخدمة
help-words = كلمات البحث
help-find-submit = بحث
help-found = { $count ->
    [0] لم يتم العثور على خدمات
    [one] خدمة واحدة
   *[other] عدد الخدمات: { $count }
}
help-none-found = لا توجد نتائج. جرّب فئة أو لغة أخرى، أو ابحث في كل فنلندا.
help-not-sure = لا تعرف إلى أين تتجه؟
help-not-sure-text = يمكن لموظفي Silta مساعدتك في العثور على الخدمة المناسبة والوصول إليها.
help-ask-general = اطلب المساعدة من موظفي Silta
help-ask-general-text = أخبرنا باختصار بما تحتاجه. سيتواصل معك أحد موظفي الإحالة.
help-back-to-results = العودة إلى البحث
help-asked-notice = شكرًا لك. تلقّى موظفو Silta طلبك وسيتواصلون معك.
help-my-requests = طلبات المساعدة الخاصة بي
help-how-to-get-there = كيفية الوصول
help-no-address = لا يوجد عنوان. تواصل مع الخدمة لمعرفة المكان.
help-contact = طرق التواصل
help-details = المزيد عن الخدمة
help-ask-title = اطلب من موظفي Silta مساعدتي في الوصول إلى هناك
help-ask-text = سيتواصل معك أحد موظفي الإحالة. سيرى اسمك وبلديتك وما تكتبه هنا.
help-message = رسالة (اختياري)
help-message-hint = مثلًا أفضل وقت للاتصال بك، أو أنك تحتاج إلى مترجم. لا حاجة إلى معلومات صحية.
help-ask-submit = أرسل الطلب
help-requests-intro = ما طلبته من موظفي Silta، وهل تمت معالجته.
help-service-gone = خدمة لم تعد مدرجة
help-general-request = طلب مساعدة عام
help-sent-on = أُرسل
help-state-handled = تمت معالجته
help-state-open = بانتظار الموظفين
help-no-requests = لم ترسل أي طلبات بعد.
help-home-title = هل تحتاج إلى مساعدة من خدمة؟
help-home-text = ابحث عن خدمات للأسر بالقرب منك، بلغتك حيثما أمكن.
help-home-open = { $count ->
    [0] تمت معالجة جميع طلباتك
    [one] طلب واحد بانتظار الموظفين
   *[other] عدد الطلبات بانتظار الموظفين: { $count }
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = دليل الخدمات
directory-staff-nav = صفحات الدليل
directory-services = الخدمات
directory-service-new = إضافة خدمة
directory-service-edit = تعديل الخدمة
directory-organisations = المنظمات
directory-categories = الفئات
directory-filters = البحث عن الخدمات
directory-status = الحالة
directory-status-inactive = لم تعد متاحة
directory-name = الاسم
directory-name-fi = الاسم بالفنلندية
directory-name-sv = الاسم بالسويدية
directory-name-en = الاسم بالإنجليزية
directory-organisation = المنظمة
directory-organisation-choose = اختاروا منظمة
directory-organisation-add = إضافة منظمة
directory-organisation-search = اسم المنظمة
directory-organisations-found = { $count ->
    [0] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}
directory-organisations-none = لا توجد منظمات مطابقة.
directory-never-checked = لم يتم التحقق قط
directory-summaries = الملخصات بلغات الأسر
directory-summaries-count = { $count } من { $all }
directory-summaries-edit = كتابة الملخصات بلغات الأسر
directory-back-to-service = العودة إلى الخدمة
directory-saved = تم الحفظ.
directory-checked-today = تم التحقق اليوم
directory-checked-hint = يسجّل أنكم تحققتم اليوم من البيانات كاملةً. يمكن تغيير التاريخ في النموذج أدناه.
directory-checked-notice = سُجِّل أنه تم التحقق اليوم.
directory-basics = المنظمة والحالة
directory-texts-fi = بالفنلندية
directory-texts-sv = بالسويدية
directory-texts-en = بالإنجليزية
directory-summary = الملخص
directory-description = الوصف
directory-reaching = الأعمار وكيفية الوصول إلى الخدمة
directory-minimum-age = الحد الأدنى للعمر
directory-maximum-age = الحد الأقصى للعمر
directory-referral-email = عنوان استقبال الإحالات
directory-referral-email-hint = يُستخدم فقط عندما لا يملك أحد في المنظمة حساب شريك. لا يُرسَل إليه إلا رابط، ولا تُرسَل إليه بيانات الأسرة أبدًا.
directory-areas = أين تُقدَّم الخدمة
directory-areas-hint = البلد كله، أو مناطق الرفاه، أو بلديات بعينها. لاختيار أكثر من خيار، اضغطوا باستمرار على Ctrl (أو Cmd).
directory-areas-required = اختاروا أين تُقدَّم الخدمة.
directory-area-country = البلد كله
directory-area-counties = مناطق الرفاه
directory-area-municipalities = البلديات
directory-locations = المواقع
directory-rows-hint = لحذف صف، أفرغوا جميع حقوله.
directory-location-n = الموقع { $n }
directory-location-name = اسم المكان
directory-street = عنوان الشارع
directory-postal-code = الرمز البريدي
directory-post-office = مكتب البريد
directory-location-municipality = البلدية
directory-none = غير محدد
directory-online-link = عنوان الموقع الإلكتروني (للخدمة عبر الإنترنت)
directory-directions-hint = وسائل النقل العام، والمدخل، وسهولة الوصول.
directory-location-needs-place = أدخلوا عنوان الشارع أو عنوان الموقع الإلكتروني.
directory-contacts = جهات الاتصال
directory-contact-n = جهة الاتصال { $n }
directory-contact-name = الاسم أو المكتب
directory-contact-title = المسمى الوظيفي
directory-contact-note = ملاحظة
directory-contact-note-hint = مثلًا متى يمكن الاتصال: من الاثنين إلى الجمعة 9–11.
directory-contact-needs-way = أدخلوا رقم هاتف أو عنوان بريد إلكتروني.
directory-hours-n = ساعات العمل، الصف { $n }
directory-weekday = اليوم
directory-opens = وقت الفتح
directory-closes = وقت الإغلاق
directory-hours-where = المكان
directory-hours-service = الخدمة عمومًا
directory-time-invalid = اكتبوا الوقت بالصيغة HH:MM.
directory-closes-before-opens = يجب أن يكون وقت الإغلاق بعد وقت الفتح.
directory-ages-order = لا يمكن أن يكون الحد الأقصى للعمر أقل من الحد الأدنى.
directory-url-invalid = اكتبوا عنوان موقع إلكتروني يبدأ بـ https://.
directory-save = حفظ
summary-intro = اكتبوا ملخصًا قصيرًا بكل لغة من لغات الأسر: ما هذه الخدمة ولمن هي. حفظ أي تعديل يلغي مراجعة الملخص. لحذف الملخص أفرغوه ثم احفظوه. ترى الأسر الملخص بعد أن يكتبه أحد الموظفين أو يراجعه.
summary-in-ar = العربية
summary-in-so = الصومالية
summary-in-ru = الروسية
summary-in-uk = الأوكرانية
summary-in-fa = الفارسية
summary-in-et = الإستونية
summary-missing = لا يوجد ملخص بعد.
summary-written-by = كتبه { $name }
summary-reviewed-by = راجعه { $name }
summary-not-reviewed = لم تتم مراجعته
summary-reviewed = تمت مراجعته
summary-field-name = اسم الخدمة بهذه اللغة (اختياري)
summary-field-summary = الملخص
summary-save = حفظ الملخص
summary-review = وضع علامة «تمت المراجعة»
summary-unreview = إلغاء المراجعة
partner-accounts = حسابات الشركاء من البلدية
partner-intro = تصل الإحالات إلى خدمات هذه المنظمة إلى هذه الحسابات.
partner-none = لا توجد حسابات شركاء مرتبطة.
partner-added = رُبط في
partner-unlink = إلغاء الربط
partner-email = البريد الإلكتروني لحساب الشريك
partner-email-hint = يجب أن يكون الحساب موجودًا مسبقًا وله دور الشريك من البلدية (ادعوا صاحبه أولًا).
partner-link = ربط الحساب
partner-linked = تم ربط الحساب.
partner-unlinked = تم إلغاء ربط الحساب. إذا كان ذلك خطأً، فاربطوه من جديد أدناه.
directory-partner-unknown = لا يوجد حساب شريك من البلدية بهذا العنوان.
category-intro = الفئات التي يمكن للأسر البحث بها. الفئات المدمجة مترجمة؛ أما الفئات التي تضيفونها فتحتفظ بالاسم الذي تعطونها إياه. تبقى الفئات المؤرشفة مرتبطة بالخدمات، لكنها لم تعد معروضة للاختيار.
category-archived = مؤرشفة
category-archive = أرشفة
category-restore = استعادة
category-rename = إعادة تسمية
category-add = إضافة فئة
category-label = الاسم
help-queue-title = طلبات المساعدة
help-queue-intro = أسر تطلب من موظفي Silta مساعدتها في الوصول إلى خدمة. ترون ما كتبته الأسرة واسمها وبلديتها.
help-queue-filters = البحث في طلبات المساعدة
help-queue-municipality = بلدية الأسرة
help-queue-state = إظهار
help-queue-state-open = قيد الانتظار
help-queue-state-handled = تمت معالجتها
help-queue-state-all = الكل
help-queue-found = { $count ->
    [0] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
help-queue-empty = لا يوجد شيء هنا.
help-queue-mark = وضع علامة «تمت المعالجة»
help-queue-reopen = إعادة الفتح
help-queue-marked = سُجِّل الطلب كمُعالَج.
help-queue-see-handled = عرض الطلبات المُعالَجة (يمكنكم إعادة فتح أي منها هناك).
help-queue-reopened = عاد الطلب إلى الانتظار.
help-request-already-handled = سبق أن سجّل أحدهم هذا الطلب كمُعالَج.
help-request-already-open = هذا الطلب قيد الانتظار بالفعل.
help-home-queue = { $count ->
    [0] لا توجد طلبات مساعدة قيد الانتظار
    [one] طلب مساعدة واحد قيد الانتظار
    [two] طلبا مساعدة قيد الانتظار
    [few] { $count } طلبات مساعدة قيد الانتظار
    [many] { $count } طلبَ مساعدة قيد الانتظار
   *[other] { $count } طلب مساعدة قيد الانتظار
}
help-home-queue-open = فتح طلبات المساعدة
