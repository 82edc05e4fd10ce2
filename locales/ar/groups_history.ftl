## A group's earlier sessions

group-earlier-sessions = { $count ->
    [zero] لا لقاءات سابقة
    [one] لقاء سابق واحد
    [two] لقاءان سابقان
    [few] { $count } لقاءات سابقة
    [many] { $count } لقاءً سابقًا
   *[other] { $count } لقاء سابق
}
