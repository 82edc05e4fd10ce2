## صفحات التدريب للموظفين: إعداد الدورات، المجموعات التدريبية، الطلبات، المهام للمراجعة، بطاقات الصفحة الرئيسية

tstaff-nav-label = صفحات التدريب
tstaff-overview = نظرة عامة
tstaff-courses = الدورات
tstaff-courses-count = { $count ->
    [zero] لا توجد دورات
    [one] دورة واحدة
    [two] دورتان
    [few] { $count } دورات
    [many] { $count } دورة
   *[other] { $count } دورة
}
tstaff-open-courses = اكتب الدورات وانشرها
tstaff-open-applications = افتح الطلبات
tstaff-open-reviews = افتح المهام للمراجعة
tstaff-applications-waiting = { $count ->
    [0] لا توجد طلبات بانتظار قرار.
    [one] طلب واحد بانتظار قرار.
    [two] طلبان بانتظار قرار.
    [few] { $count } طلبات بانتظار قرار.
    [many] { $count } طلبًا بانتظار قرار.
   *[other] { $count } طلب بانتظار قرار.
}
tstaff-applications-late = أحد الطلبات ينتظر منذ أكثر من أسبوعين.
tstaff-reviews-waiting = { $count ->
    [0] لا توجد مهام بانتظار المراجعة.
    [one] مهمة واحدة بانتظار المراجعة.
    [two] مهمتان بانتظار المراجعة.
    [few] { $count } مهام بانتظار المراجعة.
    [many] { $count } مهمة بانتظار المراجعة.
   *[other] { $count } مهمة بانتظار المراجعة.
}
tstaff-reviews-late = إحدى المهام تنتظر منذ أكثر من أسبوع.
tstaff-your-cohorts = مجموعاتك التدريبية
tstaff-candidates-count = { $count ->
    [zero] لا يوجد مشاركون
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
tstaff-course-title = عنوان الدورة
tstaff-course-new = دورة جديدة
tstaff-course-create = أنشئ الدورة
tstaff-course-created = أُنشئت الدورة. أضف وحدتها الأولى.
tstaff-expiry-days = مدة صلاحية الشهادة (بالأيام)
tstaff-expiry-days-hint = من 30 إلى 3650 يومًا؛ 730 يومًا تساوي سنتين.
tstaff-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
tstaff-version-n = النسخة { $version }
tstaff-status = الحالة
tstaff-status-draft = { $count ->
    [0] مسودة، لا وحدات بعد
    [one] مسودة فيها وحدة واحدة، غير منشورة
    [two] مسودة فيها وحدتان، غير منشورة
    [few] مسودة فيها { $count } وحدات، غير منشورة
    [many] مسودة فيها { $count } وحدة، غير منشورة
   *[other] مسودة فيها { $count } وحدة، غير منشورة
}
tstaff-status-published = النسخة { $version } منشورة؛ لا تغييرات في المسودة
tstaff-status-changed = النسخة { $version } منشورة؛ في المسودة تغييرات لم تُنشر بعد
tstaff-versioning-help = أنت تعدّل المسودة دائمًا. عند النشر تصبح المسودة النسخة التالية؛ وتحتفظ المجموعات التي بدأت بنسختها.
tstaff-draft-modules = وحدات المسودة بالترتيب
tstaff-no-modules = لا توجد وحدات في هذه الدورة بعد.
tstaff-questions-count = { $count ->
    [zero] لا أسئلة
    [one] سؤال اختبار واحد
    [two] سؤالا اختبار
    [few] { $count } أسئلة اختبار
    [many] { $count } سؤال اختبار
   *[other] { $count } سؤال اختبار
}
tstaff-module-add = أضف وحدة
tstaff-module-added = أُضيفت الوحدة إلى المسودة.
tstaff-publish = انشر
tstaff-publish-first = عند النشر تصبح المسودة النسخة 1، ويمكن للمجموعات عندها أن تتبعها.
tstaff-publish-next = عند النشر تصبح المسودة النسخة { $version }. وتحتفظ المجموعات التي بدأت بنسختها.
tstaff-published = نُشرت النسخة { $version }.
tstaff-rule = كيف تُستكمل الوحدة؟
tstaff-rule-read = بقراءتها
tstaff-rule-quiz = بالنجاح في اختبارها
tstaff-rule-task = بمهمة يقبلها المدرّب
tstaff-rule-live = بحضور جلسة مباشرة
tstaff-refresher = وحدة تجديد (تجدّد الشهادة؛ ليست مطلوبة للشهادة الأولى)
tstaff-module-languages = لغات هذه الوحدة
tstaff-module-languages-hint = اختر اللغات التي تكتب بها الوحدة، ثم اضغط «اعرض هذه اللغات». يُحفظ ما كتبته.
tstaff-languages-update = اعرض هذه اللغات
tstaff-module-title = العنوان
tstaff-module-body = النص (Markdown)
tstaff-task-prompt = المهمة المطلوبة من المشارك (إن كانت للوحدة مهمة)
tstaff-markdown-hint = Markdown: ‏# عنوان، ‏**غامق**، ‏*مائل*، ‏- قائمة، ‏[رابط](https://…). لا تُعرض شيفرة HTML ولا الصور.
tstaff-preview = معاينة
tstaff-preview-of = معاينة: { $language }
tstaff-quiz-hint = اترك الأسئلة فارغة إن لم يكن للوحدة اختبار. تُحذف صفوف الإجابات الفارغة.
tstaff-pass-mark = درجة النجاح (٪ من الأسئلة المجاب عنها صحيحًا)
tstaff-attempts = عدد المحاولات المسموح بها (1–10)
tstaff-question-n = السؤال { $number }
tstaff-question-text = السؤال ({ $language })
tstaff-question-multiple = قد تكون عدة إجابات صحيحة (مربعات اختيار)
tstaff-answer-n = الإجابة { $number }
tstaff-answer-text = الإجابة ({ $language })
tstaff-answer-feedback = ملاحظة عند اختيارها ({ $language })
tstaff-answer-correct = هذه الإجابة صحيحة
tstaff-question-add = أضف سؤالًا
tstaff-module-save = احفظ الوحدة
tstaff-cohort-new = افتح مجموعة تدريبية
tstaff-cohort-course = الدورة (النسخة المنشورة)
tstaff-cohort-name = اسم المجموعة
tstaff-deadline-days = الأيام حتى الموعد النهائي
tstaff-deadline-days-hint = من 1 إلى 730 يومًا من اليوم.
tstaff-cohort-create = افتح المجموعة
tstaff-cohort-created = فُتحت المجموعة التدريبية. اقبل فيها المتقدمين من صفحة الطلبات.
tstaff-no-published-courses = لم تُنشر أي دورة بعد. ينشر المدرّب الدورة أولًا.
tstaff-candidates = المشاركون
tstaff-no-candidates = لا يوجد مشاركون في هذه المجموعة بعد.
tstaff-completion = الإنجاز
tstaff-go-to-candidate = انتقل إلى نموذج المشارك
tstaff-saved = تم الحفظ.
tstaff-practice-none = لم تُقيَّم بعد
tstaff-extend-days = مدّد الموعد (بالأيام)
tstaff-extend = مدّد
tstaff-practice-score = الممارسة تحت الإشراف
tstaff-practice-comments = ملاحظات على الممارسة
tstaff-practice-save = احفظ تقييم الممارسة
tstaff-quiz-exhausted = استُنفدت كل محاولات الاختبار «{ $module }».
tstaff-reset = امنح جولة محاولات جديدة
tstaff-attended = حضر الجلسة المباشرة «{ $module }»
tstaff-sign-off = اعتمد التدريب وأصدر الشهادة
tstaff-sign-off-hint = يتطلب الاعتماد إكمال كل الوحدات الإلزامية والنجاح في الممارسة.
tstaff-filter-label = تصفية الطلبات
tstaff-filter = اعرض
tstaff-applications-found = { $count ->
    [0] لم يُعثر على طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
tstaff-application-pending = بانتظار قرار
tstaff-application-accepted = مقبول
tstaff-application-declined = مرفوض
tstaff-accept = اقبل
tstaff-decline-reason = سبب الرفض (يُرسل إلى المتقدم)
tstaff-decline = ارفض
tstaff-decided = حُفظ القرار وأُرسلت رسالة إلى المتقدم.
tstaff-submitted = أُرسلت { $when }
tstaff-feedback-hint = الملاحظات مطلوبة عندما تطلب تعديلًا.
tstaff-reviewed = حُفظت المراجعة وأُرسلت رسالة إلى المشارك.
