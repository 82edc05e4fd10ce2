## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] Üks varasem kohtumine
   *[other] { $count } varasemat kohtumist
}
