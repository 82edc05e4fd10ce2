# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = فنلاند

directory-data-category-child_health_clinic = درمانگاه سلامت کودک (نئوولا)
directory-data-category-family_counselling = مشاوره خانواده
directory-data-category-family_centre = مرکز خانواده
directory-data-category-family_social_work = مددکاری اجتماعی خانواده
directory-data-category-home_help = کمک خانگی برای خانواده‌ها
directory-data-category-early_education = آموزش پیش‌دبستانی
directory-data-category-mental_health = سلامت روان
directory-data-category-integration = سازگاری در فنلاند
directory-data-category-interpreters = مترجمان
directory-data-category-child_welfare = حمایت از کودکان
