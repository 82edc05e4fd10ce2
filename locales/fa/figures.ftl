## آمار: داشبورد کارکنان و گزارش سالانه

figures-dashboard-title = داشبورد
figures-privacy-note = آمار مربوط به خانواده‌ها فقط به‌صورت مجموع نشان داده می‌شود؛ هر عدد کمتر از پنج به‌صورت «کمتر از 5» نمایش داده می‌شود تا هیچ خانواده‌ای قابل شناسایی نباشد.
figures-period = بازهٔ زمانی
figures-period-12w = 12 هفتهٔ گذشته
figures-period-6m = 6 ماه گذشته
figures-period-12m = 12 ماه گذشته
figures-show = نمایش
figures-download-csv = دانلود به‌صورت CSV
figures-yearly-report = گزارش سالانه
figures-year-title = آمار سال { $year }
figures-year-previous = سال قبل
figures-total = مجموع
figures-fewer-than-5 = کمتر از 5
figures-sessions-held = جلسه‌های برگزارشده
figures-attendance-rate = حضور (از میان اعضایی که حضور و غیابشان ثبت شده است)
figures-families-active = خانواده‌هایی که شرکت کردند
figures-reports-filed = گزارش‌های جلسهٔ ثبت‌شده
figures-reports-overdue = گزارش‌هایی که بیش از 48 ساعت عقب افتاده‌اند
figures-concerns-some = نگرانی‌های گزارش‌شده
figures-concerns-urgent = نگرانی‌های فوری
figures-facilitators-in-training = تسهیل‌گران در حال آموزش
figures-facilitators-certified = تسهیل‌گران دارای گواهی
figures-facilitators-expiring = گواهی‌هایی که تا ۶۰ روز دیگر منقضی می‌شوند
figures-facilitators-lapsed = تسهیل‌گرانی که گواهی‌شان منقضی شده است
