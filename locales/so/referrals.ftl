## Gudbinnada: qoys loo gudbiyo adeeg iyadoo uu oggol yahay, oo la raaco ilaa uu caawimaad ka helo.

referrals-title = Gudbinnada
referrals-new = Gudbin cusub
referrals-found = { $count ->
    [one] Hal gudbin
   *[other] { $count } gudbinood
}
referrals-none = Gudbin ku habboon lama helin.
referrals-filter-label = Raadi gudbinno
referrals-filter-status = Xaaladda
referrals-filter-any = Xaalad kasta
referrals-filter-words = Erayo ku jira qoraallada
referrals-filter-overdue = Kaliya kuwa sugayay muddo aad u dheer
referrals-filter-submit = Raadi
referrals-overdue = Muddo aad u dheer isbeddel ma jirin
referrals-family = Qoyska
referrals-service = Adeegga
referrals-worker = Shaqaalaha gudbinta
referrals-created = La diyaariyay
referrals-sent = La diray
referrals-changed = Isbeddelkii ugu dambeeyay
referrals-open = Fur gudbinta

## Xaaladaha, sababaha iyo natiijooyinka
referral-status-draft = Qabyo
referral-status-sent = La diray
referral-status-received = Adeeggu wuu helay
referral-status-accepted = La aqbalay
referral-status-declined = La diiday
referral-status-contacted = Qoyska waa lala xiriiray
referral-status-help_started = Caawimaaddii way bilaabatay
referral-status-closed = La xiray
referral-status-cancelled = La baajiyay
referral-decline-not_eligible = Shuruudaha adeegga ma buuxiyo
referral-decline-no_capacity = Boos bannaan ma jiro
referral-decline-could_not_contact = Qoyska lalama xiriiri karin
referral-decline-other = Sabab kale
referral-outcome-got_help = Qoysku caawimaad wuu helay
referral-outcome-could_not_get_help = Qoysku caawimaad ma heli karin
referral-outcome-no_longer_interested = Xiise dambe looma qabo
referral-actor-worker = Shaqaalaha gudbinta
referral-actor-partner = Adeegga (akoonka iskaashadaha)
referral-actor-service_link = Adeegga (linkigiisa gaarka ah)
referral-actor-family = Qoyska
referral-actor-family_link = Qoyska (linkigiisa gaarka ah)
referral-actor-system = Silta

## Foomka shaqaalaha gudbinta
referral-new-title = Diyaari gudbin
referral-new-intro = Waxba lama diro ka hor inta uusan qoysku oggolaan. Qoysku wuxuu luqaddiisa ku arkaa si sax ah waxa la diri lahaa.
referral-field-family-email = Iimaylka qof weyn oo qoyska ka mid ah
referral-field-family-email-hint = Ciwaanka saxda ah ee qofka weyni ku galo akoonkiisa.
referral-field-family-given = Qoyska codsiga caawimaadda ama walaaca
referral-field-service-search = Raadi adeeg
referral-field-service-search-button = Raadi
referral-field-service = Adeegga
referral-field-service-choose = Dooro adeeg
referral-field-reason = Sababta qoyska loo gudbinayo
referral-field-hopes = Waxa qoysku rajaynayo
referral-field-summary = Soo koobid erayadaada ah
referral-field-summary-hint = Qor oo keliya waxa adeeggu u baahan yahay. Ha qorin xanuun aad u malaynayso inuu qof qabo.
referral-create = Kaydi qabyada
referral-save = Kaydi isbeddellada
referral-saved = Waa la kaydiyay.

## Hal gudbin, sida shaqaalaha gudbintu u arko
referral-title = Gudbin
referral-texts = Waxa gudbintu sheegayso
referral-edit = Beddel qabyada
referral-history = Taariikhda gudbinta
referral-consent-state = Oggolaansho
referral-consent-none = Qoysku weli ma oggolaan. Gudbinta lama diri karo ka hor inta uusan oggolaan.
referral-consent-valid = Ansax ah
referral-consent-withdrawn = Laga noqday
referral-consent-expired = Waqtigeedii wuu dhammaaday
referral-consent-channel-account = Akoonka qofka weyn laftiisa
referral-consent-channel-phone = Telefoon, waxaana diiwaangeliyay shaqaale
referral-consent-given-by = Waxaa oggolaaday
referral-consent-recorded-by = Waxaa diiwaangeliyay
referral-consent-given-at = Taariikhda la oggolaaday
referral-consent-expires-at = Ansax ilaa
referral-consent-withdrawn-at = Taariikhda laga noqday
referral-consent-text-version = Qoraalka la tusay
referral-consent-items = Waxa uu ka kooban yahay
referral-phone-title = Diiwaangeli oggolaansho telefoon lagu bixiyay
referral-phone-adult = Qofka weyn ee qoyska
referral-phone-show = Tus qoraalka la akhrinayo
referral-phone-read = Qoraalkan ugu akhri qofka weyn luqaddiisa, kadibna diiwaangeli jawaabtiisa.
referral-phone-record = Qofka weyn wuu oggolaaday: diiwaangeli
referral-phone-withdraw = Qoysku telefoonka ayuu oggolaanshihiisa kaga noqday
referral-send = U dir adeegga
referral-send-hint = Adeeggu wuxuu helayaa oo keliya waxa qoysku oggolaaday.
referral-sent-notice = Gudbinta waa la diray.
referral-cancel = Baaji gudbinta
referral-close = Xir gudbinta oo qor natiijada
referral-close-outcome = Natiijada
referral-change-note = Qoraal loogu talagalay taariikhda (qoyska looma muujiyo)
referral-change-save = Kaydi xaaladda
referral-from-concern = Waxaa laga diyaariyay walaac ku jiray warbixinta kulan.

## Bogagga qoyska
my-referrals-title = Gudbinnadaada
my-referrals-intro = Halkan waxaad ku aragtaa adeegyada shaqaalaha Silta kaa caawinayaan inaad gaarto, iyo meesha ay gudbin kastaa marayso.
my-referrals-none = Ma haysid gudbin.
my-referral-title = Gudbinta loo diray { $service }
my-referral-status = Halka ay marayso
my-referral-consent-title = Ma oggolaanaysaa?
my-referral-agree = Waan oggolahay in tan la diro
my-referral-agreed = Mahadsanid. Oggolaanshahaaga waa la diiwaangeliyay.
my-referral-withdraw = Ka noqo oggolaanshahayga
my-referral-withdraw-hint = Haddii aad ka noqoto, gudbinta waa la baajinayaa haddii ay weli furan tahay.
my-referral-withdrawn = Oggolaanshahaaga waa laga noqday.
my-referral-quiet = Ha iila soo xiriirin isbeddellada
my-referral-quiet-hint = Weli waxaad boggan ku arki kartaa isbeddel kasta.
my-referral-loud = Mar kale ii sheeg isbeddellada
my-referral-quiet-on = Laguuma sheegi doono isbeddellada.
my-referral-quiet-off = Waa laguu sheegi doonaa isbeddellada.
my-referral-got-help = Caawimaad waan helay
my-referral-got-help-hint = Noo sheeg marka adeeggu ku caawiyo: markaas gudbinta waa la xirayaa.
my-referral-thanks = Waad ku mahadsan tahay inaad noo sheegtay. Gudbinta waa la xiray.
my-referral-text-language = Qoraalkani wuxuu ku qoran yahay luqaddaada.
my-referral-your-consent = Oggolaanshahaaga

## Bogagga adeegga
partner-referrals-title = Gudbinnada loo soo diray ururkaaga
partner-referrals-none = Wax gudbin ah looma soo dirin ururkaaga.
partner-referral-title = Gudbinta loo diray { $service }
partner-referral-shared = Waxa qoysku oggolaaday in la wadaago
partner-referral-withdrawn = Qoysku oggolaanshihiisa wuu ka noqday. Waxii uu wadaagay hadda lama muujinayo.
partner-referral-update = Cusboonaysii xaaladda
partner-referral-new-status = Xaaladda cusub
partner-referral-decline-reason = Sababta diidmada
partner-referral-outcome = Natiijada
partner-referral-updated = Xaaladda waa la cusboonaysiiyay. Qoyska waa loo sheegayaa.
partner-referral-final = Gudbintani way dhammaatay; xaaladdeeda lama beddeli karo.
referral-link-title = Gudbin ka timid Silta
referral-link-intro = Silta waxay adeeggaaga u soo dirtay gudbintan iyadoo qoysku oggol yahay. Linkigan wuxuu shaqaynayaa 14 maalmood, oo keliya gudbintan; mar kasta oo la furo waa la diiwaangeliyaa.
referral-link-invalid = Linkigani wuu dhacay ama ma aha mid ansax ah. Ka codso mid cusub shaqaalaha gudbinta ee Silta.
referral-help-title = Ma heshay caawimaad?
referral-help-intro = Noo sheeg haddii adeeggu ku caawiyay. Markaas gudbinta waa la xirayaa.
referral-help-done = Mahadsanid. Gudbinta waa la xiray.

## Khaladaad
referral-service-unknown = Ka dooro adeeg liiska adeegyada.
referral-service-inactive = Adeegani hadda ma aqbalo gudbinno.
referral-service-unreachable = Adeegani ma laha akoonno iskaashade, mana laha ciwaan gudbinnada lagu diro.
referral-family-unknown = Qoys leh ciwaankan lama helin.
referral-adult-unknown = Dooro qof weyn oo qoyskan ka mid ah.
referral-not-draft = Gudbintan horay ayaa loo diray, lamana beddeli karo.
referral-consent-not-draft = Oggolaansho waxaa la bixin karaa oo keliya ka hor inta aan gudbinta la dirin.
referral-consent-given = Qoysku horay ayuu u oggolaaday.
referral-consent-changed = Gudbintu way isbeddeshay kadib markii qoraalka la muujiyay. Mar kale akhri.
referral-consent-missing = Qoysku ma oggolaan, sidaas darteed gudbinta lama diri karo.
referral-consent-outdated = Gudbintu way isbeddeshay kadib markii qoysku oggolaaday. Qoyska ka codso inuu mar kale oggolaado.
referral-nothing-to-withdraw = Ma jiro oggolaansho laga noqon karo.
referral-change-not-allowed = Isbeddelkan hadda lama samayn karo.
referral-changed-meanwhile = Qof kale ayaa gudbinta beddelay intii u dhaxaysay. Dib u soo rar bogga.

## Qoraalka oggolaanshaha (referral-consent-1)
referral-consent-which = Shaqaalaha gudbinta ee Silta wuxuu jeclaan lahaa inuu gudbin u diro { $service } ({ $organisation }).
referral-consent-why = Adeeggu wuxuu u isticmaali doonaa inuu kula soo xiriiro oo kuu fidiyo caawimaadda aad rajaynayso.
referral-consent-shared = Kani waa si sax ah waxa la diri doono, wax kale lama diri doono:
referral-consent-kept = Oggolaanshahaagu wuxuu ansax yahay muddo 12 bilood ah. Silta waxay haynaysaa gudbinta iyo oggolaanshahaaga muddo 12 bilood ah kadib marka gudbintu dhammaato. Adeeggu wuxuu hayaa waxa uu helay sida ay dhigayaan xeerarkiisa ku saabsan diiwaanka macaamiisha.
referral-consent-withdraw = Waqti kasta waxaad oggolaanshahaaga kaga noqon kartaa boggan adigoo hal mar gujinaya. Haddii aad ka noqoto, gudbinta waa la baajinayaa haddii ay weli furan tahay.
referral-consent-purpose = Gudbin loo diray { $service } ({ $organisation }), si adeeggu ula xiriiro qoyska oo caawimaad ugu fidiyo.
referral-item-name = Magaca
referral-item-email = Iimaylka
referral-item-languages = Luqadaha qoyska
referral-item-municipality = Degmada
referral-item-reason = Sababta laguu gudbinayo
referral-item-hopes = Waxaad rajaynayso
referral-item-summary = Soo koobidda shaqaalaha gudbinta

## Kaararka bogga hore
referral-home-family = { $count ->
    [one] Gudbin ayaa sugaysa jawaabtaada
   *[other] { $count } gudbinood ayaa sugaya jawaabtaada
}
referral-home-family-changes = Isbeddellada ugu dambeeyay ee gudbinnadaada
referral-home-worker = { $overdue ->
    [one] Hal gudbin ayaa sugaysay muddo aad u dheer
   *[other] { $overdue } gudbinood ayaa sugayay muddo aad u dheer
}
referral-home-worker-waiting = { $waiting ->
    [one] Hal gudbin oo qabyo ah ayaa sugaysa oggolaanshaha qoyska
   *[other] { $waiting } gudbinood oo qabyo ah ayaa sugaya oggolaanshaha qoysaska
}
referral-home-partner = { $count ->
    [one] Hal gudbin oo cusub ayaa loo soo diray ururkaaga
   *[other] { $count } gudbinood oo cusub ayaa loo soo diray ururkaaga
}
referral-home-open-list = Fur liiska

## Iimayl
mail-referral-consented-subject = Qoys ayaa oggolaaday gudbin
mail-referral-consented-intro = Qoysku wuxuu oggolaaday gudbintii aad diyaarisay. Hadda waad diri kartaa.
mail-referral-consented-button = Fur gudbinta
mail-referral-consented-outro = Fariintan kuma jirto wax faahfaahin ah oo ku saabsan qoyska.
mail-referral-new-subject = Gudbin cusub oo loo soo diray ururkaaga
mail-referral-new-intro = Silta waxay gudbin u soo dirtay ururkaaga. Ka akhri sanduuqaaga fariimaha ee Silta.
mail-referral-new-button = Fur gudbinta
mail-referral-new-outro = Faahfaahinta gudbinta waxay ku jirtaa Silta oo keliya, marna iimayl laguma diro.
mail-referral-link-subject = Gudbin ka timid Silta
mail-referral-link-intro = Silta waxay adeeggaaga u soo dirtay gudbin iyadoo qoysku oggol yahay. Linkiga hoose wuxuu shaqaynayaa 14 maalmood, oo keliya gudbintan.
mail-referral-link-button = Akhri gudbinta
mail-referral-link-outro = Fariintan kuma jirto xog shakhsi ah. Mar kasta oo linkiga la furo waa la diiwaangeliyaa.
mail-referral-overdue-subject = Gudbin ayaa sugaysay muddo aad u dheer
mail-referral-overdue-intro = Gudbin aad diyaarisay wax isbeddel ah kuma imaan { $days } maalmood. Fadlan la xiriir adeegga si aad u hubiso.
mail-referral-overdue-button = Fur gudbinta
mail-referral-overdue-outro = Hal mar oo keliya ayaa laguu sheegayaa; isbeddel cusub ayaa tirinta dib u bilaabaya.
mail-referral-changed-subject = Gudbintaadu tallaabo cusub ayay gaartay
mail-referral-changed-intro = Xaaladda gudbintaadu hadda waa: { $status }.
mail-referral-changed-button = Eeg gudbintaada
mail-referral-changed-help = Caawimaad waan helay
mail-referral-changed-outro = Bogga gudbinta waxaad ka dooran kartaa in aan laguu sheegin isbeddellada.
referral-concern-handled = Walaacan horay ayaa wax looga qabtay, ama lama heli karo.
referral-concern-not-in-group = Qoysku kuma jiro kooxda uu walaacu ka soo baxay warbixinta kulankeeda.
