## الإحالات: تُحال العائلة إلى خدمة بموافقتها، وتُتابَع الإحالة حتى تحصل العائلة على المساعدة.

referrals-title = الإحالات
referrals-new = إحالة جديدة
referrals-found = { $count ->
    [zero] لا توجد إحالات
    [one] إحالة واحدة
    [two] إحالتان
    [few] { $count } إحالات
    [many] { $count } إحالة
   *[other] { $count } إحالة
}
referrals-none = لا توجد إحالات مطابقة.
referrals-filter-label = البحث عن إحالات
referrals-filter-status = الحالة
referrals-filter-any = كل الحالات
referrals-filter-words = كلمات في النصوص
referrals-filter-overdue = فقط الإحالات التي طال انتظارها أكثر من اللازم
referrals-filter-submit = بحث
referrals-overdue = لم تتغيّر منذ مدة طويلة جدًا
referrals-family = العائلة
referrals-service = الخدمة
referrals-worker = أخصائي/ة الإحالة
referrals-created = تاريخ الإعداد
referrals-sent = تاريخ الإرسال
referrals-changed = آخر تغيير
referrals-open = فتح الإحالة

## الحالات والأسباب والنتائج
referral-status-draft = مسوّدة
referral-status-sent = أُرسلت
referral-status-received = استلمتها الخدمة
referral-status-accepted = قُبلت
referral-status-declined = رُفضت
referral-status-contacted = تمّ التواصل مع العائلة
referral-status-help_started = بدأت المساعدة
referral-status-closed = أُغلقت
referral-status-cancelled = أُلغيت
referral-decline-not_eligible = لا تستوفي شروط الخدمة
referral-decline-no_capacity = لا توجد أماكن متاحة
referral-decline-could_not_contact = تعذّر التواصل مع العائلة
referral-decline-other = سبب آخر
referral-outcome-got_help = حصلت العائلة على المساعدة
referral-outcome-could_not_get_help = لم تتمكن العائلة من الحصول على المساعدة
referral-outcome-no_longer_interested = لم تعد العائلة مهتمة
referral-actor-worker = أخصائي/ة الإحالة
referral-actor-partner = الخدمة (حساب شريك)
referral-actor-service_link = الخدمة (عبر الرابط الخاص بها)
referral-actor-family = العائلة
referral-actor-family_link = العائلة (عبر الرابط الخاص بها)
referral-actor-system = Silta

## نموذج أخصائي/ة الإحالة
referral-new-title = إعداد إحالة
referral-new-intro = لا يُرسَل أي شيء قبل أن توافق العائلة. ترى العائلة بلغتها ما سيُرسَل بالضبط.
referral-field-family-email = البريد الإلكتروني لأحد البالغين في العائلة
referral-field-family-email-hint = العنوان نفسه تمامًا الذي يسجّل به هذا الشخص البالغ الدخول.
referral-field-family-given = العائلة المعنيّة بطلب المساعدة أو بحالة القلق
referral-field-service-search = البحث عن خدمة
referral-field-service-search-button = بحث
referral-field-service = الخدمة
referral-field-service-choose = اختاروا خدمة
referral-field-reason = لماذا تُحال العائلة
referral-field-hopes = ما الذي تأمله العائلة
referral-field-summary = ملخّص بكلماتكم الخاصة
referral-field-summary-hint = اكتبوا فقط ما تحتاجه الخدمة. لا تشخيصات.
referral-create = حفظ المسوّدة
referral-save = حفظ التغييرات
referral-saved = تم الحفظ.

## إحالة واحدة، كما يراها أخصائي/ة الإحالة
referral-title = إحالة
referral-texts = ما تتضمّنه الإحالة
referral-edit = تعديل المسوّدة
referral-history = سجلّ المراحل
referral-consent-state = الموافقة
referral-consent-none = لم توافق العائلة بعد. لا يمكن إرسال الإحالة قبل موافقتها.
referral-consent-valid = سارية
referral-consent-withdrawn = مسحوبة
referral-consent-expired = منتهية الصلاحية
referral-consent-channel-account = من الحساب الشخصي للشخص البالغ
referral-consent-channel-phone = عبر الهاتف، وسجّلها أحد أفراد فريق العمل
referral-consent-given-by = صاحب/ة الموافقة
referral-consent-recorded-by = سجّلها
referral-consent-given-at = تاريخ الموافقة
referral-consent-expires-at = صالحة حتى
referral-consent-withdrawn-at = تاريخ السحب
referral-consent-text-version = النص المعروض
referral-consent-items = ما تشمله الموافقة
referral-phone-title = تسجيل موافقة أُعطيت عبر الهاتف
referral-phone-adult = الشخص البالغ في العائلة
referral-phone-show = عرض النص المطلوب قراءته
referral-phone-read = اقرؤوا هذا النص على الشخص البالغ بلغته، ثم سجّلوا إجابته.
referral-phone-record = وافق الشخص البالغ: تسجيل الموافقة
referral-phone-withdraw = سحبت العائلة موافقتها عبر الهاتف
referral-send = إرسال إلى الخدمة
referral-send-hint = لا تتلقى الخدمة إلا ما وافقت العائلة عليه.
referral-sent-notice = تم إرسال الإحالة.
referral-cancel = إلغاء الإحالة
referral-close = إغلاق الإحالة مع تسجيل النتيجة
referral-close-outcome = النتيجة
referral-change-note = ملاحظة في سجلّ المراحل (لا تراها العائلة)
referral-change-save = حفظ الحالة
referral-from-concern = أُعدّت بناءً على حالة قلق وردت في تقرير لقاء.

## صفحات العائلة
my-referrals-title = إحالاتكم
my-referrals-intro = هنا ترون الخدمات التي يساعدكم فريق عمل Silta على الوصول إليها، وأين وصلت كل إحالة.
my-referrals-none = ليست لديكم إحالات.
my-referral-title = إحالة إلى { $service }
my-referral-status = أين وصلت
my-referral-consent-title = هل توافقون؟
my-referral-agree = أوافق على إرسال هذا
my-referral-agreed = شكرًا لكم. تم تسجيل موافقتكم.
my-referral-withdraw = سحب موافقتي
my-referral-withdraw-hint = يؤدي سحب الموافقة إلى إلغاء الإحالة إذا كانت لا تزال مفتوحة.
my-referral-withdrawn = تم سحب موافقتكم.
my-referral-quiet = لا أريد أن أُبلَّغ بالتغييرات
my-referral-quiet-hint = يمكنكم مع ذلك رؤية كل تغيير في هذه الصفحة.
my-referral-loud = أبلغوني بالتغييرات من جديد
my-referral-quiet-on = لن تُبلَّغوا بالتغييرات.
my-referral-quiet-off = ستُبلَّغون بالتغييرات.
my-referral-got-help = حصلتُ على المساعدة
my-referral-got-help-hint = أخبرونا عندما تساعدكم الخدمة، وعندها تُغلَق الإحالة.
my-referral-thanks = شكرًا لكم على إخبارنا. تم إغلاق الإحالة.
my-referral-text-language = هذا النص بلغتكم.
my-referral-your-consent = موافقتكم

## صفحات الخدمة
partner-referrals-title = الإحالات إلى مؤسستكم
partner-referrals-none = لم تُرسَل أي إحالات إلى مؤسستكم.
partner-referral-title = إحالة إلى { $service }
partner-referral-shared = ما وافقت العائلة على مشاركته
partner-referral-withdrawn = سحبت العائلة موافقتها. لم تعد المعلومات التي شاركتها معروضة.
partner-referral-update = تحديث الحالة
partner-referral-new-status = الحالة الجديدة
partner-referral-decline-reason = سبب الرفض
partner-referral-outcome = النتيجة
partner-referral-updated = تم تحديث الحالة. وستُبلَّغ العائلة بذلك.
partner-referral-final = انتهت هذه الإحالة، ولم يعد من الممكن تغيير حالتها.
referral-link-title = إحالة من Silta
referral-link-intro = أرسلت Silta إلى خدمتكم هذه الإحالة بموافقة العائلة. يعمل هذا الرابط لمدة 14 يومًا ولهذه الإحالة فقط، ويُسجَّل كل فتح له.
referral-link-invalid = انتهت صلاحية هذا الرابط أو أنه غير صالح. اطلبوا رابطًا جديدًا من أخصائيي الإحالة في Silta.
referral-help-title = هل حصلتم على المساعدة؟
referral-help-intro = أخبرونا إذا كانت الخدمة قد ساعدتكم. عندها تُغلَق الإحالة.
referral-help-done = شكرًا لكم. تم إغلاق الإحالة.

## الأخطاء
referral-service-unknown = اختاروا خدمة من دليل الخدمات.
referral-service-inactive = لا تستقبل هذه الخدمة إحالات حاليًا.
referral-service-unreachable = ليست لهذه الخدمة حسابات شركاء ولا عنوان لاستقبال الإحالات.
referral-family-unknown = لم يُعثر على عائلة بهذا العنوان.
referral-adult-unknown = اختاروا شخصًا بالغًا من هذه العائلة.
referral-not-draft = أُرسلت هذه الإحالة بالفعل، ولم يعد من الممكن تغييرها.
referral-consent-not-draft = لا يمكن إعطاء الموافقة إلا قبل إرسال الإحالة.
referral-consent-given = وافقت العائلة بالفعل.
referral-consent-changed = تغيّرت الإحالة بعد عرض النص. اقرؤوه مرة أخرى.
referral-consent-missing = لم توافق العائلة، لذا لا يمكن إرسال الإحالة.
referral-consent-outdated = تغيّرت الإحالة بعد موافقة العائلة. اطلبوا من العائلة أن توافق مرة أخرى.
referral-nothing-to-withdraw = لا توجد موافقة يمكن سحبها.
referral-change-not-allowed = لا يمكن إجراء هذا التغيير الآن.
referral-changed-meanwhile = غيّر شخص آخر الإحالة في هذه الأثناء. أعيدوا تحميل الصفحة.

## نص الموافقة (referral-consent-1)
referral-consent-which = يودّ أخصائي الإحالة في Silta أن يرسل إحالة إلى { $service } ({ $organisation }).
referral-consent-why = ستستخدمها الخدمة للتواصل معكم وتقديم المساعدة التي تأملونها.
referral-consent-shared = هذا بالضبط ما سيُرسَل، ولا شيء غيره:
referral-consent-kept = موافقتكم صالحة لمدة 12 شهرًا. تحتفظ Silta بالإحالة وبموافقتكم لمدة 12 شهرًا بعد انتهاء الإحالة. وتحتفظ الخدمة بما تلقّته وفقًا لقواعدها الخاصة بسجلّات العملاء.
referral-consent-withdraw = يمكنكم سحب موافقتكم في أي وقت من هذه الصفحة بنقرة واحدة. يؤدي سحب الموافقة إلى إلغاء الإحالة إذا كانت لا تزال مفتوحة.
referral-consent-purpose = إحالة إلى { $service } ({ $organisation })، لكي تتمكن الخدمة من التواصل مع العائلة وتقديم المساعدة لها.
referral-item-name = الاسم
referral-item-email = البريد الإلكتروني
referral-item-languages = لغات العائلة
referral-item-municipality = البلدية
referral-item-reason = لماذا تُحالون
referral-item-hopes = ما الذي تأملونه
referral-item-summary = ملخّص أخصائي الإحالة

## بطاقات الصفحة الرئيسية
referral-home-family = { $count ->
    [zero] لا توجد إحالات بانتظار ردّكم
    [one] إحالة واحدة بانتظار ردّكم
    [two] إحالتان بانتظار ردّكم
    [few] { $count } إحالات بانتظار ردّكم
    [many] { $count } إحالة بانتظار ردّكم
   *[other] { $count } إحالة بانتظار ردّكم
}
referral-home-family-changes = آخر التغييرات على إحالاتكم
referral-home-worker = { $overdue ->
    [zero] لا توجد إحالات طال انتظارها أكثر من اللازم
    [one] إحالة واحدة طال انتظارها أكثر من اللازم
    [two] إحالتان طال انتظارهما أكثر من اللازم
    [few] { $overdue } إحالات طال انتظارها أكثر من اللازم
    [many] { $overdue } إحالة طال انتظارها أكثر من اللازم
   *[other] { $overdue } إحالة طال انتظارها أكثر من اللازم
}
referral-home-worker-waiting = { $waiting ->
    [zero] لا توجد مسوّدات بانتظار موافقة العائلة
    [one] مسوّدة واحدة بانتظار موافقة العائلة
    [two] مسوّدتان بانتظار موافقة العائلة
    [few] { $waiting } مسوّدات بانتظار موافقة العائلة
    [many] { $waiting } مسوّدة بانتظار موافقة العائلة
   *[other] { $waiting } مسوّدة بانتظار موافقة العائلة
}
referral-home-partner = { $count ->
    [zero] لا توجد إحالات جديدة إلى مؤسستكم
    [one] إحالة جديدة واحدة إلى مؤسستكم
    [two] إحالتان جديدتان إلى مؤسستكم
    [few] { $count } إحالات جديدة إلى مؤسستكم
    [many] { $count } إحالة جديدة إلى مؤسستكم
   *[other] { $count } إحالة جديدة إلى مؤسستكم
}
referral-home-open-list = فتح القائمة

## البريد الإلكتروني
mail-referral-consented-subject = وافقت عائلة على إحالة
mail-referral-consented-intro = وافقت العائلة على الإحالة التي أعددتموها. يمكنكم الآن إرسالها.
mail-referral-consented-button = فتح الإحالة
mail-referral-consented-outro = لا تتضمّن هذه الرسالة أي تفاصيل عن العائلة.
mail-referral-new-subject = إحالة جديدة إلى مؤسستكم
mail-referral-new-intro = أرسلت Silta إحالة إلى مؤسستكم. اقرؤوها في صندوق الوارد الخاص بكم في Silta.
mail-referral-new-button = فتح الإحالة
mail-referral-new-outro = تفاصيل الإحالة موجودة في Silta فقط، ولا تُرسَل أبدًا بالبريد الإلكتروني.
mail-referral-link-subject = إحالة من Silta
mail-referral-link-intro = أرسلت Silta إلى خدمتكم إحالة بموافقة العائلة. يعمل الرابط أدناه لمدة 14 يومًا ولهذه الإحالة فقط.
mail-referral-link-button = قراءة الإحالة
mail-referral-link-outro = لا تتضمّن هذه الرسالة أي بيانات شخصية. ويُسجَّل كل فتح للرابط.
mail-referral-overdue-subject = إحالة طال انتظارها أكثر من اللازم
mail-referral-overdue-intro = لم يطرأ أي تغيير على إحالة أعددتموها منذ { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}. يُرجى الاستفسار من الخدمة.
mail-referral-overdue-button = فتح الإحالة
mail-referral-overdue-outro = تُبلَّغون بذلك مرة واحدة فقط؛ وأي تغيير جديد يبدأ العدّ من جديد.
mail-referral-changed-subject = انتقلت إحالتكم إلى مرحلة جديدة
mail-referral-changed-intro = حالة إحالتكم الآن: { $status }.
mail-referral-changed-button = عرض إحالتكم
mail-referral-changed-help = حصلتُ على المساعدة
mail-referral-changed-outro = يمكنكم أن تختاروا من صفحة الإحالة ألا تُبلَّغوا بالتغييرات.
referral-concern-handled = تمت معالجة حالة القلق بالفعل، أو تعذّر العثور عليها.
referral-concern-not-in-group = هذه العائلة ليست في المجموعة التي أُثيرت حالة القلق في تقرير لقائها.
