# The directory's open data (HSDS API): the names of areas and seeded categories.

directory-data-area-country = Suomi

directory-data-category-child_health_clinic = Lastenneuvola
directory-data-category-family_counselling = Perheneuvola
directory-data-category-family_centre = Perhekeskus
directory-data-category-family_social_work = Perhesosiaalityö
directory-data-category-home_help = Lapsiperheiden kotipalvelu
directory-data-category-early_education = Varhaiskasvatus
directory-data-category-mental_health = Mielenterveys
directory-data-category-integration = Kotoutuminen
directory-data-category-interpreters = Tulkkaus
directory-data-category-child_welfare = Lastensuojelu
