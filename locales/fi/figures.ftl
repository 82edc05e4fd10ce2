## Luvut: henkilökunnan yleiskatsaus ja vuosiraportti

figures-dashboard-title = Yleiskatsaus
figures-privacy-note = Perheitä koskevat luvut ovat vain yhteismääriä. Jos jokin määrä on alle viisi, se näytetään muodossa ”alle 5”, jotta yhtäkään perhettä ei voi tunnistaa.
figures-period = Ajanjakso
figures-period-12w = Viimeiset 12 viikkoa
figures-period-6m = Viimeiset 6 kuukautta
figures-period-12m = Viimeiset 12 kuukautta
figures-show = Näytä
figures-download-csv = Lataa CSV-tiedostona
figures-yearly-report = Vuosiraportti
figures-year-title = Luvut vuodelta { $year }
figures-year-previous = Edellinen vuosi
figures-total = Yhteensä
figures-fewer-than-5 = alle 5
figures-sessions-held = Pidetyt tapaamiset
figures-attendance-rate = Läsnäolo (merkityistä jäsenistä)
figures-families-active = Osallistuneet perheet
figures-reports-filed = Lähetetyt tapaamisraportit
figures-reports-overdue = Yli 48 tuntia myöhässä olevat raportit
figures-concerns-some = Ilmoitetut huolet
figures-concerns-urgent = Kiireelliset huolet
figures-facilitators-in-training = Koulutuksessa olevat ohjaajat
figures-facilitators-certified = Sertifioidut ohjaajat
figures-facilitators-expiring = 60 päivän sisällä vanhenevat todistukset
figures-facilitators-lapsed = Ohjaajat, joiden todistus on rauennut
