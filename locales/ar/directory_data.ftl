# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = فنلندا

directory-data-category-child_health_clinic = عيادة صحة الطفل (نيوفولا)
directory-data-category-family_counselling = الإرشاد الأسري
directory-data-category-family_centre = مركز الأسرة
directory-data-category-family_social_work = العمل الاجتماعي الأسري
directory-data-category-home_help = المساعدة المنزلية للأسر
directory-data-category-early_education = التعليم في مرحلة الطفولة المبكرة
directory-data-category-mental_health = الصحة النفسية
directory-data-category-integration = الاندماج
directory-data-category-interpreters = المترجمون
directory-data-category-child_welfare = حماية الطفل
