error-bad-request = هناك خطأ ما في الطلب
error-bad-request-detail = يُرجى التحقق مما أدخلتموه والمحاولة مرة أخرى.
error-unauthorized = يُرجى تسجيل الدخول
error-unauthorized-detail = عليكم تسجيل الدخول لرؤية هذه الصفحة.
error-forbidden = لا يوجد إذن بالوصول
error-forbidden-detail = ليس لديكم إذن برؤية هذا المحتوى.
error-not-found = الصفحة غير موجودة
error-not-found-detail = لم نعثر على ما تبحثون عنه. ربما يكون العنوان خاطئًا أو ربما نُقلت الصفحة إلى مكان آخر.
error-method-not-allowed = غير ممكن هنا
error-method-not-allowed-detail = هذا العنوان لا يقبل هذا النوع من الطلبات.
error-conflict = تم التغيير بالفعل
error-conflict-detail = قام شخص آخر بتغيير هذا في الوقت نفسه. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-payload-too-large = البيانات كثيرة جدًا
error-payload-too-large-detail = ما أرسلتموه كبير جدًا. يُرجى اختصاره والمحاولة مرة أخرى.
error-unsupported-media-type = صيغة غير مدعومة
error-unsupported-media-type-detail = هذا العنوان لا يقبل البيانات بهذه الصيغة.
error-too-many-requests = محاولات كثيرة جدًا
error-too-many-requests-detail = يُرجى الانتظار قليلًا والمحاولة مرة أخرى.
error-unavailable = Silta غير متاحة حاليًا
error-unavailable-detail = يُرجى المحاولة مرة أخرى بعد قليل.
error-internal = حدث خطأ ما
error-internal-detail = حدث خطأ من جهتنا، ولم يكن بسبب أي شيء فعلتموه. يُرجى المحاولة مرة أخرى لاحقًا.
error-try-again-in =
    { $minutes ->
        [zero] يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
        [one] يُرجى المحاولة مرة أخرى بعد دقيقة واحدة.
        [two] يُرجى المحاولة مرة أخرى بعد دقيقتين.
        [few] يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
        [many] يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
       *[other] يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
    }
error-invalid-input = يُرجى تصحيح الحقول المحدَّدة.
error-invalid-json = محتوى الطلب ليس بصيغة JSON صالحة لهذا العنوان.
error-invalid-form = تعذّرت قراءة النموذج. يُرجى المحاولة مرة أخرى.
error-invalid-query = يحتوي العنوان على قيمة لا نفهمها.
error-reference = رقم مرجع الخطأ: { $reference }
error-back-home = العودة إلى الصفحة الرئيسية
error-token-invalid = انتهت صلاحية تسجيل دخولكم أو أنه غير صالح. يُرجى تسجيل الدخول مرة أخرى.
error-csrf = انتهت صلاحية النموذج. يُرجى الرجوع إلى الصفحة السابقة وإعادة تحميلها والمحاولة مرة أخرى.
link-expired-title = هذا الرابط لم يعد يعمل
link-expired = سبق استخدام هذا الرابط أو انتهت صلاحيته. يمكنكم طلب رابط جديد.
field-choice-unknown = اختر إحدى القيم المعروضة.
field-required = هذه المعلومة ناقصة.
field-wrong-type = نوع هذه القيمة غير صحيح (مثلًا نص مكان رقم).
field-invalid-value = هذه القيمة غير صالحة.
