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
security-event-supervision-notes-viewed = یادداشت‌های سرپرستی خوانده شد
supervision-circles-title = حلقه‌های سرپرستی
supervision-circles-intro = حلقه گروهی از تسهیل‌گرانی است که سرپرستشان هستید. جلسه‌های آن در اتاقی خصوصی برگزار می‌شود که فقط اعضای حلقه آن را می‌بینند. حضور افراد وقتی در اتاق هستند ثبت می‌شود و بعداً می‌توانید آن را اصلاح کنید.
supervision-circles-none = هنوز حلقه‌ای نیست.
supervision-circles-none-mine = هنوز عضو هیچ حلقهٔ سرپرستی نیستید. سرپرستتان شما را اضافه می‌کند.
supervision-circle-members = { $count ->
    [one] { $count } تسهیل‌گر
   *[other] { $count } تسهیل‌گر
}
supervision-circle-meetings = { $count ->
    [one] { $count } جلسه
   *[other] { $count } جلسه
}
supervision-circle-new = حلقهٔ تازه
supervision-circle-name = نام حلقه
supervision-circle-facilitators = تسهیل‌گران
supervision-circle-create = ساختن حلقه
supervision-circle-facilitators-invalid = دست‌کم یک تسهیل‌گر را که سرپرستش هستید انتخاب کنید.
supervision-meetings = جلسه‌ها
supervision-meetings-none = هیچ جلسه‌ای برنامه‌ریزی نشده است.
supervision-meeting-schedule = برنامه‌ریزی جلسه‌ها
supervision-meeting-weeks-hint = 1 برای یک جلسهٔ تک؛ عدد بیشتر برای جلسهٔ هفتگی در همان ساعت.
supervision-meeting-time-invalid = تاریخ (YYYY-MM-DD) و ساعت شروع (HH:MM) نخستین جلسه را وارد کنید.
supervision-meeting-attended = چه کسانی شرکت کردند
supervision-meeting-you-attended = شما شرکت کردید.
supervision-meeting-you-missed = حضور شما ثبت نشده است.
supervision-notes-title = یادداشت‌های سرپرستی
supervision-notes-intro = یادداشت‌ها فقط برای سرپرستان تسهیل‌گر قابل مشاهده‌اند، مگر اینکه یادداشتی را با خود تسهیل‌گر به اشتراک بگذارید. فقط آنچه را که سرپرستی لازم دارد بنویسید: نه تشخیص، نه اطلاعات شخصی خانواده‌ها.
supervision-notes-none = یادداشتی نیست.
supervision-notes-shared-title = یادداشت‌هایی که سرپرستتان با شما به اشتراک گذاشته است
supervision-note = یادداشت
supervision-note-share = اشتراک‌گذاری این یادداشت با تسهیل‌گر
supervision-note-shared = به اشتراک گذاشته شده
supervision-note-add = ذخیرهٔ یادداشت
supervision-mine-title = سرپرستی من
supervision-mine-last = آخرین بار در { $when } در سرپرستی شرکت کردید.
supervision-mine-never = هنوز در سرپرستی شرکت نکرده‌اید.
supervision-mine-until = برای حفظ اختیارات مدیریت گروه، پیش از { $when } در یک جلسهٔ سرپرستی شرکت کنید.
supervision-mine-warning = اختیارات مدیریت گروه شما در { $when } به پایان می‌رسد، مگر اینکه پیش از آن در یک جلسهٔ سرپرستی شرکت کنید.
supervision-mine-lapsed = مدت زیادی است که در سرپرستی شرکت نکرده‌اید، بنابراین فعلاً نمی‌توانید گروه‌ها را هدایت یا مدیریت کنید. برای بازگرداندن اختیاراتتان در جلسهٔ بعدی حلقه‌تان شرکت کنید؛ چیزی حذف نشده است.
mail-supervision-lapse-warning-subject = وقت سرپرستی است
mail-supervision-lapse-warning-intro = سلام { $name }، مدتی است که در جلسهٔ سرپرستی شرکت نکرده‌اید. اختیارات مدیریت گروه شما در { $detail } به پایان می‌رسد، مگر اینکه پیش از آن در یک جلسه شرکت کنید.
mail-supervision-lapse-warning-button = دیدن جلسه‌های سرپرستی شما
mail-supervision-lapse-warning-outro = سرپرستی برای این است که هیچ تسهیل‌گری با آنچه در گروه‌ها می‌شنود تنها نماند.
mail-supervision-lapsed-subject = اختیارات مدیریت گروه شما به پایان رسیده است
mail-supervision-lapsed-intro = سلام { $name }، مدت زیادی است که در سرپرستی شرکت نکرده‌اید، بنابراین فعلاً نمی‌توانید گروه‌ها را هدایت یا مدیریت کنید.
mail-supervision-lapsed-button = دیدن جلسه‌های سرپرستی شما
mail-supervision-lapsed-outro = چیزی حذف نشده است. برای بازگرداندن اختیاراتتان در یک جلسهٔ سرپرستی شرکت کنید.
mail-supervision-lapsed-coordinator-subject = اختیارات مدیریت گروه یک تسهیل‌گر به پایان رسیده است
mail-supervision-lapsed-coordinator-intro = { $name } مدت زیادی است که در سرپرستی شرکت نکرده و فعلاً نمی‌تواند گروه‌ها را هدایت یا مدیریت کند. گروه‌های او: { $detail }
mail-supervision-lapsed-coordinator-button = باز کردن سرپرستی
mail-supervision-lapsed-coordinator-outro = وقتی در یک جلسهٔ سرپرستی شرکت کند، اختیاراتش بازمی‌گردد.
supervision-next-meeting = جلسهٔ بعدی سرپرستی
supervision-mine-open = باز کردن سرپرستی من
