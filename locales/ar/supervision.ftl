## تقارير اللقاءات والإشراف

session-reports-title = تقارير اللقاءات
session-reports-intro = بعد كل لقاء قمتم بتيسيره، أخبروا مشرفكم باختصار كيف سار. اكتبوا ما يلزم فقط: لا أسماء للعائلات ولا تشخيصات.
session-reports-due = { $count ->
    [0] لا توجد تقارير مطلوبة منكم
    [zero] لا توجد تقارير مطلوبة منكم
    [one] تقرير واحد مطلوب منكم
    [two] تقريران مطلوبان منكم
    [few] { $count } تقارير مطلوبة منكم
    [many] { $count } تقريرًا مطلوبًا منكم
   *[other] { $count } تقرير مطلوب منكم
}
report-due-by = يُرجى كتابة التقرير في موعد أقصاه { $when }.
report-overdue-since = متأخر منذ { $when }.
session-reports-none-due = لا توجد تقارير عليكم كتابتها.
session-reports-filed = التقارير التي أرسلتموها
session-reports-none-filed = لم ترسلوا أي تقرير بعد.

report-form-title = تقرير عن لقاء
report-present = الحضور
report-present-hint = كم شارك من أعضاء المجموعة البالغ عددهم { $members }. تُملأ هذه الخانة من تسجيل الحضور.
report-present-of = { $present } من { $members }
report-themes = المواضيع
report-went = كيف سار اللقاء
report-went-hint = بضع جمل عن اللقاء. لا تذكروا الأسماء ولا أي شيء قد يكشف هوية العائلة.
report-concern = مستوى القلق
report-concern-none = لا يوجد قلق
report-concern-some = بعض القلق
report-concern-urgent = قلق عاجل
report-concern-urgent-hint = اختاروا «عاجل» إذا كان أحد قد يكون في خطر: سيُبلَّغ المشرف المناوب فورًا. في حالات الطوارئ، اتصلوا بالرقم 112 أولًا.
report-concern-note = ما يحتاج المشرف إلى معرفته
report-concern-note-hint = فقط ما يلزم للمساعدة: ما رأيتموه أو سمعتموه، وليس تشخيصًا. هذه الخانة مطلوبة عند وجود قلق.
report-concern-note-required = أخبروا المشرف باختصار بما يقلقكم.
report-submit = إرسال التقرير
report-filed-notice = شكرًا لكم. تم إرسال تقريركم.
report-title = تقرير اللقاء
report-group = المجموعة
report-facilitator = الميسّر/ة
report-filed-on = تاريخ الإرسال
report-comments = تعليقات مشرفكم
report-no-comments = لا توجد تعليقات بعد.
report-comment-label = اكتبوا إلى الميسّر/ة
report-comment-send = إرسال التعليق
report-not-led = يمكنكم كتابة تقارير عن لقاءات المجموعات التي تيسّرونها فقط.
report-session-not-started = لم يبدأ هذا اللقاء بعد.
report-already-filed = يوجد تقرير لهذا اللقاء بالفعل.

concern-state-received = تم الاستلام
concern-state-acknowledged = استلمه أحد المشرفين
concern-state-handled = تمت المعالجة
concern-decide = الرد على حالة القلق
concern-acknowledge = تأكيد الاستلام
concern-outcome = النتيجة
concern-outcome-hint = ما تم فعله. لا يرى الميسّر إلا أن حالة القلق قد عولجت.
concern-mark-handled = تحديد كمُعالَجة
concern-already-decided = قام شخص آخر بهذا بالفعل.

supervision-title = الإشراف
supervision-urgent = { $count ->
    [0] لا توجد حالات قلق عاجلة
    [zero] لا توجد حالات قلق عاجلة
    [one] حالة قلق عاجلة واحدة بانتظار الرد
    [two] حالتا قلق عاجلتان بانتظار الرد
    [few] { $count } حالات قلق عاجلة بانتظار الرد
    [many] { $count } حالة قلق عاجلة بانتظار الرد
   *[other] { $count } حالة قلق عاجلة بانتظار الرد
}
supervision-none-urgent = لا يوجد شيء عاجل بانتظار الرد.
supervision-concerns = { $count ->
    [0] لا توجد حالات قلق مفتوحة
    [zero] لا توجد حالات قلق مفتوحة
    [one] حالة قلق مفتوحة واحدة
    [two] حالتا قلق مفتوحتان
    [few] { $count } حالات قلق مفتوحة
    [many] { $count } حالة قلق مفتوحة
   *[other] { $count } حالة قلق مفتوحة
}
supervision-overdue = { $count ->
    [0] لا توجد تقارير متأخرة
    [zero] لا توجد تقارير متأخرة
    [one] تقرير واحد متأخر
    [two] تقريران متأخران
    [few] { $count } تقارير متأخرة
    [many] { $count } تقريرًا متأخرًا
   *[other] { $count } تقرير متأخر
}
supervision-recent = أحدث التقارير
supervision-none = لا يوجد.
supervision-facilitators-title = الميسّرون والمشرفون
supervision-facilitators-intro = لكل ميسّر مشرف يقرأ تقاريره. أما الميسّر الذي ليس له مشرف، فيتابعه جميع المشرفين.
supervision-supervisor = المشرف/ة
supervision-supervisor-of = المشرف/ة على { $name }
supervision-every-supervisor = جميع المشرفين
supervision-no-facilitators = لا يوجد ميسّرون بعد.
supervision-not-a-supervisor = اختاروا شخصًا له دور المشرف.

report-themes-title = مواضيع التقارير
report-themes-intro = المواضيع التي يمكن للميسّرين اختيارها في تقاريرهم. يبقى الموضوع المؤرشف ظاهرًا في التقارير القديمة.
report-theme-archived = مؤرشف
report-theme-archive = أرشفة
report-theme-restore = استعادة
report-theme-add = إضافة موضوع
report-theme-label = الموضوع
report-theme-two-cultures = العيش بين ثقافتين
report-theme-bilingual-children = الأطفال ثنائيو اللغة
report-theme-sleep = النوم والروتين اليومي
report-theme-daycare-school = الحضانة والمدرسة
report-theme-couple = العلاقة بين الزوجين
report-theme-loneliness = الوحدة
report-theme-services = الوصول إلى الخدمات
report-theme-wellbeing = رفاه الوالدين

escalations-title = حالات قلق بلا رد
escalations-intro = حالات قلق عاجلة لم يؤكد أي مشرف استلامها في الوقت المحدد. يُرجى التواصل هاتفيًا مع المشرف أو مع مشرف آخر.
escalations-none = تم تأكيد استلام جميع حالات القلق العاجلة.
escalation-raised = وقت الإبلاغ

security-event-session-report-viewed = تم الاطلاع على تقرير لقاء

mail-concern-urgent-subject = قلق عاجل بعد أحد اللقاءات
mail-concern-urgent-intro = أبلغ أحد الميسّرين عن قلق عاجل بعد أحد اللقاءات. يُرجى قراءة التقرير وتأكيد استلامه في أقرب وقت ممكن.
mail-concern-urgent-button = قراءة التقرير
mail-concern-urgent-outro = إذا لم يؤكد أحد الاستلام في الوقت المحدد، فسيتم إبلاغ المنسّقين.
mail-concern-escalated-subject = حالة قلق عاجلة ما زالت بلا رد
mail-concern-escalated-intro = لم يؤكد أي مشرف استلام حالة قلق عاجلة خلال { $minutes } دقيقة. يُرجى التأكد من أن أحدًا يستجيب لها.
mail-concern-escalated-button = عرض حالات القلق التي بلا رد
mail-concern-escalated-outro = لا يرى التقرير نفسه إلا المشرفون.
mail-report-reminder-subject = تقرير لقائكم بانتظاركم
mail-report-reminder-intro = يُرجى كتابة تقرير قصير عن لقاء مجموعة «{ $name }». يجب إرساله خلال 48 ساعة من انتهاء اللقاء.
mail-report-reminder-button = كتابة التقرير
mail-report-reminder-outro = شكرًا لكم على تيسير المجموعة.
mail-report-comment-subject = علّق مشرفكم على تقريركم
mail-report-comment-intro = وصلتكم رسالة من { $name } بشأن تقرير لقائكم.
mail-report-comment-button = قراءة التعليق
mail-report-comment-outro = لا يستطيع قراءته إلا أنتم ومشرفوكم.
security-event-supervision-notes-viewed = تم الاطلاع على ملاحظات الإشراف
supervision-circles-title = حلقات الإشراف
supervision-circles-intro = الحلقة مجموعة من الميسّرين الذين تشرفون عليهم. تُعقد لقاءاتها في غرفة خاصة لا يراها إلا أعضاء الحلقة؛ ويُسجَّل الحضور عندما يكون الأشخاص في الغرفة، ويمكنكم تصحيحه لاحقًا.
supervision-circles-none = لا توجد حلقات بعد.
supervision-circles-none-mine = لستم في حلقة إشراف بعد. سيضيفكم مشرفكم إليها.
supervision-circle-members = { $count ->
    [zero] لا يوجد ميسّرون
    [one] ميسّر واحد
    [two] ميسّران
    [few] { $count } ميسّرين
    [many] { $count } ميسّرًا
   *[other] { $count } ميسّر
}
supervision-circle-meetings = { $count ->
    [zero] لا توجد لقاءات
    [one] لقاء واحد
    [two] لقاءان
    [few] { $count } لقاءات
    [many] { $count } لقاءً
   *[other] { $count } لقاء
}
supervision-circle-new = حلقة جديدة
supervision-circle-name = اسم الحلقة
supervision-circle-facilitators = الميسّرون
supervision-circle-create = إنشاء الحلقة
supervision-circle-facilitators-invalid = اختاروا ميسّرًا واحدًا على الأقل ممن تشرفون عليهم.
supervision-meetings = اللقاءات
supervision-meetings-none = لا توجد لقاءات مجدولة.
supervision-meeting-schedule = جدولة اللقاءات
supervision-meeting-weeks-hint = 1 للقاء واحد؛ وعدد أكبر للقاء أسبوعي في الوقت نفسه.
supervision-meeting-time-invalid = أدخلوا تاريخ أول لقاء (YYYY-MM-DD) ووقت بدئه (HH:MM).
supervision-meeting-attended = من حضر
supervision-meeting-you-attended = لقد حضرتم.
supervision-meeting-you-missed = لم يُسجَّل حضوركم.
supervision-notes-title = ملاحظات الإشراف
supervision-notes-intro = لا يرى الملاحظات إلا مشرفو الميسّر، ما لم تشاركوا ملاحظة مع الميسّر نفسه. اكتبوا فقط ما يحتاجه الإشراف: لا تشخيصات ولا بيانات شخصية عن العائلات.
supervision-notes-none = لا توجد ملاحظات.
supervision-notes-shared-title = ملاحظات شاركها مشرفكم معكم
supervision-note = ملاحظة
supervision-note-share = مشاركة هذه الملاحظة مع الميسّر
supervision-note-shared = تمت المشاركة
supervision-note-add = حفظ الملاحظة
supervision-mine-title = الإشراف الخاص بي
supervision-mine-last = آخر مرة حضرتم فيها الإشراف كانت في { $when }.
supervision-mine-never = لم تحضروا الإشراف بعد.
supervision-mine-until = احضروا لقاء إشراف قبل { $when } لتحتفظوا بصلاحياتكم في إدارة المجموعات.
supervision-mine-warning = تنتهي صلاحياتكم في إدارة المجموعات في { $when } ما لم تحضروا لقاء إشراف قبل ذلك.
supervision-mine-lapsed = مرّ وقت طويل جدًا منذ آخر مرة حضرتم فيها الإشراف، لذلك لا يمكنكم حاليًا تيسير المجموعات أو إدارتها. احضروا اللقاء القادم لحلقتكم لتستعيدوا صلاحياتكم؛ لم يُحذف شيء.
mail-supervision-lapse-warning-subject = حان وقت الإشراف
mail-supervision-lapse-warning-intro = مرحبًا { $name }، لم تحضروا لقاء إشراف منذ مدة. تنتهي صلاحياتكم في إدارة المجموعات في { $detail } ما لم تحضروا لقاءً قبل ذلك.
mail-supervision-lapse-warning-button = عرض لقاءات الإشراف الخاصة بكم
mail-supervision-lapse-warning-outro = الإشراف موجود حتى لا يبقى أي ميسّر وحيدًا مع ما يسمعه في المجموعات.
mail-supervision-lapsed-subject = انتهت صلاحياتكم في إدارة المجموعات
mail-supervision-lapsed-intro = مرحبًا { $name }، مرّ وقت طويل جدًا منذ آخر مرة حضرتم فيها الإشراف، لذلك لا يمكنكم حاليًا تيسير المجموعات أو إدارتها.
mail-supervision-lapsed-button = عرض لقاءات الإشراف الخاصة بكم
mail-supervision-lapsed-outro = لم يُحذف شيء. احضروا لقاء إشراف لتستعيدوا صلاحياتكم.
mail-supervision-lapsed-coordinator-subject = انتهت صلاحيات أحد الميسّرين في إدارة المجموعات
mail-supervision-lapsed-coordinator-intro = لم يحضر { $name } الإشراف منذ وقت طويل جدًا، ولا يمكنه حاليًا تيسير المجموعات أو إدارتها. المجموعات المعنية: { $detail }
mail-supervision-lapsed-coordinator-button = فتح الإشراف
mail-supervision-lapsed-coordinator-outro = تعود الصلاحيات عندما يحضر الميسّر لقاء إشراف.
supervision-next-meeting = لقاء الإشراف القادم
supervision-mine-open = فتح الإشراف الخاص بي
