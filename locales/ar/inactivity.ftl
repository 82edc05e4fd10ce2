# الحسابات غير المستخدمة: رسالة التحذير بعد عامين دون تسجيل دخول، وسطرها في قائمة ما تحفظه
# Silta.
mail-inactive-warning-subject = سيُحذف حسابك في Silta ما لم تسجّل الدخول
mail-inactive-warning-intro = لم يسجّل أحد الدخول إلى حسابك في Silta منذ عامين. لحماية بياناتك سنحذف الحساب في { $when } ما لم تسجّل الدخول قبل ذلك.
mail-inactive-warning-button = سجّل الدخول واحتفظ بحسابي
mail-inactive-warning-outro = إذا لم تعد بحاجة إلى Silta فلا داعي لفعل أي شيء: سيُحذف حسابك وبياناتك.
privacy-kind-inactivity = تحذيرات بشأن الحسابات غير المستخدمة
privacy-purpose-of-inactivity = يثبت أننا حذّرناك قبل حذف حساب لم يسجّل أحد الدخول إليه منذ عامين.
