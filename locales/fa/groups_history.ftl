## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] { $count } جلسهٔ گذشته
   *[other] { $count } جلسهٔ گذشته
}
