chat-error-bad-frame = تعذّرت قراءة الرسالة. يُرجى إعادة تحميل الصفحة.
chat-error-version = هذه الصفحة لم تعد محدّثة. يُرجى إعادة تحميلها.
chat-error-too-long = يجب أن يتراوح طول الرسالة بين حرف واحد و4000 حرف.
chat-error-slow-down = تكتبون بسرعة كبيرة. يُرجى الانتظار قليلًا قبل إرسال المزيد.
chat-title = لقاء المجموعة
chat-status-connecting = جارٍ الاتصال…
chat-status-connected = متّصل
chat-status-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال… رسائلكم محفوظة وستُرسَل عند عودة الاتصال.
chat-status-offline = لا يوجد اتصال بالإنترنت حاليًا. رسائلكم محفوظة وستُرسَل عند عودة الاتصال.
chat-status-signed-out = تم تسجيل خروجكم. يُرجى تسجيل الدخول مرة أخرى للمتابعة.
chat-sending = جارٍ الإرسال…
chat-you = أنت
chat-messages-label = الرسائل
chat-input-label = رسالتكم
chat-send = إرسال
chat-help-heading = هل تحتاجون إلى مساعدة الآن؟
chat-help-emergency = في حالات الطوارئ، اتصلوا بالرقم 112. ويمكنكم أيضًا التحدث مع ميسّري مجموعتكم.
chat-open-room = فتح غرفة اللقاء
chat-error-too-many-connections = الدردشة مفتوحة لديكم في نوافذ كثيرة جدًا. أغلقوا بعضها وحاولوا مرة أخرى.
chat-retention-invalid = اختاروا مدة حفظ تتراوح بين يوم واحد و3650 يومًا.
chat-error-not-moderator = هذا الإجراء متاح لميسّري المجموعة فقط.
chat-error-no-message = لم تعد هذه الرسالة موجودة.
chat-removed-note = أُزيلت هذه الرسالة من قِبل ميسّري المجموعة.
chat-erased-note = أُزيلت هذه الرسالة بطلب من كاتبها.
chat-remove-button = إزالة
chat-error-locked = أُغلقت الغرفة مؤقتًا من قِبل ميسّري المجموعة. الكتابة متاحة الآن للميسّرين فقط.
chat-error-muted = أُوقفت إمكانية الكتابة لديكم لبعض الوقت من قِبل ميسّري المجموعة.
chat-error-slow-mode = الوضع البطيء مفعَّل: يُرجى الانتظار قليلًا بين الرسائل.
chat-report-outcome-missing = اكتبوا ما الذي تم بشأن هذا البلاغ.
crisis-contact-name-invalid = أدخلوا اسمًا للخدمة لا يزيد على 100 حرف.
crisis-contact-phone-invalid = أدخلوا رقم هاتف يحتوي على أرقام ومسافات وعلامة + فقط.
crisis-contact-hours-invalid = يجب ألا يزيد نص ساعات العمل على 100 حرف.

chat-error-not-started = لم يبدأ ميسّرو المجموعة اللقاء بعد. يمكنكم القراءة؛ وتُتاح الكتابة عند بدء اللقاء.
chat-error-ended = انتهى هذا اللقاء. ما زال بإمكانكم قراءة المحادثة.
chat-error-unattended = لا يوجد ميسّر في الغرفة الآن، لذا فهي للقراءة فقط حتى يعود أحدهم.
chat-room-not-open-yet = الغرفة غير مفتوحة بعد. تُفتح قبل بدء اللقاء بقليل.
chat-room-over = انتهى هذا اللقاء وأُغلقت غرفته.
chat-room-opens-at = تُفتح الغرفة في الساعة { $time }. عودوا حينها: لا حاجة لإبقاء هذه الصفحة مفتوحة.
chat-room-closed-note = انتهى هذا اللقاء. شكرًا لمشاركتكم!
chat-people-heading = في الغرفة
chat-facilitator-badge = ميسّر/ة
chat-visiting-expert-badge = خبير/ة زائر/ة
chat-state-not-started = لم يبدأ اللقاء بعد. تُتاح الكتابة عندما يبدأه ميسّرو المجموعة.
chat-state-ended = انتهى اللقاء. ما زال بإمكانكم قراءة المحادثة.
chat-state-unattended = لا يوجد ميسّر في الغرفة الآن، لذا فهي للقراءة فقط حتى يعود أحدهم.
chat-state-locked = أُغلقت الغرفة مؤقتًا من قِبل ميسّري المجموعة: الكتابة الآن للميسّرين فقط.
chat-state-slow-mode =
    الوضع البطيء مفعَّل: { $seconds ->
        [zero] رسالة واحدة كل { $seconds } ثانية.
        [one] رسالة واحدة كل ثانية.
        [two] رسالة واحدة كل ثانيتين.
        [few] رسالة واحدة كل { $seconds } ثوانٍ.
        [many] رسالة واحدة كل { $seconds } ثانية.
       *[other] رسالة واحدة كل { $seconds } ثانية.
    }
chat-tools-heading = أدوات الميسّر
chat-start-session = بدء اللقاء
chat-end-session = إنهاء اللقاء
chat-lock = قفل الغرفة
chat-unlock = فتح الغرفة
chat-slow-mode-label = الوضع البطيء
chat-slow-mode-off = متوقف
chat-slow-mode-option =
    { $seconds ->
        [zero] رسالة واحدة كل { $seconds } ثانية
        [one] رسالة واحدة كل ثانية
        [two] رسالة واحدة كل ثانيتين
        [few] رسالة واحدة كل { $seconds } ثوانٍ
        [many] رسالة واحدة كل { $seconds } ثانية
       *[other] رسالة واحدة كل { $seconds } ثانية
    }
chat-apply = تطبيق
chat-report-button = إبلاغ
chat-report-title = الإبلاغ عن هذه الرسالة
chat-report-hint = سيرى ميسّرو المجموعة والموظفون هذه الرسالة وبعض الرسائل المحيطة بها. لن يُخبَر كاتبها بمن أبلغ عنها.
chat-reported-notice = شكرًا لكم. أُرسل بلاغكم إلى ميسّري المجموعة والموظفين.
chat-remove-title = إزالة هذه الرسالة لدى الجميع
chat-reason-label = السبب (اختياري، لا يراه إلا الميسّرون والموظفون)
chat-mute-button = إيقاف الكتابة
chat-mute-title = إيقاف كتابة هذا الشخص مؤقتًا
chat-mute-minutes-label = إلى متى
chat-minutes =
    { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
chat-remove-member-button = إخراج من اللقاء
chat-remove-member-title = إخراج هذا الشخص من اللقاء
chat-confirm = تأكيد
chat-cancel = إلغاء
chat-you-are-muted = أوقف ميسّرو المجموعة إمكانية الكتابة لديكم حتى { $time }.
chat-member-muted = لا يستطيع { $name } الكتابة حتى { $time }.
chat-you-were-removed = أخرجكم ميسّرو المجموعة من هذا اللقاء.
chat-message-actions = إجراءات هذه الرسالة
