## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = Adeegani weli sharaxaad kuma laha luqaddaada; halkan waa af-Finnish.
directory-fallback-sv = Adeegani weli sharaxaad kuma laha luqaddaada; halkan waa af-Iswiidhish.
directory-fallback-en = Adeegani weli sharaxaad kuma laha luqaddaada; halkan waa af-Ingiriisi.
directory-details-in-fi = Faahfaahinta hoose waa af-Finnish.
directory-details-in-sv = Faahfaahinta hoose waa af-Iswiidhish.
directory-details-in-en = Faahfaahinta hoose waa af-Ingiriisi.
directory-category-child_health_clinic = Xarunta caafimaadka carruurta
directory-category-family_counselling = La-talinta qoyska
directory-category-family_centre = Xarunta qoyska
directory-category-family_social_work = Shaqada bulshada ee qoyska
directory-category-home_help = Caawimaad guriga ee qoysaska carruurta leh
directory-category-early_education = Waxbarashada carruurnimada hore
directory-category-mental_health = Caafimaadka maskaxda
directory-category-integration = Adeegyada isdhexgalka
directory-category-interpreters = Turjumaano
directory-category-child_welfare = Daryeelka carruurta
directory-status-active = Furan
directory-status-temporarily_closed = Si ku meel gaar ah ayuu u xiran yahay
directory-languages = Luqadaha
directory-phone = Telefoon
directory-email = Iimayl
directory-website = Bogga internetka
directory-address = Cinwaanka
directory-online = Online
directory-directions = Tilmaamaha
directory-hours = Saacadaha furitaanka
directory-ages = Da'da
directory-ages-range = { $min }–{ $max } sano
directory-eligibility = Yaa loogu talagalay
directory-how-to-apply = Sida loo codsado
directory-last-checked = Markii ugu dambeysay la hubiyay
directory-category = Qaybta
help-find-title = Hel caawimaad agtayda
help-find-intro = Adeegyada qoysaska carruurta leh ee meesha aad ku nooshahay. Dooro qayb ama luqad, ama ku raadi erayo.
help-find-filters = Raadi adeegyo
help-municipality = Degmada
help-anywhere = Meel kasta oo Finland ah
help-language = Luqadda adeegga
help-words = Erayo
help-find-submit = Raadi
help-found = { $count ->
    [0] Adeeg lama helin
    [one] Hal adeeg
   *[other] { $count } adeeg
}
help-none-found = Waxba lama helin. Isku day qayb ama luqad kale, ama ka raadi Finland oo dhan.
help-not-sure = Ma garanaysid meel aad u jeesato?
help-not-sure-text = Shaqaalaha Silta ayaa kaa caawin kara inaad hesho adeegga saxda ah oo aad gaarto.
help-ask-general = Ka codso caawimaad shaqaalaha Silta
help-ask-general-text = Si kooban noogu sheeg waxaad u baahan tahay. Shaqaale ayaa kula soo xiriiri doona.
help-back-to-results = Ku noqo raadinta
help-asked-notice = Mahadsanid. Shaqaalaha Silta waxay heleen codsigaaga waana kula soo xiriiri doonaan.
help-my-requests = Codsiyadayda caawimaadda
help-how-to-get-there = Sida loo gaaro
help-no-address = Cinwaan lama bixin. La xiriir adeegga si aad u ogaato meesha aad aadayso.
help-contact = Sida loola xiriiro
help-details = Wax badan oo ku saabsan adeegga
help-ask-title = Ka codso shaqaalaha Silta inay iga caawiyaan inaan halkaas gaaro
help-ask-text = Shaqaale ayaa kula soo xiriiri doona. Wuxuu arki doonaa magacaaga, degmadaada iyo waxaad halkan ku qorto.
help-message = Fariin (ikhtiyaari)
help-message-hint = Tusaale ahaan waqti ku habboon in lagu soo waco, ama inaad u baahan tahay turjumaan. Macluumaad caafimaad looma baahna.
help-ask-submit = Dir codsiga
help-requests-intro = Waxaad ka codsatay shaqaalaha Silta, iyo haddii ay wax ka qabteen.
help-service-gone = Adeeg aan hadda liiska ku jirin
help-general-request = Codsi caawimaad guud
help-sent-on = La diray
help-state-handled = Waa la qabtay
help-state-open = Waxay sugaysaa shaqaalaha
help-no-requests = Weli wax codsi ah ma aadan dirin.
help-home-title = Ma u baahan tahay caawimaad adeeg?
help-home-text = Hel adeegyada qoysaska ee agtaada, luqaddaada haddii ay suurtagal tahay.
help-home-open = { $count ->
    [0] Dhammaan codsiyadaada waa la qabtay
    [one] Hal codsi ayaa sugaya shaqaalaha
   *[other] { $count } codsi ayaa sugaya shaqaalaha
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = Tusaha adeegyada
directory-staff-nav = Bogagga tusaha
directory-services = Adeegyada
directory-service-new = Ku dar adeeg
directory-service-edit = Wax ka beddel adeegga
directory-organisations = Hay'adaha
directory-categories = Qaybaha
directory-filters = Raadi adeegyo
directory-status = Xaaladda
directory-status-inactive = Hadda lama bixiyo
directory-name = Magaca
directory-name-fi = Magaca af-Finnish
directory-name-sv = Magaca af-Iswiidhish
directory-name-en = Magaca af-Ingiriisi
directory-organisation = Hay'adda
directory-organisation-choose = Dooro hay'ad
directory-organisation-add = Ku dar hay'ad
directory-organisation-search = Magaca hay'adda
directory-organisations-found = { $count ->
    [0] Hay'ad ma jirto
    [one] Hal hay'ad
   *[other] { $count } hay'adood
}
directory-organisations-none = Ma jirto hay'ad u dhigma raadinta.
directory-never-checked = Weligeed lama hubin
directory-summaries = Soo koobidda luqadaha qoysaska
directory-summaries-count = { $count } ka mid ah { $all }
directory-summaries-edit = Ku qor soo koobidda luqadaha qoysaska
directory-back-to-service = Ku noqo adeegga
directory-saved = Waa la kaydiyay.
directory-checked-today = Maanta la hubiyay
directory-checked-hint = Waxay diiwaangelinaysaa inaad maanta hubisay macluumaadka oo dhan. Maalinta waxaa lagu beddeli karaa foomka hoose.
directory-checked-notice = Waxaa lagu calaamadeeyay in maanta la hubiyay.
directory-basics = Hay'adda iyo xaaladda
directory-texts-fi = Af-Finnish
directory-texts-sv = Af-Iswiidhish
directory-texts-en = Af-Ingiriisi
directory-summary = Soo koobid
directory-description = Sharaxaad
directory-reaching = Da'da iyo sida loo gaaro adeegga
directory-minimum-age = Da'da ugu yar ee adeegga
directory-maximum-age = Da'da ugu weyn ee adeegga
directory-referral-email = Cinwaanka gudbinnada
directory-referral-email-hint = Waxaa la isticmaalaa oo keliya marka aysan qofna hay'adda ku lahayn akoon iskaashade. Halkaas waxaa loo diraa oo keliya link; marnaba looma diro macluumaadka qoyska.
directory-areas = Meesha adeegga laga bixiyo
directory-areas-hint = Dalka oo dhan, gobollada daryeelka ama degmooyin gaar ah. Si aad dhowr u doorato, hay Ctrl (ama Cmd).
directory-areas-required = Dooro meesha adeegga laga bixiyo.
directory-area-country = Dalka oo dhan
directory-area-counties = Gobollada daryeelka
directory-area-municipalities = Degmooyinka
directory-locations = Goobaha
directory-rows-hint = Si aad saf u tirtirto, madhi dhammaan sanduuqyadiisa.
directory-location-n = Goobta { $n }
directory-location-name = Magaca goobta
directory-street = Cinwaanka waddada
directory-postal-code = Lambarka boostada
directory-post-office = Xafiiska boostada
directory-location-municipality = Degmada
directory-none = Midna
directory-online-link = Cinwaanka internetka (adeegga online-ka ah)
directory-directions-hint = Gaadiidka dadweynaha, albaabka laga galo, gelitaanka dadka naafada ah.
directory-location-needs-place = Geli cinwaanka waddada ama cinwaanka internetka.
directory-contacts = Xiriirada
directory-contact-n = Xiriirka { $n }
directory-contact-name = Magaca ama miiska adeegga
directory-contact-title = Jagada
directory-contact-note = Faallo
directory-contact-note-hint = Tusaale ahaan goorta la waco: Isniin–Jimce 9–11.
directory-contact-needs-way = Geli lambar telefoon ama cinwaan iimayl.
directory-hours-n = Saacadaha furitaanka, safka { $n }
directory-weekday = Maalinta
directory-opens = Furitaanka
directory-closes = Xiritaanka
directory-hours-where = Halkee
directory-hours-service = Adeegga guud ahaan
directory-time-invalid = Waqtiga u qor sida HH:MM.
directory-closes-before-opens = Waqtiga xiritaanku waa inuu ka dambeeyaa waqtiga furitaanka.
directory-ages-order = Da'da ugu weyn kama yaraan karto da'da ugu yar.
directory-url-invalid = Qor cinwaan internet oo ku bilaabma https://.
directory-save = Kaydi
summary-intro = Luqad kasta oo qoysaska ka mid ah ku qor soo koobid gaaban: waa maxay adeeggu iyo yaa loogu talagalay. Kaydinta isbeddel waxay meesha ka saartaa dib-u-eegistii. Si aad soo koobid u tirtirto, madhi oo kaydi. Qoysasku waxay arkaan soo koobidda marka shaqaale qoro ama dib u eego.
summary-in-ar = Af-Carabi
summary-in-so = Af-Soomaali
summary-in-ru = Af-Ruush
summary-in-uk = Af-Yukreeni
summary-in-fa = Af-Faarisi
summary-in-et = Af-Istooniyaan
summary-missing = Weli soo koobid ma jirto.
summary-written-by = Waxaa qoray { $name }
summary-reviewed-by = Waxaa dib u eegay { $name }
summary-not-reviewed = Dib looma eegin
summary-reviewed = dib loo eegay
summary-field-name = Magaca adeegga ee luqaddan (ikhtiyaari)
summary-field-summary = Soo koobid
summary-save = Kaydi soo koobidda
summary-review = Calaamadee in dib loo eegay
summary-unreview = Ka noqo dib-u-eegista
partner-accounts = Akoonnada iskaashatada degmada
partner-intro = Gudbinnada loo diro adeegyada hay'addan waxay gaaraan akoonnadan.
partner-none = Akoon iskaashade lama xiriirin.
partner-added = la xiriiriyay
partner-unlink = Ka jar xiriirka
partner-email = Cinwaanka iimaylka akoonka iskaashadaha
partner-email-hint = Akoonku waa inuu horey u jiraa oo leeyahay doorka iskaashade degmo (marka hore casuun).
partner-link = Xiriiri akoonka
partner-linked = Akoonka waa la xiriiriyay.
partner-unlinked = Xiriirka akoonka waa la jaray. Haddii tani khalad ahayd, hoos ka xiriiri mar kale.
directory-partner-unknown = Ma jiro akoon iskaashade degmo oo leh cinwaankan.
category-intro = Qaybaha ay qoysasku ku raadin karaan. Kuwa horay ugu jiray waa la turjumay; kuwa aad adigu ku darto waxay haystaan magaca aad siiso. Qaybaha arkiifka la geliyay waxay ku sii jiraan adeegyada, laakiin mar dambe lama soo bandhigo.
category-archived = Arkiifka ku jira
category-archive = Geli arkiifka
category-restore = Soo celi
category-rename = Beddel magaca
category-add = Ku dar qayb
category-label = Magaca
help-queue-title = Codsiyada caawimaadda
help-queue-intro = Qoysas ka codsanaya shaqaalaha Silta inay ka caawiyaan gaaritaanka adeeg. Waxaad arkaysaa waxa qoysku qoray, magaciisa iyo degmadiisa.
help-queue-filters = Raadi codsiyada caawimaadda
help-queue-municipality = Degmada qoyska
help-queue-state = Muuji
help-queue-state-open = Sugaya
help-queue-state-handled = La qabtay
help-queue-state-all = Dhammaan
help-queue-found = { $count ->
    [0] Codsi ma jiro
    [one] Hal codsi
   *[other] { $count } codsi
}
help-queue-empty = Halkan waxba ma yaallaan.
help-queue-mark = Calaamadee in la qabtay
help-queue-reopen = Dib u fur
help-queue-marked = Waxaa lagu calaamadeeyay in la qabtay.
help-queue-see-handled = Eeg codsiyada la qabtay (halkaas ayaad mid dib ugu furi kartaa).
help-queue-reopened = Codsigu mar kale wuu sugayaa.
help-request-already-handled = Qof ayaa horey ugu calaamadeeyay codsigan in la qabtay.
help-request-already-open = Codsigan horeba wuu sugayaa.
help-home-queue = { $count ->
    [0] Ma jiro codsi caawimaad oo sugaya
    [one] Hal codsi caawimaad ayaa sugaya
   *[other] { $count } codsi caawimaad ayaa sugaya
}
help-home-queue-open = Fur codsiyada caawimaadda
