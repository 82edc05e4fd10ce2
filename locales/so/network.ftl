## Shabakadaha iskaashatada ee gobolka iyo kulamadooda

network-list-title = Shabakadaha iskaashatada
network-list-intro = Shabakadda iskaashatada ee gobolka adeegyada daryeelka ama degmada: iskaashatada degmada, hagayaasha, shaqaalaha iyo, marka la casuumo, wakiillada qoysaska ayaa kulma si ay u ogaadaan cidda waxa qabata oo ay ugu heshiiyaan tallaabooyin.
network-search-label = Raadi shabakadaha
network-search = Erayo ku jira magaca
network-search-submit = Raadi
network-found = { $count ->
    [0] Shabakad ma jirto
    [one] Hal shabakad
   *[other] { $count } shabakadood
}
network-none = Weli shabakad ma jirto.
network-participant-count = { $count ->
    [one] hal ka qaybgale
   *[other] { $count } ka qaybgale
}
network-next-meeting = Kulanka xiga
network-new = Shabakad cusub
network-name = Magaca shabakadda
network-area = Aagga
network-area-choose = Dooro aagga
network-area-counties = Gobollada adeegyada daryeelka
network-area-municipalities = Degmooyinka
network-area-unknown = Liiska ka dooro gobol adeegyada daryeelka ama degmo.
network-create = Samee shabakadda
network-organiser = Qabanqaabiyaha
network-participants = Ka qaybgalayaasha
network-who-does-what = Yaa waxa qabta
network-participant = Ka qaybgale
network-takes-part-as = Wuxuu ka qaybgalaa sida
network-works-as = Waxa uu qabto
network-works-as-hint = Tusaale ahaan "la-taliyaha qoyska ee xarunta caafimaadka carruurta". Looma muujiyo wakiillada qoysaska.
network-organisation = Hay'adda iyo adeegyada
network-participants-none = Weli cidna lama casuumin.
network-remove = Ka saar
network-kind-partner = Iskaashatada degmada
network-kind-facilitator = Hagaha kooxda
network-kind-staff = Shaqaalaha Silta
network-kind-family = Wakiilka qoysaska
network-invite = Casuum ka qaybgale
network-invite-email = Cinwaanka iimaylka ee akoonkiisa Silta
network-invite-submit = Casuum
network-participant-unknown = Ma jiro akoon Silta ah oo cinwaankan leh oo sidan uga qaybgeli kara.
network-meetings = Kulamada
network-meetings-none = Weli kulan lama qorsheyn.
network-open-action-count = { $count ->
    [one] hal tallaabo oo furan
   *[other] { $count } tallaabo oo furan
}
network-meeting-schedule = Qorshee kulan
network-meeting-date = Taariikhda
network-meeting-time-hint = Waqtiga Helsinki.
network-meeting-time-invalid = Qor taariikh, waqtiga bilowga iyo muddo 15 ilaa 480 daqiiqo ah.
network-meeting-title = Kulan
network-agenda = Ajandaha
network-agenda-none = Weli ajande ma jiro.
network-agenda-edit = Wax ka beddel ajandaha
network-agenda-hint = Hal qodob sadar kasta.
network-agenda-save = Kaydi ajandaha
network-agenda-too-many = Ajandaha waxa ugu badnaan ku jiri kara { $max } qodob.
network-notes = Qoraallada
network-notes-none = Weli qoraal ma jiro.
network-notes-edit = Qor qoraallada
network-notes-save = Kaydi qoraallada
network-notes-closed = Qoraallada lama beddeli karo mar dambe: kulanku wuxuu ahaa in ka badan laba toddobaad ka hor.
network-follow-ups = Dabagalka tallaabooyinka kulamadii hore
network-follow-ups-none = Ma jiraan tallaabooyin furan oo kulamadii hore ka yimid.
network-actions = Tallaabooyinka lagu heshiiyay kulankan
network-actions-none = Weli tallaabo lagama heshiin.
network-action-new = Diiwaangeli tallaabo
network-action-text = Waxa la qabanayo
network-action-owner = Cidda qabanaysa
network-action-owner-choose = Dooro ka qaybgale
network-action-owner-required = Tallaabo kastaa waxay u baahan tahay qof mas'uul ah: dooro cidda qabanaysa.
network-action-owner-not-participant = Qofka mas'uulka ahi waa inuu ka mid yahay ka qaybgalayaasha shabakadda.
network-action-due-on = Waqtiga kama dambaysta ah (ikhtiyaari)
network-action-add = Diiwaangeli tallaabada
network-action-due = waqtiga kama dambaysta ah
network-action-overdue = Dib u dhacay
network-action-agreed-on = lagu heshiiyay kulanka
network-action-status = Xaaladda
network-status-open = Furan
network-status-done = La qabtay
network-status-dropped = La joojiyay
network-home-title = Shabakadda iskaashatada
network-home-actions = Tallaabooyinkaaga furan
mail-network-invited-subject = Waxaa lagugu casuumay shabakad iskaashato
mail-network-invited-intro = Waxaa lagugu casuumay inaad ka qaybgasho shabakadda iskaashatada "{ $name }" ee Silta. Kulamadeeda, ajandayaasheeda iyo tallaabooyinka lagu heshiiyay waxay ku yaallaan bogga shabakadda.
mail-network-invited-button = Fur shabakadda
mail-network-invited-outro = Haddii aad u malaynayso inay tani khalad tahay, u jawaab shaqaalaha ku casuumay.
privacy-kind-network-participation = Shabakadaha iskaashatada ee aad ka qaybgasho
privacy-purpose-of-network-participation = Si laguugu casuumo kulamada shabakadda loona ogeysiiyo ka qaybgalayaasha kale cidda waxa qabata.
privacy-kind-network-actions = Tallaabooyinka aad mas'uulka ka tahay ee shabakadaha iskaashatada
privacy-purpose-of-network-actions = Si loola socdo waxa lagu heshiiyay kulanka shabakadda.
privacy-kind-network-notes = Qoraallada kulamada shabakadda ee aad qortay
privacy-purpose-of-network-notes = Si loo hayo diiwaan gaaban oo ku saabsan waxa kulanka shabakadda looga hadlay iyo waxa lagu heshiiyay.
privacy-field-network = Shabakadda
privacy-field-taking-part-as = Wuxuu ka qaybgalaa sida
privacy-field-works-as = Waxa aad qabato
privacy-field-due-on = Waqtiga kama dambaysta ah
privacy-field-agreed-at = La isku raacay
privacy-field-participation = Ka qaybgalka
privacy-field-actions = Tallaabooyinka
