# ملاحظات العائلات بعد اللقاء.
feedback-home-title = كيف كان اللقاء؟
feedback-home-text = أخبرونا في دقيقة واحدة. إجاباتكم لا تحمل أسماءكم.
feedback-heard-title = ماذا قالت العائلات
feedback-answered-of = أجاب { $answered } من أصل { $asked }
feedback-too-few = { $answered ->
    [0] لا توجد إجابات بعد
    [one] إجابة واحدة حتى الآن: تظهر الإجابات عندما يصل عددها إلى 3
    [two] إجابتان حتى الآن: تظهر الإجابات عندما يصل عددها إلى 3
    [few] { $answered } إجابات حتى الآن: تظهر الإجابات عندما يصل عددها إلى 3
    [many] { $answered } إجابة حتى الآن: تظهر الإجابات عندما يصل عددها إلى 3
   *[other] { $answered } إجابة حتى الآن: تظهر الإجابات عندما يصل عددها إلى 3
}
feedback-results-title = ملاحظات العائلات على اللقاءات
feedback-results-intro = تُعرض الإجابات مجمّعة فقط، وبعد أن يجيب 3 أعضاء على الأقل، حتى لا يمكن نسبة أي إجابة إلى شخص بعينه.
feedback-results-caption = اللقاءات: { $month }
feedback-waiting-title = ملاحظاتكم
feedback-thanks = شكرًا لكم! إجاباتكم تساعد الميسّرين وفريق عمل Silta على تحسين المجموعات.
feedback-anonymous = تُحفظ إجاباتكم دون أسمائكم. ولا يراها الميسّر/ة إلا مجمّعة مع إجابات الأعضاء الآخرين.
feedback-open-until = يمكنكم الإجابة حتى
feedback-nothing-waiting = لا توجد أسئلة بانتظاركم الآن. بعد كل لقاء تشاركون فيه، يمكنكم أن تخبرونا كيف كان.
feedback-form-title = كيف كان اللقاء؟
feedback-q-useful = ما مدى فائدة اللقاء بالنسبة إليكم؟
feedback-useful-1 = لم يكن مفيدًا أبدًا
feedback-useful-2 = مفيد قليلًا
feedback-useful-3 = مفيد إلى حدٍّ ما
feedback-useful-4 = مفيد
feedback-useful-5 = مفيد جدًا
feedback-q-safe = هل شعرتم بالأمان عند الحديث؟
feedback-safe-yes = نعم
feedback-safe-partly = جزئيًا
feedback-safe-no = لا
feedback-q-needs = ما الذي قد يساعدكم في الخطوة التالية؟
feedback-need-more_talk = وقت أطول للحديث مع العائلات الأخرى
feedback-need-expert_visit = زيارة مختص/ة إلى المجموعة
feedback-need-service_help = مساعدة في الوصول إلى خدمة
feedback-need-practical_info = معلومات عملية
feedback-need-nothing_now = لا شيء في الوقت الحالي
feedback-q-comment = هل هناك شيء آخر؟ (اختياري)
feedback-comment-hint = يُرجى عدم كتابة أسماء. لا يقرأ هذا إلا فريق عمل Silta، ومن دون أسمائكم.
feedback-submit = إرسال إجاباتي
feedback-decline = ليس هذه المرة
feedback-empty = أجيبوا عن سؤال واحد على الأقل، أو اختاروا «ليس هذه المرة».
feedback-already-answered = لقد أجبتم بالفعل عن أسئلة هذا اللقاء.
feedback-closed = انتهى وقت الإجابة عن أسئلة هذا اللقاء.
feedback-session-title = الملاحظات على اللقاء
feedback-useful-average = متوسط الفائدة { $average } من 5
feedback-useful-average-heading = الفائدة (1–5)
feedback-felt-safe = شعروا بالأمان
feedback-answer = الإجابة
feedback-count = العدد
feedback-session = اللقاء
feedback-answers = الإجابات
feedback-shown-from = تظهر ابتداءً من 3 إجابات
feedback-no-sessions = لم ينتهِ أي لقاء في هذا الشهر.
feedback-months = الأشهر
feedback-previous-month = الشهر السابق
feedback-next-month = الشهر التالي
feedback-comments-title = بكلمات العائلات نفسها
feedback-comments-intro = ما كتبه الأعضاء بعد اللقاءات، دون أسماء. أخفوا أي سطر يكشف هوية شخص ما: عندها لن يظهر هنا بعد الآن، ويمكن إظهاره مرة أخرى.
feedback-search = كلمات في النص
feedback-show-hidden = الأسطر المخفية فقط
feedback-search-submit = بحث
feedback-hidden-on = مخفي
feedback-show-again = إظهار مرة أخرى
feedback-hide = إخفاء: يكشف هوية شخص
feedback-no-comments = لا توجد أسطر في هذا الشهر.
mail-feedback-ask-subject = كيف كان اللقاء؟
mail-feedback-ask-intro = شكرًا لمشاركتكم في لقاء مجموعة «{ $name }». هل تخبروننا في دقيقة واحدة كيف كان اللقاء؟ إجاباتكم لا تحمل أسماءكم.
mail-feedback-ask-button = الإجابة عن الأسئلة
mail-feedback-ask-outro = يمكنكم الإجابة خلال أسبوع. إذا كنتم لا ترغبون في ذلك، يمكنكم تجاهل هذه الرسالة.
figures-feedback-answers = إجابات العائلات عن أسئلة ما بعد اللقاء
figures-feedback-useful = وجدوا اللقاء مفيدًا (ابتداءً من 5 إجابات)
figures-feedback-safe = شعروا بالأمان عند الحديث (ابتداءً من 5 إجابات)
figures-feedback-by-group = إجابات أسئلة ما بعد اللقاء، حسب المجموعة
figures-feedback-group = المجموعة
figures-feedback-needs = ما تحتاجه العائلات في الخطوة التالية
figures-feedback-need = الحاجة
privacy-kind-feedback-invitations = الأسئلة بعد اللقاءات
privacy-purpose-of-feedback-invitations = لكي نسألكم مرة واحدة بعد كل لقاء شاركتم فيه، ولا نسألكم مرة أخرى بعد أن تجيبوا. أما إجاباتكم نفسها فتُحفظ دون أسمائكم، ولذلك لا تظهر في نسختكم.
privacy-kind-feedback-comments = كلمات العائلات بعد اللقاءات
privacy-purpose-of-feedback-comments = لكي يتمكّن فريق العمل من تحسين المجموعات. تُحفظ دون أسماء، ويمكن إخفاء السطر الذي يكشف هوية شخص ما.
