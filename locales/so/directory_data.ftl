# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = Finland

directory-data-category-child_health_clinic = Xarunta caafimaadka carruurta (neuvola)
directory-data-category-family_counselling = La-talinta qoyska
directory-data-category-family_centre = Xarunta qoyska
directory-data-category-family_social_work = Shaqada bulshada ee qoyska
directory-data-category-home_help = Caawimaadda guriga ee qoysaska
directory-data-category-early_education = Waxbarashada carruurnimada hore
directory-data-category-mental_health = Caafimaadka maskaxda
directory-data-category-integration = Is-dhexgalka
directory-data-category-interpreters = Turjumaanno
directory-data-category-child_welfare = Ilaalinta carruurta
