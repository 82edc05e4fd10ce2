chat-error-bad-frame = پیام خوانده نشد. لطفاً صفحه را دوباره بارگذاری کنید.
chat-error-version = این صفحه قدیمی شده است. لطفاً آن را دوباره بارگذاری کنید.
chat-error-too-long = پیام باید بین 1 تا 4000 حرف باشد.
chat-error-slow-down = خیلی سریع می‌نویسید. لطفاً کمی صبر کنید و بعد پیام بیشتری بفرستید.
chat-title = جلسهٔ گروه
chat-status-connecting = در حال اتصال…
chat-status-connected = متصل
chat-status-reconnecting = اتصال قطع شد. در حال اتصال دوباره… پیام‌هایتان نگه داشته می‌شوند و وقتی اتصال برقرار شد فرستاده می‌شوند.
chat-status-offline = آفلاین هستید. پیام‌هایتان نگه داشته می‌شوند و وقتی دوباره آنلاین شدید فرستاده می‌شوند.
chat-status-signed-out = از حساب خود خارج شده‌اید. برای ادامه، لطفاً دوباره وارد شوید.
chat-sending = در حال فرستادن…
chat-you = شما
chat-messages-label = پیام‌ها
chat-input-label = پیام شما
chat-send = فرستادن
chat-help-heading = همین حالا به کمک نیاز دارید؟
chat-help-emergency = در مواقع اضطراری با 112 تماس بگیرید. می‌توانید با تسهیل‌گر گروهتان هم صحبت کنید.
chat-open-room = باز کردن اتاق جلسه
chat-error-too-many-connections = گفت‌وگو را در پنجره‌های زیادی باز کرده‌اید. چند تا از آن‌ها را ببندید و دوباره امتحان کنید.
chat-retention-invalid = مدت نگهداری را بین 1 تا 3650 روز انتخاب کنید.
chat-error-not-moderator = فقط تسهیل‌گر می‌تواند این کار را انجام دهد.
chat-error-no-message = این پیام دیگر وجود ندارد.
chat-removed-note = این پیام را تسهیل‌گر حذف کرده است.
chat-erased-note = این پیام به درخواست نویسنده‌اش حذف شد.
chat-remove-button = حذف
chat-error-locked = تسهیل‌گر اتاق را برای مدت کوتاهی قفل کرده است. فعلاً فقط تسهیل‌گرها می‌توانند بنویسند.
chat-error-muted = تسهیل‌گر امکان نوشتن شما را برای مدتی متوقف کرده است.
chat-error-slow-mode = حالت آهسته روشن است: لطفاً بین پیام‌ها کمی صبر کنید.
chat-report-outcome-missing = بنویسید دربارهٔ این گزارش چه اقدامی انجام شد.
crisis-contact-name-invalid = برای این خدمت نامی با حداکثر 100 حرف وارد کنید.
crisis-contact-phone-invalid = شمارهٔ تلفن را فقط با رقم، فاصله و + وارد کنید.
crisis-contact-hours-invalid = ساعات کاری حداکثر می‌تواند 100 حرف باشد.

chat-error-not-started = تسهیل‌گر هنوز جلسه را شروع نکرده است. می‌توانید بخوانید؛ نوشتن با شروع جلسه باز می‌شود.
chat-error-ended = این جلسه تمام شده است. هنوز می‌توانید گفت‌وگو را بخوانید.
chat-error-unattended = اکنون هیچ تسهیل‌گری در اتاق نیست، پس تا بازگشت یکی از آن‌ها فقط می‌توان خواند.
chat-room-not-open-yet = اتاق هنوز باز نیست. کمی پیش از شروع جلسه باز می‌شود.
chat-room-over = این جلسه تمام شده و اتاق آن بسته است.
chat-room-opens-at = اتاق ساعت { $time } باز می‌شود. آن موقع برگردید: لازم نیست این صفحه باز بماند.
chat-room-closed-note = این جلسه تمام شد. از شرکت شما سپاسگزاریم!
chat-people-heading = در اتاق
chat-facilitator-badge = تسهیل‌گر
chat-visiting-expert-badge = کارشناس مهمان
chat-state-not-started = جلسه هنوز شروع نشده است. نوشتن وقتی باز می‌شود که تسهیل‌گر آن را شروع کند.
chat-state-ended = جلسه تمام شده است. هنوز می‌توانید گفت‌وگو را بخوانید.
chat-state-unattended = اکنون هیچ تسهیل‌گری در اتاق نیست، پس تا بازگشت یکی از آن‌ها فقط می‌توان خواند.
chat-state-locked = تسهیل‌گر اتاق را برای مدت کوتاهی قفل کرده است: فعلاً فقط تسهیل‌گرها می‌نویسند.
chat-state-slow-mode =
    حالت آهسته روشن است: { $seconds ->
        [one] هر ثانیه یک پیام.
       *[other] هر { $seconds } ثانیه یک پیام.
    }
chat-tools-heading = ابزارهای تسهیل‌گر
chat-start-session = شروع جلسه
chat-end-session = پایان جلسه
chat-lock = قفل کردن اتاق
chat-unlock = باز کردن اتاق
chat-slow-mode-label = حالت آهسته
chat-slow-mode-off = خاموش
chat-slow-mode-option =
    { $seconds ->
        [one] هر ثانیه یک پیام
       *[other] هر { $seconds } ثانیه یک پیام
    }
chat-apply = اعمال
chat-report-button = گزارش
chat-report-title = گزارش این پیام
chat-report-hint = تسهیل‌گرها و کارکنان این پیام و چند پیام اطراف آن را می‌بینند. به نویسنده گفته نمی‌شود چه کسی گزارش داده است.
chat-reported-notice = سپاسگزاریم. گزارش شما برای تسهیل‌گرها و کارکنان فرستاده شد.
chat-remove-title = حذف این پیام برای همه
chat-reason-label = دلیل (اختیاری، فقط تسهیل‌گرها و کارکنان می‌بینند)
chat-mute-button = توقف نوشتن
chat-mute-title = متوقف کردن موقت نوشتن این شخص
chat-mute-minutes-label = برای چه مدت
chat-minutes =
    { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    }
chat-remove-member-button = خارج کردن از جلسه
chat-remove-member-title = خارج کردن این شخص از جلسه
chat-confirm = تأیید
chat-cancel = لغو
chat-you-are-muted = تسهیل‌گر امکان نوشتن شما را تا { $time } متوقف کرده است.
chat-member-muted = { $name } تا { $time } نمی‌تواند بنویسد.
chat-you-were-removed = تسهیل‌گر شما را از این جلسه خارج کرد.
chat-message-actions = کارهای مربوط به این پیام
