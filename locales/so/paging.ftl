# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = Bogagga natiijooyinka
pagination-previous = Boggii hore
pagination-next = Bogga xiga
pagination-page = Bogga { $current } / { $pages }
field-limit-range = Dooro tiro u dhaxaysa { $min } ilaa { $max }.
field-cursor-invalid = Ciwaanka boggan waa duugoobay ama waa khalad. Ka bilow liiska bilowgiisa.
field-page-invalid = Dooro lambarka bogga laga bilaabo 1.
field-too-long = Qor ugu badnaan { $max } xaraf.
