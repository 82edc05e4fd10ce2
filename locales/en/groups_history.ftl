## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] One earlier session
   *[other] { $count } earlier sessions
}
