## گزارش‌های جلسه و سرپرستی

session-reports-title = گزارش‌های جلسه
session-reports-intro = بعد از هر جلسه‌ای که تسهیل‌گرش بودید، به‌طور خلاصه به سرپرستتان بگویید جلسه چطور گذشت. فقط چیزهای لازم را بنویسید: نه نام خانواده‌ها، نه تشخیص بیماری.
session-reports-due = { $count ->
    [0] گزارشی برای نوشتن ندارید
    [one] یک گزارش باید بنویسید
   *[other] { $count } گزارش باید بنویسید
}
report-due-by = لطفاً تا { $when } گزارش بدهید.
report-overdue-since = مهلت آن از { $when } گذشته است.
session-reports-none-due = گزارشی برای نوشتن ندارید.
session-reports-filed = گزارش‌هایی که ثبت کرده‌اید
session-reports-none-filed = هنوز هیچ گزارشی ثبت نکرده‌اید.

report-form-title = گزارش یک جلسه
report-present = حاضران
report-present-hint = چند نفر از { $members } عضو گروه شرکت کردند. بر اساس ثبت حضور پر شده است.
report-present-of = { $present } از { $members }
report-themes = موضوع‌ها
report-went = جلسه چطور گذشت
report-went-hint = چند جمله دربارهٔ جلسه. نام‌ها و هر چیزی را که بتوان با آن خانواده‌ای را شناخت ننویسید.
report-concern = نگرانی
report-concern-none = بدون نگرانی
report-concern-some = کمی نگرانی
report-concern-urgent = نگرانی فوری
report-concern-urgent-hint = اگر ممکن است کسی در خطر باشد، «فوری» را انتخاب کنید: سرپرست کشیک فوراً باخبر می‌شود. در مواقع اضطراری، اول با 112 تماس بگیرید.
report-concern-note = آنچه سرپرست باید بداند
report-concern-note-hint = فقط آنچه برای کمک لازم است: آنچه دیدید یا شنیدید، نه تشخیص. وقتی نگرانی وجود دارد، پر کردن این بخش الزامی است.
report-concern-note-required = به‌طور خلاصه به سرپرست بگویید چه چیزی نگرانتان کرده است.
report-submit = ثبت گزارش
report-filed-notice = متشکریم. گزارش شما ثبت شد.
report-title = گزارش جلسه
report-group = گروه
report-facilitator = تسهیل‌گر
report-filed-on = تاریخ ثبت
report-comments = نظرهای سرپرست شما
report-no-comments = هنوز نظری ثبت نشده است.
report-comment-label = نوشتن برای تسهیل‌گر
report-comment-send = فرستادن نظر
report-not-led = فقط برای جلسه‌های گروه‌هایی که تسهیل‌گرشان هستید می‌توانید گزارش بنویسید.
report-session-not-started = این جلسه هنوز شروع نشده است.
report-already-filed = برای این جلسه قبلاً گزارش ثبت شده است.

concern-state-received = دریافت شد
concern-state-acknowledged = سرپرست آن را دریافت کرد
concern-state-handled = رسیدگی شد
concern-decide = پاسخ به نگرانی
concern-acknowledge = تأیید دریافت
concern-outcome = نتیجه
concern-outcome-hint = چه کاری انجام شد. تسهیل‌گر فقط می‌بیند که به نگرانی رسیدگی شده است.
concern-mark-handled = علامت‌گذاری به‌عنوان رسیدگی‌شده
concern-already-decided = کس دیگری قبلاً این کار را انجام داده است.

supervision-title = سرپرستی
supervision-urgent = { $count ->
    [0] هیچ نگرانی فوری‌ای نیست
    [one] یک نگرانی فوری در انتظار پاسخ است
   *[other] { $count } نگرانی فوری در انتظار پاسخ است
}
supervision-none-urgent = هیچ مورد فوری‌ای در انتظار نیست.
supervision-concerns = { $count ->
    [0] هیچ نگرانی رسیدگی‌نشده‌ای نیست
    [one] یک نگرانی رسیدگی‌نشده
   *[other] { $count } نگرانی رسیدگی‌نشده
}
supervision-overdue = { $count ->
    [0] هیچ گزارش عقب‌افتاده‌ای نیست
    [one] یک گزارش عقب‌افتاده
   *[other] { $count } گزارش عقب‌افتاده
}
supervision-recent = تازه‌ترین گزارش‌ها
supervision-none = موردی نیست.
supervision-facilitators-title = تسهیل‌گران و سرپرستان
supervision-facilitators-intro = هر تسهیل‌گر سرپرستی دارد که گزارش‌هایش را می‌خواند. تسهیل‌گری که سرپرست ندارد، زیر نظر همهٔ سرپرستان است.
supervision-supervisor = سرپرست
supervision-supervisor-of = سرپرست { $name }
supervision-every-supervisor = همهٔ سرپرستان
supervision-no-facilitators = هنوز هیچ تسهیل‌گری نیست.
supervision-not-a-supervisor = کسی را انتخاب کنید که سرپرست است.

report-themes-title = موضوع‌های گزارش
report-themes-intro = موضوع‌هایی که تسهیل‌گران می‌توانند در گزارش‌هایشان انتخاب کنند. موضوع بایگانی‌شده در گزارش‌های قدیمی باقی می‌ماند.
report-theme-archived = بایگانی‌شده
report-theme-archive = بایگانی
report-theme-restore = بازگرداندن
report-theme-add = افزودن موضوع
report-theme-label = موضوع
report-theme-two-cultures = زندگی میان دو فرهنگ
report-theme-bilingual-children = کودکان دوزبانه
report-theme-sleep = خواب و برنامهٔ روزانه
report-theme-daycare-school = مهدکودک و مدرسه
report-theme-couple = رابطهٔ زوجین
report-theme-loneliness = تنهایی
report-theme-services = پیدا کردن خدمات
report-theme-wellbeing = سلامت و آرامش والدین

escalations-title = نگرانی‌های بی‌پاسخ
escalations-intro = نگرانی‌های فوری که هیچ سرپرستی به‌موقع دریافتشان را تأیید نکرده است. لطفاً تلفنی با سرپرست، یا سرپرست دیگری، تماس بگیرید.
escalations-none = دریافت همهٔ نگرانی‌های فوری تأیید شده است.
escalation-raised = زمان گزارش

security-event-session-report-viewed = گزارش جلسه خوانده شد

mail-concern-urgent-subject = نگرانی فوری پس از یک جلسه
mail-concern-urgent-intro = یک تسهیل‌گر پس از یک جلسه نگرانی فوری‌ای گزارش کرده است. لطفاً هر چه زودتر آن را بخوانید و دریافتش را تأیید کنید.
mail-concern-urgent-button = خواندن گزارش
mail-concern-urgent-outro = اگر کسی به‌موقع دریافت آن را تأیید نکند، به هماهنگ‌کننده‌ها خبر داده می‌شود.
mail-concern-escalated-subject = یک نگرانی فوری هنوز بی‌پاسخ مانده است
mail-concern-escalated-intro = هیچ سرپرستی ظرف { $minutes } دقیقه دریافت یک نگرانی فوری را تأیید نکرده است. لطفاً مطمئن شوید کسی پاسخ می‌دهد.
mail-concern-escalated-button = دیدن نگرانی‌های بی‌پاسخ
mail-concern-escalated-outro = خود گزارش فقط برای سرپرستان قابل مشاهده است.
mail-report-reminder-subject = گزارش جلسهٔ شما در انتظار است
mail-report-reminder-intro = لطفاً گزارش کوتاهی دربارهٔ جلسهٔ گروه «{ $name }» بنویسید. مهلت آن تا 48 ساعت پس از پایان جلسه است.
mail-report-reminder-button = نوشتن گزارش
mail-report-reminder-outro = از اینکه تسهیل‌گر این گروه هستید سپاسگزاریم.
mail-report-comment-subject = سرپرستتان دربارهٔ گزارشتان نظر داده است
mail-report-comment-intro = { $name } دربارهٔ گزارش جلسه‌تان برایتان نوشته است.
mail-report-comment-button = خواندن نظر
mail-report-comment-outro = فقط شما و سرپرستانتان می‌توانید آن را بخوانید.
