# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = الرسائل المُبلَّغ عنها
reports-intro-staff = رسائل أبلغ عنها المشاركون في الغرف. اقرأ كل رسالة في سياقها، وافعل ما يلزم، واكتب ما تم فعله.
reports-intro-facilitator = بلاغات عن رسائل في مجموعاتك. يتولّى الموظفون كل بلاغ؛ ترى ما تم الإبلاغ عنه ويمكنك الحديث عنه في جلسة الإشراف. لا يُذكر لك من قدّم البلاغ.
reports-open =
    { $count ->
        [zero] لا توجد بلاغات مفتوحة
        [one] بلاغ مفتوح واحد
        [two] بلاغان مفتوحان
        [few] { $count } بلاغات مفتوحة
       *[other] { $count } بلاغًا مفتوحًا
    }
reports-none = لا شيء ينتظر المراجعة.
reports-handled = تمت معالجتها
report-filed-at = وقت البلاغ
report-reporter = قدّم البلاغ
report-reason = السبب
report-no-reason = لم يُذكر سبب
report-outcome = ما تم فعله
report-context = الرسائل المحيطة بها
report-reported-message = الرسالة المُبلَّغ عنها
report-outcome-label = ما تم فعله (ملاحظة قصيرة)
report-mark-handled = تحديد كمُعالَج
moderation-log-title = سجل الإشراف
moderation-log-empty = لم يتم أي إجراء إشرافي في هذه الجلسة.
moderation-action = الإجراء
moderation-message-number = رقم الرسالة
moderation-action-remove-message = حذف رسالة
moderation-action-mute = أوقف كتابة أحد الأعضاء مؤقتًا
moderation-action-remove-member = أخرج عضوًا من الجلسة
moderation-action-lock = أغلق الغرفة
moderation-action-unlock = فتح الغرفة
moderation-action-slow-mode = غيّر الوضع البطيء
moderation-action-start-session = بدأ الجلسة
moderation-action-end-session = أنهى الجلسة
crisis-contacts-title = أرقام المساعدة في الأزمات
crisis-contacts-intro = تظهر هذه الأرقام في كل غرفة دردشة تحت «هل تحتاج إلى مساعدة الآن؟» لمن يقرأ بتلك اللغة. ويظهر رقم الطوارئ 112 دائمًا.
crisis-contacts-none = لا توجد أرقام مساعدة بعد.
crisis-contact-language = اللغة
crisis-contact-name = الجهة
crisis-contact-phone = رقم الهاتف
crisis-contact-hours = أوقات العمل
crisis-contact-hours-hint = مثلًا: كل يوم 8–22، أو على مدار الساعة
crisis-contact-delete = حذف
crisis-contact-add = إضافة جهة
security-event-reports-viewed = تم الاطلاع على بلاغات الدردشة
reports-status-open = بانتظار المراجعة
