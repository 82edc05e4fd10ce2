## Tapaamisraportit ja työnohjaus

session-reports-title = Tapaamisraportit
session-reports-intro = Kerro jokaisen ohjaamasi tapaamisen jälkeen työnohjaajallesi lyhyesti, miten se meni. Kirjoita vain tarpeellinen: ei perheiden nimiä eikä diagnooseja.
session-reports-due = { $count ->
    [0] Ei kirjoitettavia raportteja
    [one] Yksi raportti kirjoitettavana
   *[other] { $count } raporttia kirjoitettavana
}
report-due-by = Kirjoita raportti viimeistään { $when }.
report-overdue-since = Myöhässä { $when } lähtien.
session-reports-none-due = Sinulla ei ole kirjoitettavia raportteja.
session-reports-filed = Lähettämäsi raportit
session-reports-none-filed = Et ole vielä lähettänyt yhtään raporttia.

report-form-title = Raportti tapaamisesta
report-present = Paikalla
report-present-hint = Kuinka moni ryhmän { $members } jäsenestä osallistui. Täytetty läsnäolomerkintöjen perusteella.
report-present-of = { $present }/{ $members }
report-themes = Teemat
report-went = Miten meni
report-went-hint = Muutama lause tapaamisesta. Jätä pois nimet ja kaikki, mistä perheen voi tunnistaa.
report-concern = Huoli
report-concern-none = Ei huolta
report-concern-some = Jonkin verran huolta
report-concern-urgent = Kiireellinen huoli
report-concern-urgent-hint = Valitse ”kiireellinen”, jos joku voi olla vaarassa: päivystävä työnohjaaja saa tiedon heti. Hätätilanteessa soita ensin 112.
report-concern-note = Mitä työnohjaajan pitää tietää
report-concern-note-hint = Vain se, mitä tarvitaan avun antamiseen: mitä näit tai kuulit, ei diagnoosia. Pakollinen, kun olet valinnut huolen.
report-concern-note-required = Kerro työnohjaajalle lyhyesti, mikä sinua huolettaa.
report-submit = Lähetä raportti
report-filed-notice = Kiitos. Raporttisi on lähetetty.
report-title = Tapaamisraportti
report-group = Ryhmä
report-facilitator = Ohjaaja
report-filed-on = Lähetetty
report-comments = Työnohjaajasi kommentit
report-no-comments = Ei vielä kommentteja.
report-comment-label = Kirjoita ohjaajalle
report-comment-send = Lähetä kommentti
report-not-led = Voit raportoida vain ohjaamiesi ryhmien tapaamisista.
report-session-not-started = Tämä tapaaminen ei ole vielä alkanut.
report-already-filed = Tästä tapaamisesta on jo raportti.

concern-state-received = Vastaanotettu
concern-state-acknowledged = Työnohjaaja on ottanut vastaan
concern-state-handled = Käsitelty
concern-decide = Vastaa huoleen
concern-acknowledge = Kuittaa vastaanotetuksi
concern-outcome = Lopputulos
concern-outcome-hint = Mitä tehtiin. Ohjaaja näkee vain, että huoli on käsitelty.
concern-mark-handled = Merkitse käsitellyksi
concern-already-decided = Joku on jo tehnyt tämän.

supervision-title = Työnohjaus
supervision-urgent = { $count ->
    [0] Ei kiireellisiä huolia
    [one] Yksi kiireellinen huoli odottaa
   *[other] { $count } kiireellistä huolta odottaa
}
supervision-none-urgent = Mitään kiireellistä ei odota.
supervision-concerns = { $count ->
    [0] Ei avoimia huolia
    [one] Yksi avoin huoli
   *[other] { $count } avointa huolta
}
supervision-overdue = { $count ->
    [0] Ei myöhässä olevia raportteja
    [one] Yksi raportti myöhässä
   *[other] { $count } raporttia myöhässä
}
supervision-recent = Uusimmat raportit
supervision-none = Ei yhtään.
supervision-facilitators-title = Ohjaajat ja työnohjaajat
supervision-facilitators-intro = Jokaisella ohjaajalla on työnohjaaja, joka lukee hänen raporttinsa. Jos ohjaajalla ei ole omaa työnohjaajaa, kaikki työnohjaajat seuraavat häntä.
supervision-supervisor = Työnohjaaja
supervision-supervisor-of = Työnohjaaja henkilölle { $name }
supervision-every-supervisor = Kaikki työnohjaajat
supervision-no-facilitators = Ohjaajia ei ole vielä.
supervision-not-a-supervisor = Valitse henkilö, joka on työnohjaaja.

report-themes-title = Raporttien teemat
report-themes-intro = Teemat, joita ohjaajat voivat valita raportteihinsa. Arkistoitu teema säilyy vanhoissa raporteissa.
report-theme-archived = arkistoitu
report-theme-archive = Arkistoi
report-theme-restore = Palauta
report-theme-add = Lisää teema
report-theme-label = Teema
report-theme-two-cultures = Elämä kahden kulttuurin välissä
report-theme-bilingual-children = Kaksikieliset lapset
report-theme-sleep = Uni ja päivärytmi
report-theme-daycare-school = Varhaiskasvatus ja koulu
report-theme-couple = Parisuhde
report-theme-loneliness = Yksinäisyys
report-theme-services = Palvelujen löytäminen
report-theme-wellbeing = Vanhempien hyvinvointi

escalations-title = Vastaamattomat huolet
escalations-intro = Kiireelliset huolet, joita yksikään työnohjaaja ei kuitannut ajoissa. Tavoita työnohjaaja tai joku toinen työnohjaaja puhelimitse.
escalations-none = Kaikki kiireelliset huolet on kuitattu.
escalation-raised = Ilmoitettu

security-event-session-report-viewed = Tapaamisraportti luettu

mail-concern-urgent-subject = Kiireellinen huoli tapaamisesta
mail-concern-urgent-intro = Ohjaaja ilmoitti tapaamisen jälkeen kiireellisestä huolesta. Lue se ja kuittaa se vastaanotetuksi niin pian kuin voit.
mail-concern-urgent-button = Lue raportti
mail-concern-urgent-outro = Jos kukaan ei kuittaa sitä ajoissa, asiasta kerrotaan koordinaattoreille.
mail-concern-escalated-subject = Kiireelliseen huoleen ei ole vielä vastattu
mail-concern-escalated-intro = Yksikään työnohjaaja ei ole kuitannut kiireellistä huolta { $minutes } minuutin kuluessa. Varmista, että joku vastaa siihen.
mail-concern-escalated-button = Katso vastaamattomat huolet
mail-concern-escalated-outro = Itse raportin näkevät vain työnohjaajat.
mail-report-reminder-subject = Tapaamisraporttisi odottaa
mail-report-reminder-intro = Kirjoita lyhyt raportti ryhmän ”{ $name }” tapaamisesta. Raportti pitää kirjoittaa 48 tunnin kuluessa tapaamisen päättymisestä.
mail-report-reminder-button = Kirjoita raportti
mail-report-reminder-outro = Kiitos, että ohjaat ryhmää.
mail-report-comment-subject = Työnohjaajasi kommentoi raporttiasi
mail-report-comment-intro = { $name } kirjoitti sinulle tapaamisraportistasi.
mail-report-comment-button = Lue kommentti
mail-report-comment-outro = Vain sinä ja työnohjaajasi voitte lukea sen.
security-event-supervision-notes-viewed = Työnohjauksen muistiinpanot luettu
supervision-circles-title = Työnohjausryhmät
supervision-circles-intro = Työnohjausryhmä on joukko ohjaajia, joiden työnohjaaja olet. Ryhmän tapaamiset pidetään yksityisessä huoneessa, jonka vain ryhmän jäsenet näkevät. Läsnäolo kirjataan, kun osallistujat ovat huoneessa, ja voit korjata sitä jälkikäteen.
supervision-circles-none = Työnohjausryhmiä ei ole vielä.
supervision-circles-none-mine = Et ole vielä missään työnohjausryhmässä. Työnohjaajasi lisää sinut ryhmään.
supervision-circle-members = { $count ->
    [one] { $count } ohjaaja
   *[other] { $count } ohjaajaa
}
supervision-circle-meetings = { $count ->
    [one] { $count } tapaaminen
   *[other] { $count } tapaamista
}
supervision-circle-new = Uusi työnohjausryhmä
supervision-circle-name = Ryhmän nimi
supervision-circle-facilitators = Ohjaajat
supervision-circle-create = Luo ryhmä
supervision-circle-facilitators-invalid = Valitse vähintään yksi ohjaaja, jonka työnohjaaja olet.
supervision-meetings = Tapaamiset
supervision-meetings-none = Tapaamisia ei ole sovittu.
supervision-meeting-schedule = Sovi tapaamiset
supervision-meeting-weeks-hint = 1, jos tapaamisia on vain yksi; suurempi luku, jos tapaaminen toistuu viikoittain samaan aikaan.
supervision-meeting-time-invalid = Anna ensimmäisen tapaamisen päivä (VVVV-KK-PP) ja alkamisaika (TT:MM).
supervision-meeting-attended = Ketkä osallistuivat
supervision-meeting-you-attended = Osallistuit.
supervision-meeting-you-missed = Sinua ei merkitty läsnäolijaksi.
supervision-notes-title = Työnohjauksen muistiinpanot
supervision-notes-intro = Muistiinpanot näkyvät vain ohjaajan työnohjaajille, ellet jaa muistiinpanoa ohjaajalle. Kirjoita vain se, mitä työnohjaus tarvitsee: ei diagnooseja eikä perheiden henkilötietoja.
supervision-notes-none = Ei muistiinpanoja.
supervision-notes-shared-title = Työnohjaajasi sinulle jakamat muistiinpanot
supervision-note = Muistiinpano
supervision-note-share = Jaa tämä muistiinpano ohjaajalle
supervision-note-shared = Jaettu
supervision-note-add = Tallenna muistiinpano
supervision-mine-title = Oma työnohjaukseni
supervision-mine-last = Osallistuit viimeksi työnohjaukseen { $when }.
supervision-mine-never = Et ole vielä osallistunut työnohjaukseen.
supervision-mine-until = Osallistu työnohjaustapaamiseen ennen { $when }, niin moderointioikeutesi säilyvät.
supervision-mine-warning = Moderointioikeutesi päättyvät { $when }, ellet osallistu työnohjaustapaamiseen sitä ennen.
supervision-mine-lapsed = Et ole osallistunut työnohjaukseen liian pitkään aikaan, joten et voi toistaiseksi ohjata tai moderoida ryhmiä. Osallistu työnohjausryhmäsi seuraavaan tapaamiseen, niin saat oikeutesi takaisin; mitään ei ole poistettu.
mail-supervision-lapse-warning-subject = On työnohjauksen aika
mail-supervision-lapse-warning-intro = Hei { $name }, et ole osallistunut työnohjaustapaamiseen vähään aikaan. Moderointioikeutesi päättyvät { $detail }, ellet osallistu tapaamiseen sitä ennen.
mail-supervision-lapse-warning-button = Katso työnohjaustapaamisesi
mail-supervision-lapse-warning-outro = Työnohjaus on olemassa, jotta yksikään ohjaaja ei jää yksin sen kanssa, mitä hän kuulee ryhmissä.
mail-supervision-lapsed-subject = Moderointioikeutesi ovat päättyneet
mail-supervision-lapsed-intro = Hei { $name }, et ole osallistunut työnohjaukseen liian pitkään aikaan, joten et voi toistaiseksi ohjata tai moderoida ryhmiä.
mail-supervision-lapsed-button = Katso työnohjaustapaamisesi
mail-supervision-lapsed-outro = Mitään ei ole poistettu. Osallistu työnohjaustapaamiseen, niin saat oikeutesi takaisin.
mail-supervision-lapsed-coordinator-subject = Ohjaajan moderointioikeudet ovat päättyneet
mail-supervision-lapsed-coordinator-intro = { $name } ei ole osallistunut työnohjaukseen liian pitkään aikaan, eikä hän voi toistaiseksi ohjata tai moderoida ryhmiä. Hänen ryhmänsä: { $detail }
mail-supervision-lapsed-coordinator-button = Avaa työnohjaus
mail-supervision-lapsed-coordinator-outro = Oikeudet palautuvat, kun hän osallistuu työnohjaustapaamiseen.
supervision-next-meeting = Seuraava työnohjaustapaaminen
supervision-mine-open = Avaa oma työnohjaukseni
