# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = Фінляндія

directory-data-category-child_health_clinic = Дитяча консультація (неувола)
directory-data-category-family_counselling = Сімейна консультація
directory-data-category-family_centre = Сімейний центр
directory-data-category-family_social_work = Соціальна робота з сім'ями
directory-data-category-home_help = Допомога сім'ям удома
directory-data-category-early_education = Дошкільна освіта
directory-data-category-mental_health = Психічне здоров'я
directory-data-category-integration = Інтеграція
directory-data-category-interpreters = Перекладачі
directory-data-category-child_welfare = Захист дітей
