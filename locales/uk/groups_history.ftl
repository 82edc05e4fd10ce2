## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] { $count } минула зустріч
    [few] { $count } минулі зустрічі
    [many] { $count } минулих зустрічей
   *[other] { $count } минулих зустрічей
}
