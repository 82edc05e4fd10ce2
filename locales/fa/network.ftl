## شبکه‌های همکاران منطقه و نشست‌های آن‌ها

network-list-title = شبکه‌های همکاران
network-list-intro = شبکهٔ همکاران یک منطقهٔ خدمات رفاهی یا یک شهرداری: همکاران شهرداری، تسهیل‌گران، کارکنان و، در صورت دعوت، نمایندگان خانواده‌ها گرد هم می‌آیند تا بدانند چه کسی چه کاری می‌کند و دربارهٔ اقدام‌ها توافق کنند.
network-search-label = جست‌وجوی شبکه‌ها
network-search = واژه‌هایی در نام
network-search-submit = جست‌وجو
network-found = { $count ->
    [0] هیچ شبکه‌ای نیست
    [one] یک شبکه
   *[other] { $count } شبکه
}
network-none = هنوز شبکه‌ای نیست.
network-participant-count = { $count ->
    [one] یک شرکت‌کننده
   *[other] { $count } شرکت‌کننده
}
network-next-meeting = نشست بعدی
network-new = شبکهٔ تازه
network-name = نام شبکه
network-area = منطقه
network-area-choose = منطقه را برگزینید
network-area-counties = مناطق خدمات رفاهی
network-area-municipalities = شهرداری‌ها
network-area-unknown = یک منطقهٔ خدمات رفاهی یا یک شهرداری را از فهرست برگزینید.
network-create = ساختن شبکه
network-organiser = برگزارکننده
network-participants = شرکت‌کنندگان
network-who-does-what = چه کسی چه کاری می‌کند
network-participant = شرکت‌کننده
network-takes-part-as = شرکت به عنوان
network-works-as = چه کاری می‌کند
network-works-as-hint = برای نمونه «مشاور خانواده در مرکز بهداشت کودک». برای نمایندگان خانواده‌ها نشان داده نمی‌شود.
network-organisation = سازمان و خدمات
network-participants-none = هنوز کسی دعوت نشده است.
network-remove = حذف
network-kind-partner = همکار شهرداری
network-kind-facilitator = تسهیل‌گر
network-kind-staff = کارکنان Silta
network-kind-family = نمایندهٔ خانواده‌ها
network-invite = دعوت از یک شرکت‌کننده
network-invite-email = نشانی ایمیل حساب Silta او
network-invite-submit = دعوت
network-participant-unknown = حساب Silta با این نشانی که بتواند به این شکل شرکت کند وجود ندارد.
network-meetings = نشست‌ها
network-meetings-none = هنوز نشستی برنامه‌ریزی نشده است.
network-open-action-count = { $count ->
    [one] یک اقدام باز
   *[other] { $count } اقدام باز
}
network-meeting-schedule = برنامه‌ریزی یک نشست
network-meeting-date = تاریخ
network-meeting-time-hint = به وقت هلسینکی.
network-meeting-time-invalid = یک تاریخ، ساعت شروع و مدتی بین ۱۵ تا ۴۸۰ دقیقه وارد کنید.
network-meeting-title = نشست
network-agenda = دستور جلسه
network-agenda-none = هنوز دستور جلسه‌ای نیست.
network-agenda-edit = ویرایش دستور جلسه
network-agenda-hint = در هر خط یک مورد.
network-agenda-save = ذخیرهٔ دستور جلسه
network-agenda-too-many = دستور جلسه حداکثر می‌تواند { $max } مورد داشته باشد.
network-notes = یادداشت‌ها
network-notes-none = هنوز یادداشتی نیست.
network-notes-edit = نوشتن یادداشت‌ها
network-notes-save = ذخیرهٔ یادداشت‌ها
network-notes-closed = یادداشت‌ها دیگر تغییرپذیر نیستند: بیش از دو هفته از نشست گذشته است.
network-follow-ups = پیگیری اقدام‌های نشست‌های پیشین
network-follow-ups-none = از نشست‌های پیشین اقدام بازی نمانده است.
network-actions = اقدام‌های توافق‌شده در این نشست
network-actions-none = هنوز دربارهٔ اقدامی توافق نشده است.
network-action-new = ثبت یک اقدام
network-action-text = چه کاری انجام می‌شود
network-action-owner = چه کسی انجام می‌دهد
network-action-owner-choose = یک شرکت‌کننده را برگزینید
network-action-owner-required = هر اقدام به یک مسئول نیاز دارد: برگزینید چه کسی آن را انجام می‌دهد.
network-action-owner-not-participant = مسئول باید از شرکت‌کنندگان شبکه باشد.
network-action-due-on = مهلت (اختیاری)
network-action-add = ثبت اقدام
network-action-due = مهلت
network-action-overdue = دیرکرد
network-action-agreed-on = توافق‌شده در نشست
network-action-status = وضعیت
network-status-open = باز
network-status-done = انجام شد
network-status-dropped = کنار گذاشته شد
network-home-title = شبکهٔ همکاران
network-home-actions = اقدام‌های باز شما
mail-network-invited-subject = شما به یک شبکهٔ همکاران دعوت شده‌اید
mail-network-invited-intro = شما برای شرکت در شبکهٔ همکاران «{ $name }» در Silta دعوت شده‌اید. نشست‌ها، دستور جلسه‌ها و اقدام‌های توافق‌شدهٔ آن در صفحهٔ شبکه است.
mail-network-invited-button = باز کردن شبکه
mail-network-invited-outro = اگر فکر می‌کنید این اشتباه است، به کارمندی که شما را دعوت کرد پاسخ دهید.
privacy-kind-network-participation = شبکه‌های همکارانی که در آن‌ها شرکت دارید
privacy-purpose-of-network-participation = برای دعوت شما به نشست‌های شبکه و گفتن به دیگر شرکت‌کنندگان که چه کسی چه کاری می‌کند.
privacy-kind-network-actions = اقدام‌هایی که در شبکه‌های همکاران مسئول آن‌ها هستید
privacy-purpose-of-network-actions = برای پیگیری آنچه در نشست شبکه توافق شد.
privacy-kind-network-notes = یادداشت‌هایی که از نشست‌های شبکه نوشتید
privacy-purpose-of-network-notes = برای نگه داشتن گزارشی کوتاه از آنچه در نشست شبکه گفت‌وگو و توافق شد.
privacy-field-network = شبکه
privacy-field-taking-part-as = شرکت به عنوان
privacy-field-works-as = چه کاری می‌کنید
privacy-field-due-on = مهلت
privacy-field-agreed-at = تاریخ توافق
privacy-field-participation = مشارکت
privacy-field-actions = اقدام‌ها
