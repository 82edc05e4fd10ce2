## حریم خصوصی: چه کسی اطلاعات خانواده را دیده است، Silta چه چیزهایی را نگه می‌دارد، چرا و تا چه مدت.

privacy-title = اطلاعات شما و حریم خصوصی
privacy-intro = Silta فقط چیزهایی را نگه می‌دارد که برای ادارهٔ گروه‌ها و کمک به شما برای رسیدن به خدمات لازم دارد. اینجا می‌بینید چه کسی اطلاعات خانوادهٔ شما را خوانده است و چه چیزهایی، چرا و تا چه مدت نگه داشته می‌شود.
privacy-seen-title = چه کسی اطلاعات خانوادهٔ شما را دیده است
privacy-seen-intro = هر بار که یکی از کارکنان Silta، یک تسهیل‌گر، یک همکار شهرداری یا یک خدمت اطلاعات شخصی خانوادهٔ شما را بخواند، این کار اینجا ثبت می‌شود: چه کسی، با چه نقشی، چه زمانی، چه چیزی و چرا. هیچ‌کس نمی‌تواند این سطرها را تغییر دهد یا پاک کند؛ آن‌ها دو سال نگه داشته می‌شوند.
privacy-seen-count = { $count ->
    [0] هنوز هیچ‌کس اطلاعات خانوادهٔ شما را نخوانده است.
    [one] یک بار مشاهده
   *[other] { $count } بار مشاهده
}
privacy-seen-when = چه زمانی
privacy-seen-who = چه کسی
privacy-seen-what = چه چیزی
privacy-seen-why = چرا
privacy-seen-no-family = این فهرست برای خانواده‌ها نگه داشته می‌شود. حساب شما به هیچ خانواده‌ای تعلق ندارد.
privacy-kept-title = Silta چه چیزهایی را نگه می‌دارد و چرا
privacy-kept-intro = هر بخش Silta اعلام می‌کند چه اطلاعات شخصی‌ای را نگه می‌دارد، به چه منظوری و تا چه مدت.
privacy-reader-service-link = یک خدمت، از طریق لینک ارجاع

## چه چیزی خوانده شد و چرا
privacy-item-referral = یک ارجاع
privacy-item-consent = یک رضایت
privacy-item-group_membership = عضویت در گروه
privacy-item-child_protection_notice = ثبت یک گزارش به خدمات حمایت از کودکان
privacy-purpose-referral_follow_up = پیگیری ارجاع تا وقتی که کمک بگیرید
privacy-purpose-concern_referral = آماده کردن ارجاع پس از ابراز نگرانی یک تسهیل‌گر
privacy-purpose-child_protection_record = نگه داشتن ثبتِ گزارش به خدمات حمایت از کودکان

## نگهداری اطلاعات (کارکنان)
privacy-retention-title = نگهداری اطلاعات
privacy-retention-intro = همهٔ انواع اطلاعات شخصی که Silta نگه می‌دارد، همان‌طور که هر قابلیت آن‌ها را اعلام کرده است: چرا نگه داشته می‌شوند، بر چه مبنای قانونی و تا چه مدت. اطلاعاتی که مدت نگهداری‌شان گذشته باشد، به دست یک کار پس‌زمینه در دسته‌های کوچک پاک می‌شوند.
privacy-retention-kind = اطلاعات
privacy-retention-purpose = هدف
privacy-retention-basis = مبنای قانونی
privacy-retention-period = مدت نگهداری
privacy-retention-tables = جدول‌ها
privacy-retention-account = تا وقتی که حساب وجود دارد.
privacy-retention-days = { $days } روز پس از ثبت.
privacy-retention-after-closing = { $days } روز پس از بسته شدن پرونده.
privacy-retention-setting = طبق تنظیم { $setting } (اگر تنظیم نشده باشد، { $days } روز).
privacy-basis-consent = رضایت
privacy-basis-contract = ارائهٔ خدمتی که درخواست شده است
privacy-basis-legal-obligation = تعهد قانونی
privacy-basis-vital-interests = منافع حیاتی یک شخص
privacy-basis-legitimate-interests = منافع مشروع

## انواع اطلاعات
privacy-kind-access-log = چه کسی اطلاعات یک خانواده را خوانده است
privacy-purpose-of-access-log = تا خانواده بتواند ببیند چه کسی اطلاعاتش را خوانده است، و کارکنان بتوانند برای هر بار خواندن پاسخگو باشند.

## Readings logged by the features
privacy-item-account = اطلاعات حساب (نام، نشانی ایمیل و نقش‌ها)
privacy-item-account_security = یک حساب همراه با ورودها و رویدادهای امنیتی آن
privacy-item-session_attendance = چه کسانی گفتند به جلسهٔ گروه می‌آیند و چه کسانی آمدند
privacy-item-help_request = درخواست کمک برای دسترسی به یک خدمت
privacy-item-chat_report = پیام گزارش‌شده در گفتگو و پیام‌های پیرامون آن
privacy-item-training_application = درخواست برای تسهیل‌گر همتا شدن
privacy-purpose-account_administration = رسیدگی به حساب‌ها: نقش‌ها، دسترسی و امنیت
privacy-purpose-group_leading = اداره کردن گروه: چه کسانی در آن هستند و چه کسانی منتظر جا هستند
privacy-purpose-group_attendance = پیگیری اینکه چه کسانی در جلسه‌های گروه شرکت می‌کنند
privacy-purpose-help_request_handling = کمک به شما برای رسیدن به خدمتی که برایش کمک خواستید
privacy-purpose-chat_moderation = بررسی پیام‌های گزارش‌شده تا گفتگوی گروه امن بماند
privacy-purpose-facilitator_selection = تصمیم‌گیری دربارهٔ درخواست برای تسهیل‌گر همتا شدن
