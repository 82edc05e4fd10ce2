## الخصوصية: من اطّلع على بيانات العائلة، وما الذي تحتفظ به Silta، ولماذا، وإلى متى.

privacy-title = بياناتكم وخصوصيتكم
privacy-intro = لا تحتفظ Silta إلا بما تحتاجه لتسيير المجموعات ولمساعدتكم على الوصول إلى الخدمات. ترون هنا من اطّلع على بيانات عائلتكم، وما الذي يُحتفَظ به، ولماذا، وإلى متى.
privacy-seen-title = من اطّلع على بيانات عائلتكم
privacy-seen-intro = في كل مرة يطّلع فيها أحد أفراد فريق عمل Silta أو ميسّر/ة أو شريك/ة من البلدية أو خدمةٌ على البيانات الشخصية لعائلتكم، يُدوَّن ذلك هنا: من، وبأي دور، ومتى، وعلى ماذا، ولماذا. لا يستطيع أحد تغيير هذه السطور أو حذفها، ويُحتفَظ بها لمدة سنتين.
privacy-seen-count = { $count ->
    [0] لم يطّلع أحد على بيانات عائلتكم بعد.
    [one] اطّلاع واحد
    [two] اطّلاعان
    [few] { $count } اطّلاعات
    [many] { $count } اطّلاعًا
   *[other] { $count } اطّلاع
}
privacy-seen-when = متى
privacy-seen-who = من
privacy-seen-what = ماذا
privacy-seen-why = لماذا
privacy-seen-no-family = هذه القائمة مخصّصة للعائلات. حسابكم لا ينتمي إلى أي عائلة.
privacy-kept-title = ما الذي تحتفظ به Silta ولماذا
privacy-kept-intro = يُعلن كل جزء من Silta عن البيانات الشخصية التي يحتفظ بها، والغرض منها، والمدة التي يحتفظ بها خلالها.
privacy-reader-service-link = خدمة، عبر رابط الإحالة

## ما الذي اطُّلع عليه، ولماذا
privacy-item-referral = إحالة
privacy-item-consent = موافقة
privacy-item-group_membership = العضوية في مجموعة
privacy-item-child_protection_notice = تسجيل لبلاغ حماية الطفل
privacy-purpose-referral_follow_up = متابعة إحالة إلى أن تحصلوا على المساعدة
privacy-purpose-concern_referral = إعداد إحالة بعد قلق أبداه ميسّر/ة
privacy-purpose-child_protection_record = الاحتفاظ بتسجيل بلاغ حماية الطفل

## الاحتفاظ بالبيانات (لفريق العمل)
privacy-retention-title = الاحتفاظ بالبيانات
privacy-retention-intro = كل أنواع البيانات الشخصية التي تحتفظ بها Silta، كما تُعلنها كل ميزة: لماذا يُحتفَظ بها، وعلى أي أساس قانوني، وإلى متى. أما ما تجاوز مدة الاحتفاظ به فتحذفه مهمة تعمل في الخلفية على دفعات صغيرة.
privacy-retention-kind = البيانات
privacy-retention-purpose = الغرض
privacy-retention-basis = الأساس القانوني
privacy-retention-period = مدة الاحتفاظ
privacy-retention-tables = الجداول
privacy-retention-account = ما دام الحساب موجودًا.
privacy-retention-days = بعد مرور { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} على تدوينها.
privacy-retention-after-closing = بعد مرور { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} على إغلاق الملف.
privacy-retention-setting = كما يحدّده الإعداد { $setting } (وإن لم يُضبط فالمدة { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}).
privacy-basis-consent = الموافقة
privacy-basis-contract = تقديم الخدمة المطلوبة
privacy-basis-legal-obligation = التزام قانوني
privacy-basis-vital-interests = المصالح الحيوية لشخص ما
privacy-basis-legitimate-interests = المصالح المشروعة

## أنواع البيانات
privacy-kind-access-log = من اطّلع على بيانات عائلة
privacy-purpose-of-access-log = لكي ترى العائلة من اطّلع على بياناتها، وليتمكّن فريق العمل من تقديم مسوّغ لكل اطّلاع.

## Readings logged by the features
privacy-item-account = بيانات الحساب (الاسم وعنوان البريد الإلكتروني والأدوار)
privacy-item-account_security = حساب مع عمليات تسجيل الدخول إليه وأحداثه الأمنية
privacy-item-session_attendance = من قال إنه سيحضر لقاء المجموعة، ومن حضر
privacy-item-help_request = طلب مساعدة للوصول إلى خدمة
privacy-item-chat_report = رسالة دردشة تم الإبلاغ عنها والرسائل المحيطة بها
privacy-item-training_application = طلب لتصبح ميسّرًا/ة أقران
privacy-purpose-account_administration = إدارة الحسابات: الأدوار والوصول والأمان
privacy-purpose-group_leading = إدارة مجموعة: من فيها ومن ينتظر مكانًا
privacy-purpose-group_attendance = متابعة من يشارك في لقاءات المجموعة
privacy-purpose-help_request_handling = مساعدتكم في الوصول إلى الخدمة التي طلبتم المساعدة بشأنها
privacy-purpose-chat_moderation = مراجعة الرسائل المُبلَّغ عنها للحفاظ على أمان دردشة المجموعة
privacy-purpose-facilitator_selection = اتخاذ قرار بشأن طلب لتصبح ميسّرًا/ة أقران
