## Startsidan för inloggade: varje kort visar vad du kan göra härnäst

home-welcome = Välkommen, { $name }
home-nothing-waiting = Just nu väntar inget på dig.
home-next-session = Din nästa träff
home-room-opens-later = Träffrummet öppnas { $minutes } minuter innan träffen börjar.
home-no-sessions = Ingen av dina grupper har någon kommande träff.
home-sessions-you-lead = Nästa träffar som du leder
home-no-sessions-to-lead = Du har inga kommande träffar.
home-chat-reports-waiting = { $count ->
    [one] Ett anmält meddelande väntar på granskning.
   *[other] { $count } anmälda meddelanden väntar på granskning.
}
home-chat-reports-open = Granska anmälda meddelanden
home-security-recent = Senaste säkerhetshändelserna
home-security-open = Öppna säkerhetsloggen
home-escalated-count = { $count ->
    [one] Ett akut orosärende kvitterades inte i tid.
   *[other] { $count } akuta orosärenden kvitterades inte i tid.
}
report-overdue = försenad
supervision-open-queue = Öppna handledningskön
escalations-open = Se vem du ska ringa
home-groups-untrained = { $count ->
    [one] En grupp har ingen certifierad ledare
   *[other] { $count } grupper har ingen certifierad ledare
}
home-groups-untrained-help = Bara en ledare med giltigt intyg får moderera. Utse en certifierad ledare för grupperna eller be ledaren förnya sitt intyg.
