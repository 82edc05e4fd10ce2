# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = Soome

directory-data-category-child_health_clinic = Lastenõuandla (neuvola)
directory-data-category-family_counselling = Perenõustamine
directory-data-category-family_centre = Perekeskus
directory-data-category-family_social_work = Perede sotsiaaltöö
directory-data-category-home_help = Koduabi lastega peredele
directory-data-category-early_education = Alusharidus
directory-data-category-mental_health = Vaimne tervis
directory-data-category-integration = Kohanemine
directory-data-category-interpreters = Tõlgid
directory-data-category-child_welfare = Lastekaitse
