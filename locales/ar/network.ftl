## شبكات الشركاء في المنطقة واجتماعاتها

network-list-title = شبكات الشركاء
network-list-intro = شبكة الشركاء في منطقة خدمات الرفاه أو في البلدية: يلتقي الشركاء البلديون والميسّرون والموظفون، وممثلو العائلات عند دعوتهم، ليعرفوا من يفعل ماذا وليتفقوا على إجراءات.
network-search-label = البحث في الشبكات
network-search = كلمات في الاسم
network-search-submit = بحث
network-found = { $count ->
    [zero] لا توجد شبكات
    [one] شبكة واحدة
    [two] شبكتان
    [few] { $count } شبكات
    [many] { $count } شبكة
   *[other] { $count } شبكة
}
network-none = لا توجد شبكات بعد.
network-participant-count = { $count ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
network-next-meeting = الاجتماع القادم
network-new = شبكة جديدة
network-name = اسم الشبكة
network-area = المنطقة
network-area-choose = اختر المنطقة
network-area-counties = مناطق خدمات الرفاه
network-area-municipalities = البلديات
network-area-unknown = اختر منطقة خدمات رفاه أو بلدية من القائمة.
network-create = أنشئ الشبكة
network-organiser = المنظِّم
network-participants = المشاركون
network-who-does-what = من يفعل ماذا
network-participant = المشارك
network-takes-part-as = يشارك بصفة
network-works-as = ماذا يعمل
network-works-as-hint = مثلًا "مرشدة أسرية في عيادة صحة الطفل". لا يُعرض لممثلي العائلات.
network-organisation = الجهة والخدمات
network-participants-none = لم تُرسل أي دعوة بعد.
network-remove = إزالة
network-kind-partner = شريك بلدي
network-kind-facilitator = ميسّر
network-kind-staff = من موظفي Silta
network-kind-family = ممثل العائلات
network-invite = ادعُ مشاركًا
network-invite-email = عنوان البريد الإلكتروني لحسابه في Silta
network-invite-submit = ادعُ
network-participant-unknown = لا يوجد حساب في Silta بهذا العنوان يمكنه المشاركة بهذه الصفة.
network-meetings = الاجتماعات
network-meetings-none = لم يُحدَّد أي اجتماع بعد.
network-open-action-count = { $count ->
    [zero] لا إجراءات مفتوحة
    [one] إجراء مفتوح واحد
    [two] إجراءان مفتوحان
    [few] { $count } إجراءات مفتوحة
    [many] { $count } إجراءً مفتوحًا
   *[other] { $count } إجراء مفتوح
}
network-meeting-schedule = حدِّد موعد اجتماع
network-meeting-date = التاريخ
network-meeting-time-hint = بتوقيت هلسنكي.
network-meeting-time-invalid = أدخل تاريخًا ووقت بدء ومدة من 15 إلى 480 دقيقة.
network-meeting-title = اجتماع
network-agenda = جدول الأعمال
network-agenda-none = لا يوجد جدول أعمال بعد.
network-agenda-edit = عدِّل جدول الأعمال
network-agenda-hint = بند واحد في كل سطر.
network-agenda-save = احفظ جدول الأعمال
network-agenda-too-many = يمكن أن يضم جدول الأعمال { $max } بندًا على الأكثر.
network-notes = الملاحظات
network-notes-none = لا توجد ملاحظات بعد.
network-notes-edit = اكتب الملاحظات
network-notes-save = احفظ الملاحظات
network-notes-closed = لم يعد تعديل الملاحظات ممكنًا: مضى على الاجتماع أكثر من أسبوعين.
network-follow-ups = متابعة إجراءات الاجتماعات السابقة
network-follow-ups-none = لا توجد إجراءات مفتوحة من الاجتماعات السابقة.
network-actions = الإجراءات المتفق عليها في هذا الاجتماع
network-actions-none = لم يُتفق على أي إجراء بعد.
network-action-new = سجِّل إجراءً
network-action-text = ما الذي سيُنجز
network-action-owner = من سيقوم به
network-action-owner-choose = اختر مشاركًا
network-action-owner-required = يحتاج كل إجراء إلى مسؤول: اختر من سيقوم به.
network-action-owner-not-participant = يجب أن يكون المسؤول من المشاركين في الشبكة.
network-action-due-on = الموعد النهائي (اختياري)
network-action-add = سجِّل الإجراء
network-action-due = الموعد النهائي
network-action-overdue = متأخر
network-action-agreed-on = اتُّفق عليه في اجتماع
network-action-status = الحالة
network-status-open = مفتوح
network-status-done = منجز
network-status-dropped = أُلغي
network-home-title = شبكة الشركاء
network-home-actions = إجراءاتك المفتوحة
mail-network-invited-subject = أنت مدعو إلى شبكة شركاء
mail-network-invited-intro = دُعيت إلى المشاركة في شبكة الشركاء "{ $name }" في Silta. تجد اجتماعاتها وجداول أعمالها والإجراءات المتفق عليها في صفحة الشبكة.
mail-network-invited-button = افتح الشبكة
mail-network-invited-outro = إذا كنت تظن أن هذا خطأ، فردّ على الموظف الذي دعاك.
privacy-kind-network-participation = شبكات الشركاء التي تشارك فيها
privacy-purpose-of-network-participation = لدعوتك إلى اجتماعات الشبكة وإخبار المشاركين الآخرين من يفعل ماذا.
privacy-kind-network-actions = الإجراءات التي أنت مسؤول عنها في شبكات الشركاء
privacy-purpose-of-network-actions = لمتابعة ما اتُّفق عليه في اجتماع الشبكة.
privacy-kind-network-notes = ملاحظات اجتماعات الشبكات التي كتبتها
privacy-purpose-of-network-notes = للاحتفاظ بسجل قصير لما ناقشه اجتماع الشبكة وما اتفق عليه.
privacy-field-network = الشبكة
privacy-field-taking-part-as = يشارك بصفة
privacy-field-works-as = ماذا تعمل
privacy-field-due-on = الموعد النهائي
privacy-field-agreed-at = تاريخ الاتفاق
privacy-field-participation = المشاركة
privacy-field-actions = الإجراءات
