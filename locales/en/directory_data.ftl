# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = Finland

directory-data-category-child_health_clinic = Child health clinic (neuvola)
directory-data-category-family_counselling = Family counselling
directory-data-category-family_centre = Family centre
directory-data-category-family_social_work = Family social work
directory-data-category-home_help = Home help for families
directory-data-category-early_education = Early childhood education
directory-data-category-mental_health = Mental health
directory-data-category-integration = Settling in Finland
directory-data-category-interpreters = Interpreters
directory-data-category-child_welfare = Child welfare
