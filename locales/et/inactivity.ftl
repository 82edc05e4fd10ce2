# Kasutamata kontod: hoiatuskiri pärast kaht aastat ilma sisselogimiseta ja selle rida
# loetelus sellest, mida Silta säilitab.
mail-inactive-warning-subject = Sinu Silta konto kustutatakse, kui sa sisse ei logi
mail-inactive-warning-intro = Sinu Silta kontole pole kaks aastat keegi sisse loginud. Sinu andmete kaitseks kustutame konto { $when }, kui sa enne seda sisse ei logi.
mail-inactive-warning-button = Logi sisse ja hoia konto alles
mail-inactive-warning-outro = Kui sa Siltat enam ei vaja, ei pea sa midagi tegema: sinu konto ja andmed kustutatakse.
privacy-kind-inactivity = Hoiatused kasutamata kontode kohta
privacy-purpose-of-inactivity = Näitab, et hoiatasime sind enne, kui kustutasime konto, kuhu polnud kaks aastat keegi sisse loginud.
