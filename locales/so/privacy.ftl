## Asturnaanta: cidda aragtay xogta qoyska, waxa Silta hayso, sababta iyo muddada.

privacy-title = Xogtaada iyo asturnaantaada
privacy-intro = Silta waxay haysaa oo keliya waxa ay u baahan tahay si ay u socodsiiso kooxaha oo ay kaaga caawiso inaad gaarto adeegyada. Halkan waxaad ku aragtaa cidda akhriday xogta qoyskaaga iyo waxa la hayo, sababta iyo muddada la hayo.
privacy-seen-title = Cidda aragtay xogta qoyskaaga
privacy-seen-intro = Mar kasta oo shaqaalaha Silta, hage, iskaashade degmo ama adeeg uu akhriyo xogta shakhsiga ah ee qoyskaaga, halkan ayaa lagu qoraa: cidda, doorka ay ku akhriday, goorta, waxa la akhriyay iyo sababta. Qofna ma beddeli karo mana tirtiri karo safafkan; waxaa la hayaa laba sano.
privacy-seen-count = { $count ->
    [0] Weli qofna ma akhrin xogta qoyskaaga.
    [one] Hal mar oo la akhriyay
   *[other] { $count } jeer oo la akhriyay
}
privacy-seen-when = Goorta
privacy-seen-who = Cidda
privacy-seen-what = Waxa la akhriyay
privacy-seen-why = Sababta
privacy-seen-no-family = Liiskan waxaa loogu talagalay qoysaska. Akoonkaagu kama tirsana qoys.
privacy-kept-title = Waxa Silta hayso iyo sababta
privacy-kept-intro = Qayb kasta oo Silta ka mid ah waxay sheegtaa xogta shakhsiga ah ee ay hayso, ujeeddada iyo muddada la hayo.
privacy-reader-service-link = Adeeg, iyadoo loo marayo linkiga gudbinta

## Waxa la akhriyay iyo sababta
privacy-item-referral = Gudbin
privacy-item-consent = Oggolaansho
privacy-item-group_membership = Xubinnimada kooxda
privacy-item-child_protection_notice = Diiwaanka ogeysiis ilaalinta carruurta
privacy-purpose-referral_follow_up = La socodka gudbinta ilaa aad caawimaad heshaan
privacy-purpose-concern_referral = Diyaarinta gudbin kadib walaac uu hage muujiyay
privacy-purpose-child_protection_record = Haynta diiwaanka ogeysiis ilaalinta carruurta

## Haynta xogta (shaqaalaha)
privacy-retention-title = Haynta xogta
privacy-retention-intro = Nooc kasta oo xog shakhsi ah oo Silta hayso, sida qayb kastaa u sheegto: sababta loo hayo, saldhigga sharciga ah ee lagu hayo, iyo muddada. Xogta muddadeedu dhammaatay waxaa tirtira hawl gadaal ka socota, qaybo yaryar.
privacy-retention-kind = Xogta
privacy-retention-purpose = Ujeeddada
privacy-retention-basis = Saldhigga sharciga ah
privacy-retention-period = Muddada la hayo
privacy-retention-tables = Jadwalada
privacy-retention-account = Inta akoonku jiro.
privacy-retention-days = { $days } maalmood kadib marka la qoro.
privacy-retention-after-closing = { $days } maalmood kadib marka arrinta la xiro.
privacy-retention-setting = Sida ay dhigayso dejinta { $setting } ({ $days } maalmood haddii aan la dejin).
privacy-basis-consent = Oggolaansho
privacy-basis-contract = Bixinta adeegga la codsaday
privacy-basis-legal-obligation = Waajib sharci ah
privacy-basis-vital-interests = Danaha muhiimka u ah nolosha qof
privacy-basis-legitimate-interests = Danaha sharciga ah

## Noocyada xogta
privacy-kind-access-log = Cidda akhriday xogta qoys
privacy-purpose-of-access-log = Si qoysku u arko cidda akhriday xogtiisa, shaqaaluhuna ay uga jawaabi karaan akhris kasta.

## Readings logged by the features
privacy-item-account = Xogta akoonka (magaca, ciwaanka iimaylka iyo doorarka)
privacy-item-account_security = Akoon iyo gelitaannadiisa iyo dhacdooyinkiisa amniga
privacy-item-session_attendance = Cidda sheegtay inay iman doonaan kulanka kooxda, iyo cidda timid
privacy-item-help_request = Codsi caawimo si loo gaaro adeeg
privacy-item-chat_report = Fariin wada-sheekaysi ah oo laga warbixiyay iyo fariimaha ku xeeran
privacy-item-training_application = Codsi lagu doonayo in la noqdo hage tabarruce ah
privacy-purpose-account_administration = Maaraynta akoonnada: doorarka, gelitaanka iyo amniga
privacy-purpose-group_leading = Hagidda koox: cidda ku jirta iyo cidda sugaysa boos
privacy-purpose-group_attendance = La socodka cidda ka qayb qaadata kulamada kooxda
privacy-purpose-help_request_handling = In laydinka caawiyo gaaridda adeegga aad caawimo ka codsateen
privacy-purpose-chat_moderation = Dib u eegista fariimaha laga warbixiyay si wada-sheekaysiga kooxdu u ahaado mid ammaan ah
privacy-purpose-facilitator_selection = Go'aan ka gaaridda codsi lagu doonayo in la noqdo hage tabarruce ah
