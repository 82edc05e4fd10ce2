## A group's earlier sessions

group-earlier-sessions = { $count ->
    [one] { $count } прошедшая встреча
    [few] { $count } прошедшие встречи
    [many] { $count } прошедших встреч
   *[other] { $count } прошедших встреч
}
