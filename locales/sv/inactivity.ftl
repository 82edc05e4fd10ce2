# Konton som ingen använder: varningsmejlet efter två år utan inloggning, och dess post i
# förteckningen över vad Silta sparar.
mail-inactive-warning-subject = Ditt Silta-konto raderas om du inte loggar in
mail-inactive-warning-intro = Ingen har loggat in på ditt Silta-konto på två år. För att skydda dina uppgifter raderar vi kontot { $when } om du inte loggar in innan dess.
mail-inactive-warning-button = Logga in och behåll mitt konto
mail-inactive-warning-outro = Om du inte längre behöver Silta behöver du inte göra något: ditt konto och dina uppgifter raderas.
privacy-kind-inactivity = Varningar om oanvända konton
privacy-purpose-of-inactivity = Visar att vi varnade dig innan vi raderade ett konto som ingen hade loggat in på under två år.
