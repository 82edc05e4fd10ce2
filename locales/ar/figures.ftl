## الأرقام: لوحة معلومات فريق العمل والتقرير السنوي

figures-dashboard-title = لوحة المعلومات
figures-privacy-note = الأرقام الخاصة بالعائلات هي مجاميع فقط، وأي عدد أقل من خمسة يظهر على أنه «أقل من 5»، حتى لا يمكن التعرّف على أي عائلة.
figures-period = الفترة
figures-period-12w = آخر 12 أسبوعًا
figures-period-6m = آخر 6 أشهر
figures-period-12m = آخر 12 شهرًا
figures-show = عرض
figures-download-csv = تنزيل بصيغة CSV
figures-yearly-report = التقرير السنوي
figures-year-title = أرقام عام { $year }
figures-year-previous = العام السابق
figures-total = المجموع
figures-fewer-than-5 = أقل من 5
figures-sessions-held = اللقاءات التي عُقدت
figures-attendance-rate = الحضور (من الأعضاء الذين سُجّل حضورهم أو غيابهم)
figures-families-active = العائلات التي شاركت
figures-reports-filed = تقارير اللقاءات المُرسَلة
figures-reports-overdue = تقارير متأخرة أكثر من 48 ساعة
figures-concerns-some = حالات القلق المُبلَّغ عنها
figures-concerns-urgent = حالات القلق العاجلة
figures-facilitators-in-training = الميسّرون قيد التدريب
figures-facilitators-certified = الميسّرون المعتمدون
figures-facilitators-expiring = شهادات تنتهي خلال 60 يومًا
figures-facilitators-lapsed = ميسّرون انتهت صلاحية شهاداتهم
