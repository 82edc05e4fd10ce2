## حماية البيانات: نسخة من بياناتك (المادتان 15 و20 من اللائحة العامة لحماية البيانات) وما يحتفظ به كل جزء من Silta.

privacy-export-title = احصل على نسخة من بياناتك
privacy-export-intro = يمكنك الحصول على نسخة من كل ما يحتفظ به Silta عنك: ملف لكل جزء من Silta يستطيع الحاسوب قراءته، وصفحة يمكنك فتحها في المتصفح. يظهر الأشخاص الآخرون فيها فقط باسم «عضو 1» و«عضو 2» وهكذا. يستغرق إعداد النسخة بعض الوقت، ثم يمكنك تنزيلها من هنا لمدة سبعة أيام.
privacy-export-button = أنشئ نسخة من بياناتي
privacy-export-asked = يجري إعداد نسخة من بياناتك. أعد تحميل هذه الصفحة بعد قليل لتنزيلها.
privacy-export-asked-at = تاريخ الطلب
privacy-export-state = النسخة
privacy-export-until = يمكن تنزيلها حتى
privacy-export-download = تنزيل (zip)
privacy-export-status-pending = بانتظار الإعداد
privacy-export-status-running = قيد الإعداد
privacy-export-status-ready = جاهزة
privacy-export-status-failed = تعذّر إعدادها
privacy-export-status-expired = انتهت صلاحيتها
privacy-export-pending = يجري إعداد نسخة من بياناتك بالفعل. يمكنك طلب نسخة جديدة عندما تصبح جاهزة.
privacy-export-not-found = لا توجد نسخة كهذه من بياناتك. لا يمكن تنزيل النسخة إلا لصاحب البيانات.
privacy-export-expired = لم يعد بالإمكان تنزيل هذه النسخة: تُحفظ النسخ سبعة أيام. يمكنك طلب نسخة جديدة من صفحة حماية البيانات.
privacy-export-failed = تعذّر إعداد هذه النسخة. اطلب نسخة جديدة من صفحة حماية البيانات.
privacy-export-not-ready = النسخة ليست جاهزة بعد. حاول مرة أخرى بعد قليل.
error-gone = لم يعد متاحًا
error-gone-detail = كان هذا موجودًا هنا لكنه لم يعد متاحًا.

## صفحة النسخة المقروءة
privacy-export-index-title = بياناتك في Silta
privacy-export-index-intro = هذه نسخة من البيانات الشخصية التي يحتفظ بها Silta عن { $name }، أُعدّت في
privacy-export-index-files = لكل جزء من Silta أيضًا ملف خاص بالبيانات نفسها للحواسيب (JSON). أسماء الأعمدة هي أسماء الحقول في تلك الملفات. يظهر الأشخاص الآخرون فقط باسم «عضو 1» و«عضو 2» وهكذا.
privacy-export-index-contents = المحتويات
privacy-export-index-file = البيانات نفسها للحواسيب: { $file }
privacy-export-index-rows = { $count ->
    [zero] لا صفوف
    [one] صف واحد
    [two] صفّان
    [few] { $count } صفوف
   *[other] { $count } صفًا
}
privacy-export-index-nothing = لا يحتفظ Silta بأي بيانات من هذا النوع عنك.
privacy-export-empty = –
privacy-export-yes = نعم
privacy-export-no = لا
privacy-export-member = عضو { $number }
privacy-export-feature-privacy = حماية البيانات
privacy-export-feature-accounts = حسابك
privacy-export-feature-groups = المجموعات
privacy-export-feature-chat = دردشة المجموعات
privacy-export-feature-supervision = الإشراف على الميسّرين
privacy-export-feature-training = تدريب الميسّرين
privacy-export-feature-directory = دليل الخدمات وطلبات المساعدة
privacy-export-feature-referrals = الإحالات إلى الخدمات

## أنواع البيانات التي يحتفظ بها كل جزء من Silta
privacy-kind-privacy-exports = نسخ بياناتك التي طلبتها
privacy-purpose-of-privacy-exports = لتتمكن من الحصول على نسخة من بياناتك، وليتمكن Silta من إثبات أنه استجاب لطلبك.
privacy-kind-accounts-profile = ملفك الشخصي وأدوارك
privacy-purpose-of-accounts-profile = لتتمكن من تسجيل الدخول، ولمراسلتك بلغتك، ولمعرفة ما يُسمح لك بفعله في Silta.
privacy-kind-accounts-family = عائلتك
privacy-purpose-of-accounts-family = للعثور على مجموعات وخدمات بلغاتك وفي بلديتك، وليتمكن بالغو العائلة من استخدام Silta معًا.
privacy-kind-accounts-sessions = الأجهزة التي سجّلت الدخول منها
privacy-purpose-of-accounts-sessions = لإبقائك مسجّل الدخول، ولتتمكن من رؤية الجلسات على أجهزتك وإنهائها.
privacy-kind-accounts-security-log = أحداث الأمان في حسابك
privacy-purpose-of-accounts-security-log = لحماية حسابك: عمليات تسجيل الدخول والتغييرات ومن اطّلع عليه من الموظفين.
privacy-kind-accounts-invitations = الدعوات
privacy-purpose-of-accounts-invitations = لدعوة أشخاص إلى Silta أو إلى عائلة، ولمعرفة من دعا من.
privacy-kind-accounts-mail = الرسائل المرسلة إليك
privacy-purpose-of-accounts-mail = لإيصال رسائل Silta إليك ومعرفة سبب عدم وصول رسالة ما.
privacy-kind-groups-memberships = عضوية المجموعات وقوائم الانتظار
privacy-purpose-of-groups-memberships = ليكون لك مكان في المجموعات التي انضممت إليها أو مكان في قائمة الانتظار.
privacy-kind-groups-attendance = ردودك على لقاءات المجموعة
privacy-purpose-of-groups-attendance = لمعرفة من سيحضر اللقاء، وتذكيرك به، وإحصاء من حضر.
privacy-kind-groups-leading = المجموعات التي تيسّرها
privacy-purpose-of-groups-leading = ليعرف أفراد العائلات من يقود مجموعتهم، ولتمكينك من إدارتها.
privacy-kind-groups-calendar-feed = رابط التقويم الخاص بك
privacy-purpose-of-groups-calendar-feed = لإظهار لقاءات مجموعاتك في تقويمك الخاص ما دمت تحتفظ بالرابط.
privacy-kind-chat-messages = رسائلك في الدردشة
privacy-purpose-of-chat-messages = لعرض الرسائل التي كتبتها أثناء لقاءات المجموعة على أعضائها.
privacy-kind-chat-reports = الرسائل التي أبلغت عنها
privacy-purpose-of-chat-reports = للحفاظ على أمان الدردشة: ينظر الموظفون فيما أُبلغ عنه ويقررون ما يجب فعله.
privacy-kind-chat-restrictions = القيود المفروضة عليك في الدردشة
privacy-purpose-of-chat-restrictions = للحفاظ على أمان دردشة اللقاء عندما اضطر الميسّر إلى تقييد كتابة أحدهم.
privacy-kind-chat-moderation = ما قمت به كمشرف
privacy-purpose-of-chat-moderation = للمساءلة عن الإشراف على الدردشة: من حذف أو قيّد ماذا، ولماذا.
privacy-kind-supervision-reports = تقارير لقاءاتك
privacy-purpose-of-supervision-reports = لدعم الميسّرين بعد كل لقاء، ولإيصال المساعدة للعائلات بسرعة عند وجود قلق.
privacy-kind-supervision-comments = التعليقات على تقاريرك
privacy-purpose-of-supervision-comments = ليتمكن مشرفك من الرد عليك ودعمك بعد اللقاء.
privacy-kind-supervision-hours = ساعات تطوعك
privacy-purpose-of-supervision-hours = لتسجيل العمل التطوعي الذي قمت به، لك ولتقارير المنظمة.
privacy-kind-supervision-notes = ملاحظات الإشراف عنك
privacy-purpose-of-supervision-notes = لدعمك في عملك كميسّر. الملاحظة التي لم يشاركها مشرفك تظهر بدون نصها؛ يمكنك طلبها من مسؤول حماية البيانات.
privacy-kind-supervision-supervisor = مشرفك
privacy-purpose-of-supervision-supervisor = لمعرفة من يدعمك ويقرأ تقاريرك.
privacy-kind-training-applications = طلباتك للالتحاق بتدريب الميسّرين
privacy-purpose-of-training-applications = لاختيار الميسّرين الذين يتلقون التدريب وإبلاغك بالقرار.
privacy-kind-training-enrolments = مجموعات تدريبك وتطبيقك العملي
privacy-purpose-of-training-enrolments = لمتابعة تدريبك والتطبيق العملي تحت الإشراف حتى نهايته.
privacy-kind-training-attempts = محاولاتك في الاختبارات والوحدات التي أنهيتها
privacy-purpose-of-training-attempts = لمعرفة أجزاء التدريب التي أنهيتها.
privacy-kind-training-answers = إجاباتك على مهام التدريب
privacy-purpose-of-training-answers = ليتمكن المدرّب من قراءة إجاباتك وإعطائك ملاحظات.
privacy-kind-training-certificates = شهاداتك
privacy-purpose-of-training-certificates = لإثبات أنك مؤهل لقيادة المجموعات والإشراف على دردشتها حتى تنتهي صلاحية الشهادة.
privacy-kind-directory-help-requests = طلبات المساعدة الخاصة بك
privacy-purpose-of-directory-help-requests = ليتمكن موظفو Silta من مساعدتك في الوصول إلى الخدمة التي سألت عنها.
privacy-kind-directory-partner-of = المنظمات التي تتولى إحالاتها
privacy-purpose-of-directory-partner-of = لتتمكن من استلام الإحالات المرسلة إلى منظمتك ومتابعتها.
privacy-kind-referrals-referrals = الإحالات المتعلقة بعائلتك
privacy-purpose-of-referrals-referrals = لإحالة عائلتك بموافقتك إلى خدمة يمكنها المساعدة، ومتابعة الإحالة حتى تحصلوا على المساعدة.
privacy-kind-referrals-history = ما حدث لكل إحالة
privacy-purpose-of-referrals-history = لتتمكن أنت والموظفون من رؤية كل خطوة في الإحالة: من غيّرها ومتى ولماذا.
privacy-kind-referrals-consents = الموافقات التي أعطيتها
privacy-purpose-of-referrals-consents = لإظهار ما وافقت على مشاركته ومع من وبأي صياغة وحتى متى، وأنه يمكنك سحب موافقتك.
privacy-kind-referrals-child-protection = سجلات إشعارات حماية الطفل
privacy-purpose-of-referrals-child-protection = لإظهار أنه تم تقديم إشعار حماية طفل بشأن طفل في الأسرة، ومن قدّمه، ومتى، وإلى أي جهة. لا يحتاج هذا الإشعار إلى موافقة الأسرة.
