## صفحهٔ اصلی پس از ورود: هر کارت می‌گوید قدم بعدی چیست

home-welcome = خوش آمدید، { $name }
home-nothing-waiting = فعلاً چیزی در انتظار شما نیست.
home-next-session = جلسهٔ بعدی شما
home-room-opens-later = اتاق جلسه { $minutes } دقیقه پیش از شروع جلسه باز می‌شود.
home-no-sessions = هیچ‌کدام از گروه‌هایتان جلسهٔ پیش رو ندارد.
home-sessions-you-lead = جلسه‌های بعدی که تسهیل‌گرشان هستید
home-no-sessions-to-lead = جلسهٔ پیش رویی ندارید.
home-chat-reports-waiting = { $count ->
    [one] { $count } پیام گزارش‌شده در انتظار بررسی است.
   *[other] { $count } پیام گزارش‌شده در انتظار بررسی است.
}
home-chat-reports-open = بررسی پیام‌های گزارش‌شده
home-security-recent = تازه‌ترین رویدادهای امنیتی
home-security-open = باز کردن گزارش امنیتی
home-escalated-count = { $count ->
    [one] دریافت { $count } نگرانی فوری به‌موقع تأیید نشده است.
   *[other] دریافت { $count } نگرانی فوری به‌موقع تأیید نشده است.
}
report-overdue = عقب‌افتاده
supervision-open-queue = باز کردن صف سرپرستی
escalations-open = ببینید با چه کسی تماس بگیرید
home-groups-untrained = { $count ->
    [one] یک گروه تسهیل‌گر دارای گواهی ندارد
   *[other] { $count } گروه تسهیل‌گر دارای گواهی ندارند
}
home-groups-untrained-help = فقط تسهیل‌گری که گواهی معتبر دارد می‌تواند گروه را مدیریت کند. برای این گروه‌ها تسهیل‌گر دارای گواهی تعیین کنید یا از تسهیل‌گر بخواهید گواهی‌اش را تمدید کند.
