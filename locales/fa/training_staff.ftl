## صفحه‌های آموزش برای کارکنان: نوشتن دوره‌ها، گروه‌های آموزشی، درخواست‌ها، تکلیف‌های بررسی، کارت‌های صفحهٔ اصلی

tstaff-nav-label = صفحه‌های آموزش
tstaff-overview = نمای کلی
tstaff-courses = دوره‌ها
tstaff-courses-count = { $count ->
    [one] یک دوره
   *[other] { $count } دوره
}
tstaff-open-courses = نوشتن و انتشار دوره‌ها
tstaff-open-applications = باز کردن درخواست‌ها
tstaff-open-reviews = باز کردن تکلیف‌های بررسی
tstaff-applications-waiting = { $count ->
    [0] هیچ درخواستی در انتظار نیست.
    [one] یک درخواست در انتظار تصمیم است.
   *[other] { $count } درخواست در انتظار تصمیم است.
}
tstaff-applications-late = یکی از درخواست‌ها بیش از دو هفته منتظر مانده است.
tstaff-reviews-waiting = { $count ->
    [0] هیچ تکلیفی در انتظار بررسی نیست.
    [one] یک تکلیف در انتظار بررسی است.
   *[other] { $count } تکلیف در انتظار بررسی است.
}
tstaff-reviews-late = یکی از تکلیف‌ها بیش از یک هفته منتظر مانده است.
tstaff-your-cohorts = گروه‌های آموزشی شما
tstaff-candidates-count = { $count ->
    [one] یک شرکت‌کننده
   *[other] { $count } شرکت‌کننده
}
tstaff-course-title = عنوان دوره
tstaff-course-new = دورهٔ جدید
tstaff-course-create = ساختن دوره
tstaff-course-created = دوره ساخته شد. نخستین بخش آن را اضافه کنید.
tstaff-expiry-days = مدت اعتبار گواهی (روز)
tstaff-expiry-days-hint = از ۳۰ تا ۳۶۵۰ روز؛ ۷۳۰ روز یعنی دو سال.
tstaff-days = { $count ->
    [one] یک روز
   *[other] { $count } روز
}
tstaff-version-n = نسخهٔ { $version }
tstaff-status = وضعیت
tstaff-status-draft = { $count ->
    [0] پیش‌نویس، هنوز بخشی ندارد
    [one] پیش‌نویس با یک بخش، منتشرنشده
   *[other] پیش‌نویس با { $count } بخش، منتشرنشده
}
tstaff-status-published = نسخهٔ { $version } منتشر شده؛ پیش‌نویس تغییری ندارد
tstaff-status-changed = نسخهٔ { $version } منتشر شده؛ پیش‌نویس تغییراتی دارد که هنوز منتشر نشده‌اند
tstaff-versioning-help = شما همیشه پیش‌نویس را ویرایش می‌کنید. با انتشار، پیش‌نویس نسخهٔ بعدی می‌شود؛ گروه‌هایی که شروع کرده‌اند نسخهٔ خود را نگه می‌دارند.
tstaff-draft-modules = بخش‌های پیش‌نویس به ترتیب
tstaff-no-modules = این دوره هنوز بخشی ندارد.
tstaff-questions-count = { $count ->
    [one] یک پرسش آزمونک
   *[other] { $count } پرسش آزمونک
}
tstaff-module-add = افزودن بخش
tstaff-module-added = بخش به پیش‌نویس اضافه شد.
tstaff-publish = انتشار
tstaff-publish-first = با انتشار، پیش‌نویس نسخهٔ ۱ می‌شود و گروه‌ها می‌توانند آن را دنبال کنند.
tstaff-publish-next = با انتشار، پیش‌نویس نسخهٔ { $version } می‌شود. گروه‌هایی که شروع کرده‌اند نسخهٔ خود را نگه می‌دارند.
tstaff-published = نسخهٔ { $version } منتشر شد.
tstaff-rule = این بخش چگونه کامل می‌شود؟
tstaff-rule-read = با خواندن آن
tstaff-rule-quiz = با قبولی در آزمونک آن
tstaff-rule-task = با تکلیفی که مربی می‌پذیرد
tstaff-rule-live = با شرکت در یک جلسهٔ زنده
tstaff-refresher = بخش بازآموزی (گواهی را تمدید می‌کند؛ برای گواهی نخست لازم نیست)
tstaff-module-languages = زبان‌های این بخش
tstaff-module-languages-hint = زبان‌هایی را که بخش را به آن‌ها می‌نویسید انتخاب کنید و «نمایش این زبان‌ها» را بزنید. آنچه نوشته‌اید حفظ می‌شود.
tstaff-languages-update = نمایش این زبان‌ها
tstaff-module-title = عنوان
tstaff-module-body = متن (Markdown)
tstaff-task-prompt = تکلیف برای شرکت‌کننده (اگر بخش تکلیف دارد)
tstaff-markdown-hint = Markdown: ‏# عنوان، ‏**پررنگ**، ‏*کج*، ‏- فهرست، ‏[پیوند](https://…). HTML و تصویرها نمایش داده نمی‌شوند.
tstaff-preview = پیش‌نمایش
tstaff-preview-of = پیش‌نمایش: { $language }
tstaff-quiz-hint = اگر بخش آزمونک ندارد، پرسش‌ها را خالی بگذارید. ردیف‌های خالی پاسخ کنار گذاشته می‌شوند.
tstaff-pass-mark = نمرهٔ قبولی (٪ پرسش‌هایی که درست پاسخ داده شوند)
tstaff-attempts = تعداد دفعات مجاز (۱ تا ۱۰)
tstaff-question-n = پرسش { $number }
tstaff-question-text = پرسش ({ $language })
tstaff-question-multiple = چند پاسخ می‌تواند درست باشد (کادرهای انتخاب)
tstaff-answer-n = پاسخ { $number }
tstaff-answer-text = پاسخ ({ $language })
tstaff-answer-feedback = بازخورد هنگام انتخاب ({ $language })
tstaff-answer-correct = این پاسخ درست است
tstaff-question-add = افزودن پرسش
tstaff-module-save = ذخیرهٔ بخش
tstaff-cohort-new = باز کردن گروه آموزشی
tstaff-cohort-course = دوره (نسخهٔ منتشرشده)
tstaff-cohort-name = نام گروه
tstaff-deadline-days = روزها تا مهلت
tstaff-deadline-days-hint = از ۱ تا ۷۳۰ روز از امروز.
tstaff-cohort-create = باز کردن گروه
tstaff-cohort-created = گروه آموزشی باز شد. متقاضیان را از صفحهٔ درخواست‌ها در آن بپذیرید.
tstaff-no-published-courses = هنوز هیچ دوره‌ای منتشر نشده است. ابتدا مربی یک دوره منتشر می‌کند.
tstaff-candidates = شرکت‌کنندگان
tstaff-no-candidates = این گروه هنوز شرکت‌کننده‌ای ندارد.
tstaff-completion = پیشرفت
tstaff-go-to-candidate = رفتن به فرم شرکت‌کننده
tstaff-saved = ذخیره شد.
tstaff-practice-none = هنوز ارزیابی نشده
tstaff-extend-days = تمدید مهلت به مدت (روز)
tstaff-extend = تمدید
tstaff-practice-score = تمرین زیر نظر
tstaff-practice-comments = توضیحات دربارهٔ تمرین
tstaff-practice-save = ذخیرهٔ ارزیابی تمرین
tstaff-quiz-exhausted = همهٔ دفعات آزمونک «{ $module }» استفاده شده است.
tstaff-reset = دادن دور تازه‌ای از دفعات
tstaff-attended = در جلسهٔ زندهٔ «{ $module }» شرکت کرد
tstaff-sign-off = تأیید آموزش و صدور گواهی
tstaff-sign-off-hint = برای تأیید، همهٔ بخش‌های اجباری باید کامل و تمرین قبول شده باشد.
tstaff-filter-label = پالایش درخواست‌ها
tstaff-filter = نمایش
tstaff-applications-found = { $count ->
    [0] درخواستی پیدا نشد
    [one] یک درخواست
   *[other] { $count } درخواست
}
tstaff-application-pending = در انتظار تصمیم
tstaff-application-accepted = پذیرفته‌شده
tstaff-application-declined = ردشده
tstaff-accept = پذیرفتن
tstaff-decline-reason = دلیل رد (برای متقاضی فرستاده می‌شود)
tstaff-decline = رد کردن
tstaff-decided = تصمیم ذخیره شد و برای متقاضی نامه فرستاده شد.
tstaff-submitted = فرستاده‌شده در { $when }
tstaff-feedback-hint = وقتی درخواست بازنویسی می‌کنید، بازخورد لازم است.
tstaff-reviewed = بررسی ذخیره شد و برای شرکت‌کننده نامه فرستاده شد.
