groups-title = ابحثوا عن مجموعة
groups-intro = تلتقي المجموعات عبر الإنترنت في لقاءات دردشة صغيرة. اختاروا اللغة والموضوع والوقت التي تناسب عائلتكم.
groups-filter-label = تصفية المجموعات
groups-filter-submit = عرض المجموعات
groups-found =
    { $count ->
        [0] لم نجد أي مجموعة
        [zero] لم نجد أي مجموعة
        [one] وجدنا مجموعة واحدة
        [two] وجدنا مجموعتين
        [few] وجدنا { $count } مجموعات
        [many] وجدنا { $count } مجموعة
       *[other] وجدنا { $count } مجموعة
    }
groups-none = لا توجد حاليًا مجموعة تطابق هذه الاختيارات. جرّبوا عددًا أقل من عوامل التصفية، أو عودوا لاحقًا، فالمجموعات الجديدة تبدأ باستمرار.
filter-any = الكل
group-languages = اللغات
group-topics = المواضيع
group-region = المكان
group-weekday = اليوم
group-time-of-day = الفترة
group-audience = لمن المجموعة
group-next-session = اللقاء القادم
group-seats = الأماكن
group-seats-left =
    { $count ->
        [zero] لم يبقَ أي مكان
        [one] بقي مكان واحد
        [two] بقي مكانان
        [few] بقيت { $count } أماكن
        [many] بقي { $count } مكانًا
       *[other] بقي { $count } مكان
    }
group-full = المجموعة ممتلئة: يمكنكم الانضمام إلى قائمة الانتظار
group-sessions = اللقاءات
group-join = الانضمام إلى المجموعة
group-ask-to-join = طلب الانضمام
group-join-waiting-list = الانضمام إلى قائمة الانتظار
group-leave = مغادرة المجموعة
group-sign-in-to-join = سجّلوا الدخول للانضمام
group-by-invitation = الانضمام إلى هذه المجموعة بالدعوة فقط.
group-roster = الأعضاء
group-roster-empty = لم ينضم أحد بعد.
group-approve = قبول
group-name = اسم المجموعة
group-description = الوصف
group-text-language = لغة الاسم والوصف
group-capacity = عدد الأماكن
group-join-policy = طريقة انضمام العائلات
group-facilitators = عناوين البريد الإلكتروني للميسّرين
group-facilitators-hint = افصلوا بين العناوين بفاصلة (,). يجب أن يكون كل عنوان مرتبطًا بحساب له دور التيسير.
group-schedule = الجدول الزمني
group-schedule-hint = تلتقي المجموعة كل أسبوع في يوم اللقاء الأول نفسه، وفي الساعة نفسها بالتوقيت المحلي (توقيت فنلندا).
group-first-date = تاريخ اللقاء الأول
group-start-time = وقت البدء
group-duration = المدة بالدقائق
group-weeks = عدد الأسابيع
group-publish-now = النشر الآن، لتتمكن العائلات من العثور عليها
group-create = إنشاء المجموعة
group-new-title = مجموعة جديدة
group-status = الحالة
staff-groups-title = المجموعات
my-groups-title = مجموعاتي
my-groups-none = لم تنضموا إلى أي مجموعة بعد.
session-cancelled = ملغى
region-online = عبر الإنترنت، في جميع أنحاء فنلندا
time-of-day-morning = الصباح
time-of-day-afternoon = بعد الظهر
time-of-day-evening = المساء
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
topic-two-cultures = الحياة اليومية بين ثقافتين
topic-bilingual-children = الأطفال ثنائيو اللغة
topic-first-year-in-finland = السنة الأولى في فنلندا
topic-fathers = للآباء
topic-mothers = للأمهات
topic-parents-of-teenagers = آباء وأمهات المراهقين
topic-emotional-skills = المهارات العاطفية لدى الأطفال
topic-young-children = العائلات التي لديها أطفال صغار
audience-all-parents = جميع الآباء والأمهات
audience-fathers = الآباء
audience-mothers = الأمهات
audience-expecting-parents = الأهل بانتظار مولود
audience-parents-of-teenagers = آباء وأمهات المراهقين
join-policy-open = مفتوحة: يمكن لأي شخص الانضمام ما دامت هناك أماكن متاحة
join-policy-approval = بموافقة ميسّري المجموعة
join-policy-invitation = بالدعوة فقط
group-status-draft = مسودة
group-status-published = منشورة
group-status-running = جارية
group-status-finished = منتهية
group-make-published = نشر
group-make-running = تسجيل بدء المجموعة
group-make-finished = تسجيل انتهاء المجموعة
membership-member = أنتم أعضاء في هذه المجموعة.
membership-requested = لقد طلبتم الانضمام. سيردّ عليكم ميسّرو المجموعة قريبًا.
membership-waiting = أنتم على قائمة الانتظار. سنخبركم عبر البريد الإلكتروني عندما يتوفر مكان.
membership-left = تمت مغادرة المجموعة
membership-declined = لم يُقبل الطلب
group-text-language-unknown = اختاروا لغة النص من القائمة.
group-name-invalid = أدخلوا اسمًا للمجموعة لا يزيد عدد أحرفه على { $max }.
group-description-too-long = يجب ألا يزيد عدد أحرف الوصف على { $max }.
group-topics-invalid = اختاروا موضوعًا واحدًا على الأقل من القائمة.
group-audience-invalid = حدّدوا لمن هذه المجموعة.
group-capacity-invalid = يجب أن يكون عدد الأماكن بين 1 و{ $max }.
group-join-policy-invalid = اختاروا طريقة انضمام العائلات.
group-schedule-invalid = أدخلوا تاريخًا ووقت بدء ومدة، وعددًا من الأسابيع لا يزيد على { $max }.
group-schedule-in-past = يجب أن يكون موعد اللقاء الأول في المستقبل.
group-status-invalid = لا يمكن نقل المجموعة إلى هذه المرحلة.
group-facilitator-unknown = العنوان { $email } غير مرتبط بحساب له دور التيسير.
group-facilitator-uncertified = لا يمكن لـ { $email } قيادة مجموعة: لا توجد شهادة تيسير سارية.
group-calendar-download = إضافة جميع اللقاءات إلى تقويمكم (.ics)
session-coming = هل ستحضرون؟
answer-yes = نعم
answer-maybe = ربما
answer-no = لا
session-attendance = الحضور
session-cancel = إلغاء اللقاء
session-cancel-reason = السبب (يظهر للأعضاء)
attendance-present = مَن حضر
session-answer-invalid = أجيبوا بـ«نعم» أو «ربما» أو «لا».
session-closed = انتهى هذا اللقاء أو أُلغي.
session-not-started = يمكن تسجيل الحضور بعد بدء اللقاء.
session-reason-too-long = يجب ألا يزيد عدد أحرف السبب على { $max }.
session-time-invalid = أدخلوا موعد البدء بالتاريخ والوقت، ومدة لا تزيد على 8 ساعات.
my-groups-led = المجموعات التي تيسّرونها
calendar-title = اشتراك التقويم
calendar-intro = اشتركوا في لقاءات مجموعاتكم عبر تقويم هاتفكم باستخدام عنوان خاص. يستطيع كل من لديه هذا العنوان رؤية لقاءاتكم، لذا احتفظوا به لأنفسكم؛ ويمكنكم استبداله في أي وقت.
calendar-new-url = هذا هو عنوان التقويم الخاص الجديد. انسخوه الآن إلى تطبيق التقويم، فلن يظهر إلا هذه المرة فقط.
calendar-create = إنشاء عنوان للتقويم
calendar-replace = استبدال العنوان (سيتوقف العنوان القديم عن العمل)
calendar-revoke = إيقاف عنوان التقويم
session-add = إضافة لقاء
session-add-start = التاريخ والوقت (بتوقيت فنلندا)
group-add-member = إضافة عائلة
group-add-member-hint = للمجموعات التي يكون الانضمام إليها بالدعوة: أضيفوا فردًا من العائلة باستخدام عنوان البريد الإلكتروني لحسابه في Silta. سيتم إبلاغه عبر البريد الإلكتروني.
group-member-unknown = لا يوجد حساب عائلي مرتبط بعنوان البريد الإلكتروني هذا.
session-your-answer = إجابتك: { $answer }
group-led-by-trained = يقود المجموعة ميسّر مدرَّب.
