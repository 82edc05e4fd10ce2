error-bad-request = چیزی در درخواست درست نبود
error-bad-request-detail = لطفاً آنچه را وارد کرده‌اید بررسی کنید و دوباره امتحان کنید.
error-unauthorized = لطفاً وارد شوید
error-unauthorized-detail = برای دیدن این صفحه باید وارد حساب خود شوید.
error-forbidden = دسترسی ندارید
error-forbidden-detail = اجازهٔ دیدن این بخش را ندارید.
error-not-found = صفحه پیدا نشد
error-not-found-detail = چیزی را که دنبالش بودید پیدا نکردیم. ممکن است نشانی اشتباه باشد یا صفحه جابه‌جا شده باشد.
error-method-not-allowed = اینجا ممکن نیست
error-method-not-allowed-detail = این نشانی چنین درخواستی را نمی‌پذیرد.
error-conflict = قبلاً تغییر کرده است
error-conflict-detail = کس دیگری هم‌زمان این را تغییر داد. لطفاً صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.
error-payload-too-large = داده‌ها بیش از حد زیاد است
error-payload-too-large-detail = آنچه فرستادید بیش از حد بزرگ است. لطفاً آن را کوتاه‌تر کنید و دوباره امتحان کنید.
error-unsupported-media-type = قالب پشتیبانی نمی‌شود
error-unsupported-media-type-detail = این نشانی داده‌ها را در این قالب نمی‌پذیرد.
error-too-many-requests = تلاش‌های بیش از حد
error-too-many-requests-detail = لطفاً کمی صبر کنید و دوباره امتحان کنید.
error-unavailable = Silta در حال حاضر در دسترس نیست
error-unavailable-detail = لطفاً کمی بعد دوباره امتحان کنید.
error-internal = مشکلی پیش آمد
error-internal-detail = خطایی از سمت ما رخ داد و شما هیچ تقصیری نداشتید. لطفاً بعداً دوباره امتحان کنید.
error-try-again-in =
    { $minutes ->
        [one] لطفاً { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
       *[other] لطفاً { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
    }
error-invalid-input = لطفاً فیلدهای مشخص‌شده را اصلاح کنید.
error-invalid-json = بدنهٔ درخواست برای این نشانی JSON معتبری نیست.
error-invalid-form = فرم خوانده نشد. لطفاً دوباره امتحان کنید.
error-invalid-query = نشانی شامل مقداری است که برای ما قابل فهم نیست.
error-reference = شناسهٔ خطا: { $reference }
error-back-home = بازگشت به صفحهٔ اصلی
error-token-invalid = ورود شما منقضی شده یا معتبر نیست. لطفاً دوباره وارد شوید.
error-csrf = فرم منقضی شده بود. لطفاً به صفحهٔ قبل برگردید، صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.
link-expired-title = این لینک دیگر کار نمی‌کند
link-expired = این لینک قبلاً استفاده شده یا منقضی شده است. می‌توانید لینک تازه‌ای درخواست کنید.
field-choice-unknown = یکی از گزینه‌های پیشنهادی را انتخاب کنید.
field-required = این مورد وارد نشده است.
field-wrong-type = نوع این مقدار نادرست است (مثلاً متن به جای عدد).
field-invalid-value = این مقدار معتبر نیست.
