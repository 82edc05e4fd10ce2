## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] Yksi aiempi tapaaminen
   *[other] { $count } aiempaa tapaamista
}
