## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = این خدمت هنوز توضیحی به زبان شما ندارد؛ اینجا به زبان فنلاندی است.
directory-fallback-sv = این خدمت هنوز توضیحی به زبان شما ندارد؛ اینجا به زبان سوئدی است.
directory-fallback-en = این خدمت هنوز توضیحی به زبان شما ندارد؛ اینجا به زبان انگلیسی است.
directory-details-in-fi = جزئیات زیر به زبان فنلاندی است.
directory-details-in-sv = جزئیات زیر به زبان سوئدی است.
directory-details-in-en = جزئیات زیر به زبان انگلیسی است.
directory-category-child_health_clinic = مرکز بهداشت کودک
directory-category-family_counselling = مشاوره خانواده
directory-category-family_centre = مرکز خانواده
directory-category-family_social_work = مددکاری اجتماعی خانواده
directory-category-home_help = کمک در خانه برای خانواده‌های دارای فرزند
directory-category-early_education = آموزش دوران کودکی
directory-category-mental_health = سلامت روان
directory-category-integration = خدمات ادغام
directory-category-interpreters = مترجم شفاهی
directory-category-child_welfare = حمایت از کودک
directory-status-active = فعال
directory-status-temporarily_closed = موقتاً بسته
directory-languages = زبان‌ها
directory-phone = تلفن
directory-email = ایمیل
directory-website = وب‌سایت
directory-address = نشانی
directory-online = آنلاین
directory-directions = مسیر
directory-hours = ساعات کاری
directory-ages = سن
directory-ages-range = { $min }–{ $max } سال
directory-eligibility = برای چه کسانی
directory-how-to-apply = نحوه درخواست
directory-last-checked = آخرین بررسی
directory-category = دسته
help-find-title = یافتن کمک در نزدیکی من
help-find-intro = خدمات برای خانواده‌های دارای فرزند در محل زندگی شما. یک دسته یا زبان انتخاب کنید یا با کلمات جستجو کنید.
help-find-filters = جستجوی خدمات
help-municipality = شهرداری
help-anywhere = هر جای فنلاند
help-language = زبان خدمت
help-words = کلمات
help-find-submit = جستجو
help-found = { $count ->
    [0] خدمتی پیدا نشد
    [one] یک خدمت
   *[other] { $count } خدمت
}
help-none-found = نتیجه‌ای نیست. دسته یا زبان دیگری را امتحان کنید یا در همه جای فنلاند جستجو کنید.
help-not-sure = نمی‌دانید به کجا مراجعه کنید؟
help-not-sure-text = کارکنان Silta می‌توانند به شما کمک کنند خدمت مناسب را پیدا کنید و به آن برسید.
help-ask-general = از کارکنان Silta کمک بخواهید
help-ask-general-text = به‌طور خلاصه بگویید چه نیاز دارید. یک کارشناس ارجاع با شما تماس می‌گیرد.
help-back-to-results = بازگشت به جستجو
help-asked-notice = متشکریم. کارکنان Silta درخواست شما را دریافت کردند و با شما تماس می‌گیرند.
help-my-requests = درخواست‌های کمک من
help-how-to-get-there = چگونه به آنجا برسید
help-no-address = نشانی داده نشده است. برای محل مراجعه با خدمت تماس بگیرید.
help-contact = راه‌های تماس
help-details = اطلاعات بیشتر درباره خدمت
help-ask-title = از کارکنان Silta بخواهید کمکم کنند به آنجا برسم
help-ask-text = یک کارشناس ارجاع با شما تماس می‌گیرد. او نام شما، شهرداری شما و آنچه اینجا می‌نویسید را می‌بیند.
help-message = پیام (اختیاری)
help-message-hint = مثلاً زمان مناسب برای تماس، یا اینکه به مترجم نیاز دارید. اطلاعات سلامتی لازم نیست.
help-ask-submit = ارسال درخواست
help-requests-intro = آنچه از کارکنان Silta خواسته‌اید و اینکه آیا رسیدگی شده است.
help-service-gone = خدمتی که دیگر فهرست نشده است
help-general-request = درخواست کمک عمومی
help-sent-on = ارسال شده
help-state-handled = رسیدگی شد
help-state-open = در انتظار کارکنان
help-no-requests = هنوز درخواستی ارسال نکرده‌اید.
help-home-title = به کمک یک خدمت نیاز دارید؟
help-home-text = خدمات خانواده را در نزدیکی خود پیدا کنید، در صورت امکان به زبان خودتان.
help-home-open = { $count ->
    [0] به همه درخواست‌های شما رسیدگی شده است
    [one] یک درخواست در انتظار کارکنان
   *[other] { $count } درخواست در انتظار کارکنان
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = فهرست خدمات
directory-staff-nav = صفحه‌های فهرست خدمات
directory-services = خدمات
directory-service-new = افزودن خدمت
directory-service-edit = ویرایش خدمت
directory-organisations = سازمان‌ها
directory-categories = دسته‌ها
directory-filters = جستجوی خدمات
directory-status = وضعیت
directory-status-inactive = دیگر ارائه نمی‌شود
directory-name = نام
directory-name-fi = نام به فنلاندی
directory-name-sv = نام به سوئدی
directory-name-en = نام به انگلیسی
directory-organisation = سازمان
directory-organisation-choose = یک سازمان انتخاب کنید
directory-organisation-add = افزودن سازمان
directory-organisation-search = نام سازمان
directory-organisations-found = { $count ->
    [0] هیچ سازمانی نیست
    [one] یک سازمان
   *[other] { $count } سازمان
}
directory-organisations-none = هیچ سازمانی مطابقت ندارد.
directory-never-checked = هرگز
directory-summaries = خلاصه‌ها به زبان‌های خانواده‌ها
directory-summaries-count = { $count } از { $all }
directory-summaries-edit = نوشتن خلاصه‌ها به زبان‌های خانواده‌ها
directory-back-to-service = بازگشت به خدمت
directory-saved = ذخیره شد.
directory-checked-today = امروز بررسی شد
directory-checked-hint = ثبت می‌کند که امروز کل این مورد را بررسی کرده‌اید. تاریخ را می‌توان در فرم زیر تغییر داد.
directory-checked-notice = ثبت شد که امروز بررسی شده است.
directory-basics = سازمان و وضعیت
directory-texts-fi = به فنلاندی
directory-texts-sv = به سوئدی
directory-texts-en = به انگلیسی
directory-summary = خلاصه
directory-description = توضیحات
directory-reaching = سن و راه دسترسی به خدمت
directory-minimum-age = حداقل سن
directory-maximum-age = حداکثر سن
directory-referral-email = نشانی دریافت ارجاع‌ها
directory-referral-email-hint = فقط وقتی به کار می‌رود که هیچ‌کس در سازمان حساب همکار نداشته باشد. به این نشانی فقط یک پیوند فرستاده می‌شود، هرگز اطلاعات خانواده.
directory-areas = محل ارائهٔ خدمت
directory-areas-hint = کل کشور، مناطق رفاه یا شهرداری‌های جداگانه. برای انتخاب چند مورد، کلید Ctrl (یا Cmd) را نگه دارید.
directory-areas-required = مشخص کنید خدمت کجا ارائه می‌شود.
directory-area-country = کل کشور
directory-area-counties = مناطق رفاه
directory-area-municipalities = شهرداری‌ها
directory-locations = مکان‌ها
directory-rows-hint = برای حذف یک ردیف، همهٔ فیلدهای آن را خالی کنید.
directory-location-n = مکان { $n }
directory-location-name = نام مکان
directory-street = نشانی خیابان
directory-postal-code = کد پستی
directory-post-office = دفتر پست
directory-location-municipality = شهرداری
directory-none = هیچ‌کدام
directory-online-link = نشانی وب (برای خدمت آنلاین)
directory-directions-hint = حمل‌ونقل عمومی، ورودی، دسترس‌پذیری.
directory-location-needs-place = نشانی خیابان یا نشانی وب را وارد کنید.
directory-contacts = اطلاعات تماس
directory-contact-n = تماس { $n }
directory-contact-name = نام یا واحد
directory-contact-title = عنوان شغلی
directory-contact-note = یادداشت
directory-contact-note-hint = مثلاً زمان تماس: دوشنبه تا جمعه 9–11.
directory-contact-needs-way = شماره تلفن یا نشانی ایمیل را وارد کنید.
directory-hours-n = ساعات کاری، ردیف { $n }
directory-weekday = روز
directory-opens = ساعت باز شدن
directory-closes = ساعت بسته شدن
directory-hours-where = کجا
directory-hours-service = خود خدمت
directory-time-invalid = زمان را به شکل HH:MM بنویسید.
directory-closes-before-opens = ساعت بسته شدن باید بعد از ساعت باز شدن باشد.
directory-ages-order = حداکثر سن نمی‌تواند کمتر از حداقل سن باشد.
directory-url-invalid = نشانی وبی بنویسید که با https:// شروع شود.
directory-save = ذخیره
summary-intro = به هر یک از زبان‌های خانواده‌ها یک خلاصهٔ کوتاه بنویسید: این خدمت چیست و برای چه کسانی است. ذخیرهٔ هر تغییر، بازبینی خلاصه را لغو می‌کند. برای حذف خلاصه، آن را خالی و ذخیره کنید. خانواده‌ها خلاصه را وقتی می‌بینند که یکی از کارکنان آن را نوشته یا بازبینی کرده باشد.
summary-in-ar = عربی
summary-in-so = سومالیایی
summary-in-ru = روسی
summary-in-uk = اوکراینی
summary-in-fa = فارسی
summary-in-et = استونیایی
summary-missing = هنوز خلاصه‌ای نوشته نشده است.
summary-written-by = نوشتهٔ { $name }
summary-reviewed-by = بازبینی‌شده توسط { $name }
summary-not-reviewed = بازبینی نشده
summary-reviewed = بازبینی‌شده
summary-field-name = نام خدمت به این زبان (اختیاری)
summary-field-summary = خلاصه
summary-save = ذخیرهٔ خلاصه
summary-review = علامت‌گذاری به‌عنوان بازبینی‌شده
summary-unreview = پس گرفتن بازبینی
partner-accounts = حساب‌های همکار شهرداری
partner-intro = ارجاع‌ها به خدمات این سازمان به این حساب‌ها می‌رسند.
partner-none = هیچ حساب همکاری پیوند داده نشده است.
partner-added = پیوند داده‌شده در
partner-unlink = حذف پیوند
partner-email = نشانی ایمیل حساب همکار
partner-email-hint = حساب باید از پیش با نقش همکار شهرداری وجود داشته باشد (اول از صاحب آن دعوت کنید).
partner-link = پیوند دادن حساب
partner-linked = حساب پیوند داده شد.
partner-unlinked = پیوند حساب حذف شد. اگر اشتباه بود، در پایین دوباره آن را پیوند دهید.
directory-partner-unknown = هیچ حساب همکار شهرداری با این نشانی وجود ندارد.
category-intro = دسته‌هایی که خانواده‌ها می‌توانند با آن‌ها جستجو کنند. دسته‌های پیش‌فرض ترجمه شده‌اند؛ دسته‌هایی که شما اضافه می‌کنید همان نامی را که به آن‌ها می‌دهید نگه می‌دارند. دسته‌های بایگانی‌شده روی خدمات باقی می‌مانند، اما دیگر برای انتخاب ارائه نمی‌شوند.
category-archived = بایگانی‌شده
category-archive = بایگانی
category-restore = بازگردانی
category-rename = تغییر نام
category-add = افزودن دسته
category-label = نام
help-queue-title = درخواست‌های کمک
help-queue-intro = خانواده‌هایی که از کارکنان Silta می‌خواهند کمکشان کنند به یک خدمت برسند. آنچه خانواده نوشته و نام و شهرداری آن را می‌بینید.
help-queue-filters = جستجوی درخواست‌های کمک
help-queue-municipality = شهرداری خانواده
help-queue-state = نمایش
help-queue-state-open = در انتظار
help-queue-state-handled = رسیدگی‌شده
help-queue-state-all = همه
help-queue-found = { $count ->
    [0] درخواستی نیست
    [one] یک درخواست
   *[other] { $count } درخواست
}
help-queue-empty = اینجا چیزی نیست.
help-queue-mark = علامت‌گذاری به‌عنوان رسیدگی‌شده
help-queue-reopen = باز کردن دوباره
help-queue-marked = به‌عنوان رسیدگی‌شده علامت خورد.
help-queue-see-handled = درخواست‌های رسیدگی‌شده را ببینید (آنجا می‌توانید هر کدام را دوباره باز کنید).
help-queue-reopened = درخواست دوباره در انتظار است.
help-request-already-handled = کسی پیش‌تر این درخواست را رسیدگی‌شده علامت زده است.
help-request-already-open = این درخواست از قبل در انتظار است.
help-home-queue = { $count ->
    [0] هیچ درخواست کمکی در انتظار نیست
    [one] یک درخواست کمک در انتظار است
   *[other] { $count } درخواست کمک در انتظار است
}
help-home-queue-open = باز کردن درخواست‌های کمک
