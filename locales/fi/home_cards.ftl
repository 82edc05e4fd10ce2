## Kirjautuneen käyttäjän etusivu: jokainen kortti kertoo, mitä tehdä seuraavaksi

home-welcome = Tervetuloa, { $name }
home-nothing-waiting = Juuri nyt mikään ei odota sinua.
home-next-session = Seuraava tapaamisesi
home-room-opens-later = Tapaamishuone avautuu { $minutes } minuuttia ennen tapaamisen alkua.
home-no-sessions = Yhdelläkään ryhmälläsi ei ole tulossa tapaamisia.
home-sessions-you-lead = Seuraavat ohjaamasi tapaamiset
home-no-sessions-to-lead = Sinulla ei ole tulossa tapaamisia.
home-chat-reports-waiting = { $count ->
    [one] Yksi ilmoitettu viesti odottaa käsittelyä.
   *[other] { $count } ilmoitettua viestiä odottaa käsittelyä.
}
home-chat-reports-open = Käsittele ilmoitetut viestit
home-security-recent = Uusimmat tietoturvatapahtumat
home-security-open = Avaa tietoturvaloki
home-escalated-count = { $count ->
    [one] Yhtä kiireellistä huolta ei kuitattu ajoissa.
   *[other] { $count } kiireellistä huolta ei kuitattu ajoissa.
}
report-overdue = myöhässä
supervision-open-queue = Avaa työnohjauksen jono
escalations-open = Katso, kenelle soittaa
home-groups-untrained = { $count ->
    [one] Ryhmällä ei ole sertifioitua ohjaajaa
   *[other] { $count } ryhmällä ei ole sertifioitua ohjaajaa
}
home-groups-untrained-help = Vain voimassa olevan todistuksen omaava ohjaaja voi moderoida. Nimeä näille ryhmille sertifioitu ohjaaja tai pyydä ohjaajaa uusimaan todistuksensa.
