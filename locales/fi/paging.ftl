# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = Tulossivut
pagination-previous = Edellinen sivu
pagination-next = Seuraava sivu
pagination-page = Sivu { $current }/{ $pages }
field-limit-range = Valitse määrä väliltä { $min }–{ $max }.
field-cursor-invalid = Sivun osoite on vanhentunut tai virheellinen. Aloita luettelon alusta.
field-page-invalid = Valitse sivunumero 1:stä ylöspäin.
field-too-long = Kirjoita enintään { $max } merkkiä.
