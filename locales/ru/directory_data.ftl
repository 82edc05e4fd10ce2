# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = Финляндия

directory-data-category-child_health_clinic = Детская консультация (неувола)
directory-data-category-family_counselling = Семейная консультация
directory-data-category-family_centre = Семейный центр
directory-data-category-family_social_work = Социальная работа с семьями
directory-data-category-home_help = Помощь семьям на дому
directory-data-category-early_education = Дошкольное образование
directory-data-category-mental_health = Психическое здоровье
directory-data-category-integration = Интеграция
directory-data-category-interpreters = Переводчики
directory-data-category-child_welfare = Защита детей
