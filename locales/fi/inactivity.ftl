# Käyttämättömät tilit: varoitusviesti, kun tilille ei ole kirjauduttu kahteen vuoteen, ja sen
# kohta luettelossa siitä, mitä Silta säilyttää.
mail-inactive-warning-subject = Silta-tilisi poistetaan, ellet kirjaudu sisään
mail-inactive-warning-intro = Silta-tilillesi ei ole kirjauduttu kahteen vuoteen. Tietojesi suojaamiseksi poistamme tilin { $when }, ellet kirjaudu sisään sitä ennen.
mail-inactive-warning-button = Kirjaudu ja säilytä tilini
mail-inactive-warning-outro = Jos et enää tarvitse Siltaa, sinun ei tarvitse tehdä mitään: tilisi ja tietosi poistetaan.
privacy-kind-inactivity = Varoitukset käyttämättömistä tileistä
privacy-purpose-of-inactivity = Kirjaa, että varoitimme sinua ennen kuin poistimme tilin, jolle ei ollut kirjauduttu kahteen vuoteen.
