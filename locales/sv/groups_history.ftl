## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] En tidigare träff
   *[other] { $count } tidigare träffar
}
