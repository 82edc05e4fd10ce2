protection-title = هل أنتم قلقون على سلامة طفل؟
protection-emergency = إذا كان طفل في خطر مباشر، اتصلوا بالرقم 112.
protection-no-consent = لا يحتاج بلاغ حماية الطفل إلى موافقة العائلة. يمكن لأي شخص أن يقدّمه، ويجب على المهنيين والمتطوعين الذين يعملون مع الأطفال أن يقدّموه عندما يقلقون على سلامة طفل أو نموّه أو رفاهه. يُقدَّم البلاغ إلى خدمات حماية الطفل في البلدية التي يسكن فيها الطفل.
protection-tell-supervisor = يمكنكم أن تناقشوا الأمر مع مشرفكم أولًا، لكن لا تنتظروا إذا كان الطفل قد يكون في خطر.
protection-contacts = أين يُقدَّم البلاغ
protection-show-contacts = عرض بيانات الاتصال
protection-no-contacts = لا توجد في الدليل بعدُ بيانات اتصال لخدمات حماية الطفل في هذه البلدية. اتصلوا برقم الطوارئ 112: فهو يحوّل البلاغات إلى خدمة الطوارئ الاجتماعية.
protection-phone = الهاتف
protection-email = البريد الإلكتروني
protection-record = سجّلوا أنكم قدّمتم بلاغًا
protection-record-intro = يُحفظ هذا التسجيل منفصلًا عن الإحالات. لا يطّلع عليه إلا المشرفون ومديرو النظام.
protection-recipient = قُدِّم إلى
protection-recipient-hint = الجهة أو الشخص الذي استلم البلاغ، مثل خط المناوبة لخدمات حماية الطفل في البلدية.
protection-date = التاريخ
protection-when = متى قُدِّم البلاغ
protection-time = الوقت
protection-member = العائلة التي يخصّها البلاغ (اختياري)
protection-member-none = ليست عائلة من مجموعاتي
protection-adult-email = البريد الإلكتروني لأحد البالغين في العائلة (اختياري)
protection-adult-email-hint = فقط إذا كنتم تعرفون حساب العائلة.
protection-note = ملاحظة (اختياري)
protection-note-hint = فقط ما سيحتاج الآخرون إلى معرفته لاحقًا. لا تشخيصات.
protection-record-button = تسجيل البلاغ
protection-recorded = تم تسجيل البلاغ. شكرًا لكم على تحرّككم.
protection-made-in-future = لا يمكن أن يكون الوقت في المستقبل.
protection-made-too-long-ago = لا يمكن هنا تسجيل بلاغ قُدِّم قبل أكثر من سنة.
protection-no-such-family = لا يوجد حساب عائلي بهذا العنوان.
protection-records-title = بلاغات حماية الطفل
protection-records-intro = تسجيلات تفيد بأن بلاغًا قد قُدِّم. كل اطّلاع على تسجيل يذكر عائلة يُدوَّن في سجلّ تستطيع العائلة رؤيته.
protection-all-municipalities = كل البلديات
protection-filter = تصفية
protection-records-count = { $count ->
    [zero] لا توجد تسجيلات
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلًا
   *[other] { $count } تسجيل
}
protection-made-by = قدّمه
protection-about-family = يذكر عائلة
protection-recorded-at = تاريخ التسجيل
protection-records-none = لم يُسجَّل أي بلاغ.
