# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = Resultatsidor
pagination-previous = Föregående sida
pagination-next = Nästa sida
pagination-page = Sida { $current } av { $pages }
field-limit-range = Välj ett antal mellan { $min } och { $max }.
field-cursor-invalid = Sidans adress är gammal eller felaktig. Börja från listans början.
field-page-invalid = Välj ett sidnummer från 1 och uppåt.
field-too-long = Skriv högst { $max } tecken.
