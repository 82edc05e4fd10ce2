## Arvud: töötajate ülevaade ja aastaaruanne

figures-dashboard-title = Ülevaade
figures-privacy-note = Perede kohta näidatakse ainult koondarve. Iga arv alla viie näidatakse kui „alla 5“, et ühtegi peret ei saaks ära tunda.
figures-period = Ajavahemik
figures-period-12w = Viimased 12 nädalat
figures-period-6m = Viimased 6 kuud
figures-period-12m = Viimased 12 kuud
figures-show = Näita
figures-download-csv = Laadi alla CSV-failina
figures-yearly-report = Aastaaruanne
figures-year-title = { $year }. aasta arvud
figures-year-previous = Eelmine aasta
figures-total = Kokku
figures-fewer-than-5 = alla 5
figures-sessions-held = Toimunud kohtumised
figures-attendance-rate = Osalemine (märgitud liikmetest)
figures-families-active = Osalenud pered
figures-reports-filed = Esitatud kohtumiste aruanded
figures-reports-overdue = Üle 48 tunni hilinenud aruanded
figures-concerns-some = Teatatud mured
figures-concerns-urgent = Kiireloomulised mured
figures-facilitators-in-training = Koolitusel olevad juhendajad
figures-facilitators-certified = Sertifitseeritud juhendajad
figures-facilitators-expiring = 60 päeva jooksul aeguvad tunnistused
figures-facilitators-lapsed = Juhendajad, kelle tunnistus on aegunud
