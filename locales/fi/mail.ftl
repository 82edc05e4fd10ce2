mail-footer = Saat tämän viestin Silta-tilisi vuoksi. Älä vastaa tähän viestiin.
mail-test-subject = Siltan testiviesti
mail-test-body = Tämä on Siltan testiviesti. Jos voit lukea sen, sähköpostin lähetys toimii.
