chat-error-bad-frame = Fariinta lama akhrin karin. Fadlan dib u cusboonaysii bogga.
chat-error-version = Boggan waa duugoobay. Fadlan dib u cusboonaysii.
chat-error-too-long = Fariintu waxay noqon kartaa 1 ilaa 4000 xaraf.
chat-error-slow-down = Aad ayaad u dhakhso badan tahay. Fadlan wax yar sug ka hor intaadan fariimo kale dirin.
chat-title = Kulanka kooxda
chat-status-connecting = Waa la isku xirayaa…
chat-status-connected = Waa lagu xiran yahay
chat-status-reconnecting = Xiriirkii waa go'ay. Dib ayaa loo isku xirayaa… Fariimahaagu waa kaydsan yihiin, waxaana la diri doonaa marka xiriirku soo laabto.
chat-status-offline = Internetka kuma xirnid. Fariimahaagu waa kaydsan yihiin, waxaana la diri doonaa marka aad internetka dib ugu soo laabato.
chat-status-signed-out = Akoonka waa lagaa saaray. Fadlan mar kale soo gal si aad u sii wadato.
chat-sending = waa la dirayaa…
chat-you = Adiga
chat-messages-label = Fariimaha
chat-input-label = Fariintaada
chat-send = Dir
chat-help-heading = Ma u baahan tahay caawimaad hadda?
chat-help-emergency = Xaalad degdeg ah, wac 112. Sidoo kale waxaad la hadli kartaa hagaha kooxdaada.
chat-open-room = Fur qolka kulanka
chat-error-too-many-connections = Wada-sheekeysiga waxaad ku furtay daaqado aad u badan. Qaar xir oo isku day mar kale.
chat-retention-invalid = Dooro muddo kayd oo u dhaxaysa 1 ilaa 3650 maalmood.
chat-error-not-moderator = Hagaha kooxda oo keliya ayaa samayn kara tan.
chat-error-no-message = Fariintaasi mar dambe ma jirto.
chat-removed-note = Fariintan waxaa ka saaray hagaha kooxda.
chat-erased-note = Fariintan waxaa la saaray codsiga qofkii qoray.
chat-remove-button = Ka saar
chat-error-locked = Hagaha kooxda ayaa qolka xiray in yar. Hadda hagayaasha oo keliya ayaa wax qori kara.
chat-error-muted = Hagaha kooxda ayaa muddo kooban joojiyay qoraalkaaga.
chat-error-slow-mode = Qaabka tartiibka ah waa shidan yahay: fadlan wax yar sug inta u dhaxaysa fariimaha.
chat-report-outcome-missing = Qor waxa laga qabtay warbixinta.
crisis-contact-name-invalid = Adeegga sii magac aan ka badnayn 100 xaraf.
crisis-contact-phone-invalid = Geli lambar taleefan oo ka kooban tirooyin, meelo bannaan iyo + oo keliya.
crisis-contact-hours-invalid = Saacadaha furitaanku waxay noqon karaan ugu badnaan 100 xaraf.

chat-error-not-started = Hagaha kooxda weli ma bilaabin kulanka. Waad akhrin kartaa; qoraalku wuu furmayaa marka uu bilaabmo.
chat-error-ended = Kulankan wuu dhammaaday. Weli waad akhrin kartaa wada-hadalka.
chat-error-unattended = Hadda qolka ma joogo hage kooxeed, sidaas darteed waa akhris-keliya ilaa mid soo laabto.
chat-room-not-open-yet = Qolku weli ma furna. Wuxuu furmayaa wax yar ka hor inta aan kulanku bilaabmin.
chat-room-over = Kulankan wuu dhammaaday, qolkiisana waa la xiray.
chat-room-opens-at = Qolku wuxuu furmayaa { $time }. Markaas soo noqo: boggan uma baahna inuu furnaado.
chat-room-closed-note = Kulankan wuu dhammaaday. Waad ku mahadsan tahay ka qaybgalka!
chat-people-heading = Qolka dhexdiisa
chat-facilitator-badge = hagaha kooxda
chat-visiting-expert-badge = khabiir soo booqday
chat-state-not-started = Kulanku weli ma bilaabmin. Qoraalku wuu furmayaa marka hagaha kooxdu bilaabo.
chat-state-ended = Kulanku wuu dhammaaday. Weli waad akhrin kartaa wada-hadalka.
chat-state-unattended = Hadda qolka ma joogo hage kooxeed, sidaas darteed waa akhris-keliya ilaa mid soo laabto.
chat-state-locked = Hagaha kooxda ayaa qolka xiray in yar: hadda hagayaasha oo keliya ayaa wax qora.
chat-state-slow-mode =
    Qaabka tartiibka ah waa shidan yahay: { $seconds ->
        [one] hal fariin ilbiriqsi kasta.
       *[other] hal fariin { $seconds } ilbiriqsi kasta.
    }
chat-tools-heading = Qalabka hagaha kooxda
chat-start-session = Bilow kulanka
chat-end-session = Dhammee kulanka
chat-lock = Xir qolka
chat-unlock = Fur qolka
chat-slow-mode-label = Qaabka tartiibka ah
chat-slow-mode-off = Dansan
chat-slow-mode-option =
    { $seconds ->
        [one] Hal fariin ilbiriqsi kasta
       *[other] Hal fariin { $seconds } ilbiriqsi kasta
    }
chat-apply = Codso
chat-report-button = Soo sheeg
chat-report-title = Soo sheeg fariintan
chat-report-hint = Hagayaasha kooxda iyo shaqaaluhu waxay arki doonaan fariintan iyo dhowr ku xeeran. Qoraaga looma sheegi doono cidda soo sheegtay.
chat-reported-notice = Mahadsanid. Warbixintaada waxaa loo diray hagayaasha kooxda iyo shaqaalaha.
chat-remove-title = Fariintan ka saar qof walba
chat-reason-label = Sababta (ikhtiyaari, waxaa arka oo keliya hagayaasha iyo shaqaalaha)
chat-mute-button = Jooji qoraalka
chat-mute-title = Jooji qoraalka qofkan muddo
chat-mute-minutes-label = Muddo intee le'eg
chat-minutes =
    { $minutes ->
        [one] { $minutes } daqiiqo
       *[other] { $minutes } daqiiqo
    }
chat-remove-member-button = Ka saar kulanka
chat-remove-member-title = Qofkan ka saar kulanka
chat-confirm = Xaqiiji
chat-cancel = Ka noqo
chat-you-are-muted = Hagaha kooxda ayaa joojiyay qoraalkaaga ilaa { $time }.
chat-member-muted = { $name } wax ma qori karo ilaa { $time }.
chat-you-were-removed = Hagaha kooxda ayaa kaa saaray kulankan.
chat-message-actions = Ficillada fariintan
