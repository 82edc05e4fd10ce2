# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = Fariimaha la soo sheegay
reports-intro-staff = Fariimo ay dadka qolalka ku jiray soo sheegeen. Mid walba ku akhri meeshii uu ka dhacay, samee waxa loo baahan yahay, kuna qor waxa la sameeyay.
reports-intro-facilitator = Warbixinada fariimaha kooxahaaga. Shaqaaluhu waxay wax ka qabtaan warbixin kasta; waad arki kartaa waxa la soo sheegay, waxaadna kaga hadli kartaa kulanka kormeerka. Laguma sheegayo cidda soo sheegtay.
reports-open =
    { $count ->
        [one] Hal warbixin oo furan
       *[other] { $count } warbixinood oo furan
    }
reports-none = Wax sugaya dib-u-eegis ma jiraan.
reports-handled = Kuwa laga shaqeeyay
report-filed-at = Waqtiga la soo sheegay
report-reporter = Waxaa soo sheegay
report-reason = Sababta
report-no-reason = Sabab lama sheegin
report-outcome = Waxa la sameeyay
report-context = Fariimaha ku xeeran
report-reported-message = Fariinta la soo sheegay
report-outcome-label = Waxa la sameeyay (qoraal gaaban)
report-mark-handled = U calaamadee mid laga shaqeeyay
moderation-log-title = Diiwaanka maamulka
moderation-log-empty = Kulankan wax maamul ah lagama samayn.
moderation-action = Tallaabada
moderation-message-number = Lambarka fariinta
moderation-action-remove-message = Tirtiray fariin
moderation-action-mute = Xubin ka joojiyay qorista muddo
moderation-action-remove-member = Xubin ka saaray kulanka
moderation-action-lock = Qolka xiray
moderation-action-unlock = Qolka furay
moderation-action-slow-mode = Beddelay habka gaabis
moderation-action-start-session = Bilaabay kulanka
moderation-action-end-session = Dhammeeyay kulanka
crisis-contacts-title = Lambarada gurmadka
crisis-contacts-intro = Kuwani waxay ka muuqdaan qol kasta oo wada-sheekaysi hoostiisa “Ma u baahan tahay caawimaad hadda?”, dadka ku akhriya luqaddaas. Lambarka degdegga 112 had iyo jeer waa muuqdaa.
crisis-contacts-none = Weli lambarro gurmad ma jiraan.
crisis-contact-language = Luqadda
crisis-contact-name = Adeegga
crisis-contact-phone = Lambarka taleefanka
crisis-contact-hours = Saacadaha furan
crisis-contact-hours-hint = Tusaale: maalin kasta 8–22, ama habeen iyo maalin
crisis-contact-delete = Tirtir
crisis-contact-add = Ku dar lambar
security-event-reports-viewed = Warbixinada wada-sheekaysiga waa la eegay
reports-status-open = Sugaya dib-u-eegis
