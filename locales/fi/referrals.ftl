## Ohjaukset: perhe ohjataan palveluun sen suostumuksella, ja ohjausta seurataan, kunnes perhe on saanut apua.

referrals-title = Ohjaukset
referrals-new = Uusi ohjaus
referrals-found = { $count ->
    [one] Yksi ohjaus
   *[other] { $count } ohjausta
}
referrals-none = Yksikään ohjaus ei vastaa hakua.
referrals-filter-label = Hae ohjauksia
referrals-filter-status = Tila
referrals-filter-any = Mikä tahansa tila
referrals-filter-words = Sanoja teksteissä
referrals-filter-overdue = Vain liian kauan odottaneet
referrals-filter-submit = Hae
referrals-overdue = Ei muutosta liian pitkään aikaan
referrals-family = Perhe
referrals-service = Palvelu
referrals-worker = Ohjaustyöntekijä
referrals-created = Valmisteltu
referrals-sent = Lähetetty
referrals-changed = Viimeisin muutos
referrals-open = Avaa ohjaus

## Tilat, syyt ja lopputulokset
referral-status-draft = Luonnos
referral-status-sent = Lähetetty
referral-status-received = Palvelu on vastaanottanut
referral-status-accepted = Hyväksytty
referral-status-declined = Hylätty
referral-status-contacted = Perheeseen otettu yhteyttä
referral-status-help_started = Apu alkanut
referral-status-closed = Päättynyt
referral-status-cancelled = Peruttu
referral-decline-not_eligible = Ei täytä palvelun ehtoja
referral-decline-no_capacity = Ei tilaa
referral-decline-could_not_contact = Perheeseen ei saatu yhteyttä
referral-decline-other = Muu syy
referral-outcome-got_help = Sai apua
referral-outcome-could_not_get_help = Ei saanut apua
referral-outcome-no_longer_interested = Ei enää tarvetta
referral-actor-worker = Ohjaustyöntekijä
referral-actor-partner = Palvelu (kumppanitili)
referral-actor-service_link = Palvelu (linkin kautta)
referral-actor-family = Perhe
referral-actor-family_link = Perhe (linkin kautta)
referral-actor-system = Silta

## Työntekijän lomake
referral-new-title = Valmistele ohjaus
referral-new-intro = Mitään ei lähetetä ennen kuin perhe on suostunut. Perhe näkee omalla kielellään täsmälleen sen, mitä lähetettäisiin.
referral-field-family-email = Perheen aikuisen sähköpostiosoite
referral-field-family-email-hint = Täsmälleen se osoite, jolla aikuinen kirjautuu.
referral-field-family-given = Avunpyynnön tai huolen perhe
referral-field-service-search = Etsi palvelu
referral-field-service-search-button = Hae
referral-field-service = Palvelu
referral-field-service-choose = Valitse palvelu
referral-field-reason = Miksi perhe ohjataan
referral-field-hopes = Mitä perhe toivoo
referral-field-summary = Yhteenveto omin sanoin
referral-field-summary-hint = Kirjoita vain se, mitä palvelu tarvitsee. Ei diagnooseja.
referral-create = Tallenna luonnos
referral-save = Tallenna muutokset
referral-saved = Tallennettu.

## Yksi ohjaus työntekijälle
referral-title = Ohjaus
referral-texts = Mitä ohjauksessa lukee
referral-edit = Muuta luonnosta
referral-history = Vaiheet
referral-consent-state = Suostumus
referral-consent-none = Perhe ei ole vielä suostunut. Ohjausta ei voi lähettää ennen sitä.
referral-consent-valid = Voimassa
referral-consent-withdrawn = Peruttu
referral-consent-expired = Vanhentunut
referral-consent-channel-account = Aikuisen omalla tilillä
referral-consent-channel-phone = Puhelimessa, henkilökunnan kirjaama
referral-consent-given-by = Suostui
referral-consent-recorded-by = Kirjasi
referral-consent-given-at = Suostumus annettu
referral-consent-expires-at = Voimassa asti
referral-consent-withdrawn-at = Peruttu
referral-consent-text-version = Näytetty teksti
referral-consent-items = Mitä se kattaa
referral-phone-title = Kirjaa puhelimessa annettu suostumus
referral-phone-adult = Perheen aikuinen
referral-phone-show = Näytä luettava teksti
referral-phone-read = Lue tämä teksti aikuiselle hänen kielellään ja kirjaa sitten hänen vastauksensa.
referral-phone-record = Aikuinen suostui: kirjaa se
referral-phone-withdraw = Perhe perui suostumuksensa puhelimessa
referral-send = Lähetä palveluun
referral-send-hint = Palvelu saa vain sen, mihin perhe suostui.
referral-sent-notice = Ohjaus lähetettiin.
referral-cancel = Peru ohjaus
referral-close = Päätä ohjaus ja kirjaa lopputulos
referral-close-outcome = Lopputulos
referral-change-note = Merkintä vaiheisiin (ei näy perheelle)
referral-change-save = Tallenna tila
referral-from-concern = Valmisteltu tapaamisraportin huolen pohjalta.

## Perheen sivut
my-referrals-title = Ohjauksesi
my-referrals-intro = Tässä näet palvelut, joihin Siltan työntekijät auttavat sinua pääsemään, ja missä kukin ohjaus on menossa.
my-referrals-none = Sinulla ei ole ohjauksia.
my-referral-title = Ohjaus: { $service }
my-referral-status = Missä mennään
my-referral-consent-title = Suostutko?
my-referral-agree = Suostun siihen, että tämä lähetetään
my-referral-agreed = Kiitos. Suostumuksesi on kirjattu.
my-referral-withdraw = Peru suostumukseni
my-referral-withdraw-hint = Peruminen peruu ohjauksen, jos se on vielä kesken.
my-referral-withdrawn = Suostumuksesi peruttiin.
my-referral-quiet = Älä ota minuun yhteyttä muutoksista
my-referral-quiet-hint = Näet silti jokaisen muutoksen tällä sivulla.
my-referral-loud = Kerro minulle muutoksista taas
my-referral-quiet-on = Sinulle ei kerrota muutoksista.
my-referral-quiet-off = Sinulle kerrotaan muutoksista.
my-referral-got-help = Sain apua
my-referral-got-help-hint = Kerro meille, kun palvelu on auttanut sinua: ohjaus päättyy silloin.
my-referral-thanks = Kiitos, että kerroit. Ohjaus on päättynyt.
my-referral-text-language = Tämä teksti on sinun kielelläsi.
my-referral-your-consent = Suostumuksesi

## Palvelun sivut
partner-referrals-title = Organisaatiollesi lähetetyt ohjaukset
partner-referrals-none = Organisaatiollesi ei ole lähetetty ohjauksia.
partner-referral-title = Ohjaus: { $service }
partner-referral-shared = Mitä perhe suostui kertomaan
partner-referral-withdrawn = Perhe perui suostumuksensa. Sen kertomia tietoja ei enää näytetä.
partner-referral-update = Päivitä tila
partner-referral-new-status = Uusi tila
partner-referral-decline-reason = Hylkäämisen syy
partner-referral-outcome = Lopputulos
partner-referral-updated = Tila päivitettiin. Perheelle kerrotaan.
partner-referral-final = Tämä ohjaus on päättynyt; sen tilaa ei voi enää muuttaa.
referral-link-title = Ohjaus Siltasta
referral-link-intro = Silta on lähettänyt palvelullenne tämän ohjauksen perheen suostumuksella. Linkki toimii 14 päivää ja vain tähän ohjaukseen; jokainen avaus kirjataan.
referral-link-invalid = Linkki on vanhentunut tai se ei ole kelvollinen. Pyydä uusi Siltan ohjaustyöntekijöiltä.
referral-help-title = Saitko apua?
referral-help-intro = Kerro meille, jos palvelu on auttanut sinua. Ohjaus päättyy silloin.
referral-help-done = Kiitos. Ohjaus on päättynyt.

## Virheet
referral-service-unknown = Valitse palvelu palveluhakemistosta.
referral-service-inactive = Tämä palvelu ei ota nyt vastaan ohjauksia.
referral-service-unreachable = Tällä palvelulla ei ole kumppanitilejä eikä ohjausosoitetta.
referral-family-unknown = Tällä osoitteella ei löytynyt perhettä.
referral-adult-unknown = Valitse tämän perheen aikuinen.
referral-not-draft = Ohjaus on jo lähetetty, eikä sitä voi enää muuttaa.
referral-consent-not-draft = Suostumuksen voi antaa vain ennen kuin ohjaus lähetetään.
referral-consent-given = Perhe on jo suostunut.
referral-consent-changed = Ohjaus muuttui tekstin näyttämisen jälkeen. Lue se uudelleen.
referral-consent-missing = Perhe ei ole suostunut, joten ohjausta ei voi lähettää.
referral-consent-outdated = Ohjaus muuttui perheen suostumuksen jälkeen. Pyydä perheeltä suostumus uudelleen.
referral-nothing-to-withdraw = Perumista ei ole: voimassa olevaa suostumusta ei ole.
referral-change-not-allowed = Tätä muutosta ei voi tehdä nyt.
referral-changed-meanwhile = Joku muutti ohjausta sillä välin. Lataa sivu uudelleen.

## Suostumusteksti (referral-consent-1)
referral-consent-which = Siltan ohjaustyöntekijä haluaisi lähettää ohjauksen palveluun { $service } ({ $organisation }).
referral-consent-why = Palvelu käyttää sitä ottaakseen sinuun yhteyttä ja tarjotakseen apua, jota toivot.
referral-consent-shared = Tämä lähetetään täsmälleen tällaisena, eikä mitään muuta:
referral-consent-kept = Suostumuksesi on voimassa 12 kuukautta. Silta säilyttää ohjauksen ja suostumuksesi 12 kuukautta ohjauksen päättymisen jälkeen. Palvelu säilyttää saamansa tiedot omien asiakirjasääntöjensä mukaan.
referral-consent-withdraw = Voit perua suostumuksesi milloin tahansa tällä sivulla yhdellä napsautuksella. Peruminen peruu ohjauksen, jos se on vielä kesken.
referral-consent-purpose = Ohjaus palveluun { $service } ({ $organisation }), jotta palvelu voi ottaa yhteyttä perheeseen ja tarjota apua.
referral-item-name = Nimi
referral-item-email = Sähköposti
referral-item-languages = Perheen kielet
referral-item-municipality = Kunta
referral-item-reason = Miksi sinut ohjataan
referral-item-hopes = Mitä toivot
referral-item-summary = Ohjaustyöntekijän yhteenveto

## Etusivun kortit
referral-home-family = { $count ->
    [one] Ohjaus odottaa vastaustasi
   *[other] { $count } ohjausta odottaa vastaustasi
}
referral-home-family-changes = Ohjaustesi viimeisimmät muutokset
referral-home-worker = { $overdue ->
    [one] Yksi ohjaus on odottanut liian kauan
   *[other] { $overdue } ohjausta on odottanut liian kauan
}
referral-home-worker-waiting = { $waiting ->
    [one] Yksi luonnos odottaa perheen suostumusta
   *[other] { $waiting } luonnosta odottaa perheen suostumusta
}
referral-home-partner = { $count ->
    [one] Yksi uusi ohjaus organisaatiollesi
   *[other] { $count } uutta ohjausta organisaatiollesi
}
referral-home-open-list = Avaa luettelo

## Sähköposti
mail-referral-consented-subject = Perhe suostui ohjaukseen
mail-referral-consented-intro = Perhe suostui valmistelemaasi ohjaukseen. Voit nyt lähettää sen.
mail-referral-consented-button = Avaa ohjaus
mail-referral-consented-outro = Viestissä ei ole perheen tietoja.
mail-referral-new-subject = Uusi ohjaus organisaatiollesi
mail-referral-new-intro = Silta on lähettänyt organisaatiollesi ohjauksen. Lue se Siltan saapuneista.
mail-referral-new-button = Avaa ohjaus
mail-referral-new-outro = Ohjauksen tiedot ovat vain Siltassa, eivät koskaan sähköpostissa.
mail-referral-link-subject = Ohjaus Siltasta
mail-referral-link-intro = Silta on lähettänyt palvelullenne ohjauksen perheen suostumuksella. Alla oleva linkki toimii 14 päivää ja vain tähän ohjaukseen.
mail-referral-link-button = Lue ohjaus
mail-referral-link-outro = Viestissä ei ole henkilötietoja. Jokainen linkin avaus kirjataan.
mail-referral-overdue-subject = Ohjaus on odottanut liian kauan
mail-referral-overdue-intro = Valmistelemassasi ohjauksessa ei ole ollut muutosta { $days } päivään. Tarkista tilanne palvelusta.
mail-referral-overdue-button = Avaa ohjaus
mail-referral-overdue-outro = Sinulle kerrotaan kerran; uusi muutos aloittaa laskennan alusta.
mail-referral-changed-subject = Ohjauksesi on edennyt
mail-referral-changed-intro = Ohjauksesi tila on nyt: { $status }.
mail-referral-changed-button = Katso ohjauksesi
mail-referral-changed-help = Sain apua
mail-referral-changed-outro = Voit valita ohjauksen sivulla, ettei sinulle kerrota muutoksista.
referral-concern-handled = Huoli on jo käsitelty, tai sitä ei löydy.
referral-concern-not-in-group = Perhe ei ole sen ryhmän jäsen, jonka raportissa huoli mainittiin.
