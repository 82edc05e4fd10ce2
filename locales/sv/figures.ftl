## Siffror: personalens översikt och årsrapporten

figures-dashboard-title = Översikt
figures-privacy-note = Siffror om familjer visas bara som totalsummor. Ett antal under fem visas som ”färre än 5”, så att ingen familj kan kännas igen.
figures-period = Period
figures-period-12w = De senaste 12 veckorna
figures-period-6m = De senaste 6 månaderna
figures-period-12m = De senaste 12 månaderna
figures-show = Visa
figures-download-csv = Ladda ner som CSV
figures-yearly-report = Årsrapport
figures-year-title = Siffror för { $year }
figures-year-previous = Året innan
figures-total = Totalt
figures-fewer-than-5 = färre än 5
figures-sessions-held = Genomförda träffar
figures-attendance-rate = Närvaro (bland medlemmar med markerad närvaro)
figures-families-active = Familjer som deltog
figures-reports-filed = Lämnade träffrapporter
figures-reports-overdue = Rapporter som är mer än 48 timmar försenade
figures-concerns-some = Rapporterade orosärenden
figures-concerns-urgent = Akuta orosärenden
figures-facilitators-in-training = Ledare under utbildning
figures-facilitators-certified = Certifierade ledare
figures-facilitators-expiring = Intyg som går ut inom 60 dagar
figures-facilitators-lapsed = Ledare vars intyg har upphört
