## ارجاع‌ها: خانواده با رضایت خودش به یک خدمت ارجاع داده می‌شود و ارجاع تا وقتی خانواده کمک بگیرد پیگیری می‌شود.

referrals-title = ارجاع‌ها
referrals-new = ارجاع جدید
referrals-found = { $count ->
    [one] یک ارجاع
   *[other] { $count } ارجاع
}
referrals-none = هیچ ارجاعی با جستجو مطابقت ندارد.
referrals-filter-label = یافتن ارجاع‌ها
referrals-filter-status = وضعیت
referrals-filter-any = هر وضعیتی
referrals-filter-words = کلمات در متن‌ها
referrals-filter-overdue = فقط ارجاع‌هایی که بیش از حد منتظر مانده‌اند
referrals-filter-submit = جستجو
referrals-overdue = مدت زیادی بدون تغییر
referrals-family = خانواده
referrals-service = خدمت
referrals-worker = کارشناس ارجاع
referrals-created = تاریخ آماده‌سازی
referrals-sent = تاریخ ارسال
referrals-changed = آخرین تغییر
referrals-open = باز کردن ارجاع

## وضعیت‌ها، دلیل‌ها و نتیجه‌ها
referral-status-draft = پیش‌نویس
referral-status-sent = ارسال‌شده
referral-status-received = دریافت‌شده از سوی خدمت
referral-status-accepted = پذیرفته‌شده
referral-status-declined = ردشده
referral-status-contacted = با خانواده تماس گرفته شد
referral-status-help_started = کمک آغاز شد
referral-status-closed = بسته‌شده
referral-status-cancelled = لغوشده
referral-decline-not_eligible = شرایط دریافت این خدمت را ندارد
referral-decline-no_capacity = ظرفیت خالی وجود ندارد
referral-decline-could_not_contact = تماس با خانواده ممکن نشد
referral-decline-other = دلیل دیگر
referral-outcome-got_help = خانواده کمک گرفت
referral-outcome-could_not_get_help = خانواده نتوانست کمک بگیرد
referral-outcome-no_longer_interested = خانواده دیگر تمایلی ندارد
referral-actor-worker = کارشناس ارجاع
referral-actor-partner = خدمت (حساب همکار)
referral-actor-service_link = خدمت (از طریق لینک مخصوص خودش)
referral-actor-family = خانواده
referral-actor-family_link = خانواده (از طریق لینک مخصوص خودش)
referral-actor-system = Silta

## فرم کارشناس ارجاع
referral-new-title = آماده کردن ارجاع
referral-new-intro = پیش از رضایت خانواده هیچ چیزی فرستاده نمی‌شود. خانواده دقیقاً همان چیزی را که فرستاده خواهد شد، به زبان خودش می‌بیند.
referral-field-family-email = ایمیل یکی از بزرگسالان خانواده
referral-field-family-email-hint = دقیقاً همان نشانی‌ای که این بزرگسال با آن وارد حسابش می‌شود.
referral-field-family-given = خانوادهٔ مربوط به درخواست کمک یا نگرانی
referral-field-service-search = یافتن خدمت
referral-field-service-search-button = جستجو
referral-field-service = خدمت
referral-field-service-choose = یک خدمت انتخاب کنید
referral-field-reason = چرا خانواده ارجاع داده می‌شود
referral-field-hopes = خانواده به چه چیزی امیدوار است
referral-field-summary = خلاصه با کلمات خودتان
referral-field-summary-hint = فقط آنچه را خدمت لازم دارد بنویسید. بدون تشخیص بیماری.
referral-create = ذخیرهٔ پیش‌نویس
referral-save = ذخیرهٔ تغییرات
referral-saved = ذخیره شد.

## یک ارجاع، برای کارشناس ارجاعِ آن
referral-title = ارجاع
referral-texts = متن ارجاع
referral-edit = تغییر پیش‌نویس
referral-history = سابقه
referral-consent-state = رضایت
referral-consent-none = خانواده هنوز رضایت نداده است. تا رضایت ندهد، ارجاع را نمی‌توان فرستاد.
referral-consent-valid = معتبر
referral-consent-withdrawn = پس گرفته شده
referral-consent-expired = منقضی‌شده
referral-consent-channel-account = در حساب کاربری خودِ بزرگسال
referral-consent-channel-phone = تلفنی، ثبت‌شده توسط کارکنان
referral-consent-given-by = رضایت‌دهنده
referral-consent-recorded-by = ثبت‌کننده
referral-consent-given-at = تاریخ رضایت
referral-consent-expires-at = معتبر تا
referral-consent-withdrawn-at = تاریخ پس گرفتن
referral-consent-text-version = متن نمایش‌داده‌شده
referral-consent-items = آنچه رضایت شامل آن است
referral-phone-title = ثبت رضایتی که تلفنی داده شده است
referral-phone-adult = بزرگسال خانواده
referral-phone-show = نمایش متنی که باید خوانده شود
referral-phone-read = این متن را به زبان خودِ بزرگسال برایش بخوانید و سپس پاسخ او را ثبت کنید.
referral-phone-record = بزرگسال رضایت داد: ثبت رضایت
referral-phone-withdraw = خانواده رضایتش را تلفنی پس گرفت
referral-send = ارسال به خدمت
referral-send-hint = خدمت فقط همان چیزی را دریافت می‌کند که خانواده به آن رضایت داده است.
referral-sent-notice = ارجاع فرستاده شد.
referral-cancel = لغو ارجاع
referral-close = بستن ارجاع و ثبت نتیجه
referral-close-outcome = نتیجه
referral-change-note = یادداشت برای سابقه (به خانواده نشان داده نمی‌شود)
referral-change-save = ذخیرهٔ وضعیت
referral-from-concern = بر اساس نگرانی‌ای در یک گزارش جلسه آماده شده است.

## صفحه‌های خانواده
my-referrals-title = ارجاع‌های شما
my-referrals-intro = اینجا خدماتی را می‌بینید که کارکنان Silta به شما کمک می‌کنند به آن‌ها برسید، و اینکه هر ارجاع در چه مرحله‌ای است.
my-referrals-none = هیچ ارجاعی ندارید.
my-referral-title = ارجاع به { $service }
my-referral-status = در چه مرحله‌ای است
my-referral-consent-title = آیا رضایت می‌دهید؟
my-referral-agree = رضایت می‌دهم که این فرستاده شود
my-referral-agreed = متشکریم. رضایت شما ثبت شد.
my-referral-withdraw = پس گرفتن رضایتم
my-referral-withdraw-hint = اگر ارجاع هنوز باز باشد، با پس گرفتن رضایت لغو می‌شود.
my-referral-withdrawn = رضایت شما پس گرفته شد.
my-referral-quiet = دربارهٔ تغییرات به من خبر ندهید
my-referral-quiet-hint = همچنان می‌توانید همهٔ تغییرات را در این صفحه ببینید.
my-referral-loud = دوباره دربارهٔ تغییرات به من خبر بدهید
my-referral-quiet-on = دربارهٔ تغییرات به شما خبر داده نمی‌شود.
my-referral-quiet-off = دربارهٔ تغییرات به شما خبر داده می‌شود.
my-referral-got-help = کمک گرفتم
my-referral-got-help-hint = وقتی خدمت به شما کمک کرد، به ما بگویید؛ آن وقت ارجاع بسته می‌شود.
my-referral-thanks = از اینکه به ما خبر دادید متشکریم. ارجاع بسته شد.
my-referral-text-language = این متن به زبان شماست.
my-referral-your-consent = رضایت شما

## صفحه‌های خدمت
partner-referrals-title = ارجاع‌ها به سازمان شما
partner-referrals-none = هیچ ارجاعی به سازمان شما فرستاده نشده است.
partner-referral-title = ارجاع به { $service }
partner-referral-shared = آنچه خانواده رضایت داده است در اختیار شما گذاشته شود
partner-referral-withdrawn = خانواده رضایتش را پس گرفته است. اطلاعاتی که در اختیار گذاشته بود دیگر نشان داده نمی‌شود.
partner-referral-update = به‌روزرسانی وضعیت
partner-referral-new-status = وضعیت جدید
partner-referral-decline-reason = دلیل رد
partner-referral-outcome = نتیجه
partner-referral-updated = وضعیت به‌روز شد. به خانواده خبر داده می‌شود.
partner-referral-final = این ارجاع پایان یافته است؛ دیگر نمی‌توان وضعیت آن را تغییر داد.
referral-link-title = ارجاعی از Silta
referral-link-intro = Silta این ارجاع را با رضایت خانواده برای خدمت شما فرستاده است. این لینک تا 14 روز و فقط برای همین ارجاع کار می‌کند؛ هر بار باز شدن آن ثبت می‌شود.
referral-link-invalid = این لینک منقضی شده یا معتبر نیست. از کارشناسان ارجاع Silta لینک جدیدی بخواهید.
referral-help-title = کمک گرفتید؟
referral-help-intro = اگر خدمت به شما کمک کرده است، به ما بگویید. آن وقت ارجاع بسته می‌شود.
referral-help-done = متشکریم. ارجاع بسته شد.

## خطاها
referral-service-unknown = یک خدمت از فهرست خدمات انتخاب کنید.
referral-service-inactive = این خدمت در حال حاضر ارجاع نمی‌پذیرد.
referral-service-unreachable = این خدمت نه حساب همکار دارد و نه نشانی‌ای برای دریافت ارجاع.
referral-family-unknown = هیچ خانواده‌ای با این نشانی پیدا نشد.
referral-adult-unknown = یکی از بزرگسالان این خانواده را انتخاب کنید.
referral-not-draft = این ارجاع قبلاً فرستاده شده است و دیگر نمی‌توان آن را تغییر داد.
referral-consent-not-draft = رضایت را فقط پیش از فرستادن ارجاع می‌توان داد.
referral-consent-given = خانواده قبلاً رضایت داده است.
referral-consent-changed = ارجاع پس از نمایش متن تغییر کرده است. آن را دوباره بخوانید.
referral-consent-missing = خانواده رضایت نداده است، پس ارجاع را نمی‌توان فرستاد.
referral-consent-outdated = ارجاع پس از رضایت خانواده تغییر کرده است. از خانواده بخواهید دوباره رضایت بدهد.
referral-nothing-to-withdraw = رضایتی برای پس گرفتن وجود ندارد.
referral-change-not-allowed = این تغییر اکنون ممکن نیست.
referral-changed-meanwhile = کس دیگری در این فاصله ارجاع را تغییر داده است. صفحه را دوباره بارگیری کنید.

## متن رضایت (referral-consent-1)
referral-consent-which = کارشناس ارجاع Silta می‌خواهد ارجاعی به { $service } ({ $organisation }) بفرستد.
referral-consent-why = این خدمت از آن استفاده می‌کند تا با شما تماس بگیرد و کمکی را که امیدوارید به شما پیشنهاد کند.
referral-consent-shared = دقیقاً همین فرستاده می‌شود و هیچ چیز دیگری:
referral-consent-kept = رضایت شما 12 ماه معتبر است. Silta ارجاع و رضایت شما را تا 12 ماه پس از پایان ارجاع نگه می‌دارد. خدمت آنچه را دریافت کرده است طبق قواعد خودش دربارهٔ پرونده‌های مراجعان نگه می‌دارد.
referral-consent-withdraw = هر وقت بخواهید می‌توانید با یک کلیک در همین صفحه رضایتتان را پس بگیرید. اگر ارجاع هنوز باز باشد، با پس گرفتن رضایت لغو می‌شود.
referral-consent-purpose = ارجاع به { $service } ({ $organisation })، تا خدمت بتواند با خانواده تماس بگیرد و به آن کمک پیشنهاد کند.
referral-item-name = نام
referral-item-email = ایمیل
referral-item-languages = زبان‌های خانواده
referral-item-municipality = شهرداری
referral-item-reason = چرا ارجاع داده می‌شوید
referral-item-hopes = به چه چیزی امیدوارید
referral-item-summary = خلاصهٔ کارشناس ارجاع

## کارت‌های صفحهٔ اصلی
referral-home-family = { $count ->
    [one] یک ارجاع در انتظار پاسخ شماست
   *[other] { $count } ارجاع در انتظار پاسخ شماست
}
referral-home-family-changes = تازه‌ترین تغییرات ارجاع‌های شما
referral-home-worker = { $overdue ->
    [one] یک ارجاع بیش از حد منتظر مانده است
   *[other] { $overdue } ارجاع بیش از حد منتظر مانده‌اند
}
referral-home-worker-waiting = { $waiting ->
    [one] یک پیش‌نویس در انتظار رضایت خانواده است
   *[other] { $waiting } پیش‌نویس در انتظار رضایت خانواده‌اند
}
referral-home-partner = { $count ->
    [one] یک ارجاع جدید به سازمان شما
   *[other] { $count } ارجاع جدید به سازمان شما
}
referral-home-open-list = باز کردن فهرست

## ایمیل
mail-referral-consented-subject = خانواده‌ای به ارجاع رضایت داد
mail-referral-consented-intro = خانواده به ارجاعی که آماده کرده بودید رضایت داد. اکنون می‌توانید آن را بفرستید.
mail-referral-consented-button = باز کردن ارجاع
mail-referral-consented-outro = در این ایمیل هیچ اطلاعاتی دربارهٔ خانواده نیست.
mail-referral-new-subject = ارجاعی جدید به سازمان شما
mail-referral-new-intro = Silta ارجاعی به سازمان شما فرستاده است. آن را در صندوق ورودی خود در Silta بخوانید.
mail-referral-new-button = باز کردن ارجاع
mail-referral-new-outro = جزئیات ارجاع فقط در Silta است و هرگز در ایمیل فرستاده نمی‌شود.
mail-referral-link-subject = ارجاعی از Silta
mail-referral-link-intro = Silta با رضایت خانواده ارجاعی برای خدمت شما فرستاده است. لینک زیر تا 14 روز و فقط برای همین ارجاع کار می‌کند.
mail-referral-link-button = خواندن ارجاع
mail-referral-link-outro = در این ایمیل هیچ اطلاعات شخصی‌ای نیست. هر بار باز شدن لینک ثبت می‌شود.
mail-referral-overdue-subject = ارجاعی بیش از حد منتظر مانده است
mail-referral-overdue-intro = ارجاعی که آماده کرده‌اید { $days } روز است که تغییری نکرده است. لطفاً موضوع را با خدمت پیگیری کنید.
mail-referral-overdue-button = باز کردن ارجاع
mail-referral-overdue-outro = فقط یک بار به شما خبر داده می‌شود؛ هر تغییر تازه شمارش را از نو شروع می‌کند.
mail-referral-changed-subject = ارجاع شما یک مرحله پیش رفته است
mail-referral-changed-intro = وضعیت ارجاع شما اکنون: { $status }.
mail-referral-changed-button = دیدن ارجاع شما
mail-referral-changed-help = کمک گرفتم
mail-referral-changed-outro = در صفحهٔ ارجاع می‌توانید انتخاب کنید که دربارهٔ تغییرات به شما خبر داده نشود.
referral-concern-handled = به این نگرانی قبلاً رسیدگی شده است، یا پیدا نمی‌شود.
referral-concern-not-in-group = این خانواده عضو گروهی نیست که نگرانی در گزارش جلسهٔ آن مطرح شده است.
