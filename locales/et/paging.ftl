# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = Tulemuste lehed
pagination-previous = Eelmine leht
pagination-next = Järgmine leht
pagination-page = Leht { $current } / { $pages }
field-limit-range = Vali arv vahemikus { $min }–{ $max }.
field-cursor-invalid = Lehe aadress on aegunud või vale. Alusta loendi algusest.
field-page-invalid = Vali lehekülje number alates 1-st.
field-too-long = Kirjuta kuni { $max } märki.
