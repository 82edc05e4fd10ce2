# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = پیام‌های گزارش‌شده
reports-intro-staff = پیام‌هایی که شرکت‌کنندگان اتاق‌ها گزارش کرده‌اند. هر کدام را در متن خودش بخوانید، کار لازم را انجام دهید و بنویسید چه کاری انجام شد.
reports-intro-facilitator = گزارش‌های پیام‌ها در گروه‌های شما. کارکنان به هر گزارش رسیدگی می‌کنند؛ شما می‌بینید چه چیزی گزارش شده و می‌توانید در جلسهٔ سرپرستی درباره‌اش صحبت کنید. به شما گفته نمی‌شود چه کسی گزارش داده است.
reports-open =
    { $count ->
        [one] یک گزارش باز
       *[other] { $count } گزارش باز
    }
reports-none = چیزی در انتظار بررسی نیست.
reports-handled = رسیدگی‌شده
report-filed-at = زمان گزارش
report-reporter = گزارش‌دهنده
report-reason = دلیل
report-no-reason = دلیلی گفته نشده
report-outcome = چه کاری انجام شد
report-context = پیام‌های اطراف آن
report-reported-message = پیام گزارش‌شده
report-outcome-label = چه کاری انجام شد (یادداشت کوتاه)
report-mark-handled = علامت‌گذاری به‌عنوان رسیدگی‌شده
moderation-log-title = گزارش نظارت
moderation-log-empty = در این جلسه هیچ اقدام نظارتی انجام نشده است.
moderation-action = اقدام
moderation-message-number = شمارهٔ پیام
moderation-action-remove-message = پیامی را حذف کرد
moderation-action-mute = امکان نوشتن یک عضو را موقتاً بست
moderation-action-remove-member = عضوی را از جلسه بیرون کرد
moderation-action-lock = اتاق را قفل کرد
moderation-action-unlock = قفل اتاق را باز کرد
moderation-action-slow-mode = حالت آهسته را تغییر داد
moderation-action-start-session = جلسه را شروع کرد
moderation-action-end-session = جلسه را تمام کرد
crisis-contacts-title = شماره‌های کمک در بحران
crisis-contacts-intro = این شماره‌ها در هر اتاق گفتگو زیر «همین حالا به کمک نیاز دارید؟» به کسانی که به آن زبان می‌خوانند نشان داده می‌شوند. شمارهٔ اضطراری 112 همیشه نشان داده می‌شود.
crisis-contacts-none = هنوز شماره‌ای ثبت نشده است.
crisis-contact-language = زبان
crisis-contact-name = مرکز
crisis-contact-phone = شمارهٔ تلفن
crisis-contact-hours = ساعات کار
crisis-contact-hours-hint = مثلاً: هر روز ۸ تا ۲۲، یا شبانه‌روزی
crisis-contact-delete = حذف
crisis-contact-add = افزودن شماره
security-event-reports-viewed = گزارش‌های گفتگو دیده شد
reports-status-open = در انتظار بررسی
