## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] Hal kulan oo hore
   *[other] { $count } kulan oo hore
}
