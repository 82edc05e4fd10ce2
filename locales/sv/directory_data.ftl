# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = Finland

directory-data-category-child_health_clinic = Barnrådgivning
directory-data-category-family_counselling = Familjerådgivning
directory-data-category-family_centre = Familjecentral
directory-data-category-family_social_work = Familjesocialt arbete
directory-data-category-home_help = Hemservice för barnfamiljer
directory-data-category-early_education = Småbarnspedagogik
directory-data-category-mental_health = Psykisk hälsa
directory-data-category-integration = Integration
directory-data-category-interpreters = Tolkning
directory-data-category-child_welfare = Barnskydd
