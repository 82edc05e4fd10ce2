## Referrals: a family taken to a service with its consent, followed until it was helped.

referrals-title = Suunamised
referrals-new = Uus suunamine
referrals-found = { $count ->
    [one] Üks suunamine
   *[other] { $count } suunamist
}
referrals-none = Ükski suunamine ei vasta otsingule.
referrals-filter-label = Otsi suunamisi
referrals-filter-status = Olek
referrals-filter-any = Kõik olekud
referrals-filter-words = Sõnad tekstides
referrals-filter-overdue = Ainult liiga kaua oodanud
referrals-filter-submit = Otsi
referrals-overdue = Liiga kaua muutusteta
referrals-family = Pere
referrals-service = Teenus
referrals-worker = Suunav spetsialist
referrals-created = Koostatud
referrals-sent = Saadetud
referrals-changed = Viimane muudatus
referrals-open = Ava suunamine

## Statuses, reasons and outcomes
referral-status-draft = Mustand
referral-status-sent = Saadetud
referral-status-received = Teenus on kätte saanud
referral-status-accepted = Vastu võetud
referral-status-declined = Tagasi lükatud
referral-status-contacted = Perega on ühendust võetud
referral-status-help_started = Abistamine on alanud
referral-status-closed = Lõpetatud
referral-status-cancelled = Tühistatud
referral-decline-not_eligible = Ei vasta teenuse tingimustele
referral-decline-no_capacity = Vabu kohti pole
referral-decline-could_not_contact = Perega ei saadud ühendust
referral-decline-other = Muu põhjus
referral-outcome-got_help = Sai abi
referral-outcome-could_not_get_help = Ei saanud abi
referral-outcome-no_longer_interested = Huvi enam ei ole
referral-actor-worker = Suunav spetsialist
referral-actor-partner = Teenus (partnerikonto)
referral-actor-service_link = Teenus (oma lingi kaudu)
referral-actor-family = Pere
referral-actor-family_link = Pere (oma lingi kaudu)
referral-actor-system = Silta

## The worker's form
referral-new-title = Koosta suunamine
referral-new-intro = Midagi ei saadeta enne, kui pere on nõusoleku andnud. Pere näeb oma keeles täpselt, mida saadetaks.
referral-field-family-email = Pere täiskasvanu e-posti aadress
referral-field-family-email-hint = Täpselt see aadress, millega täiskasvanu sisse logib.
referral-field-family-given = Pere, keda abipalve või mure puudutab
referral-field-service-search = Otsi teenust
referral-field-service-search-button = Otsi
referral-field-service = Teenus
referral-field-service-choose = Vali teenus
referral-field-reason = Miks pere suunatakse
referral-field-hopes = Mida pere loodab
referral-field-summary = Kokkuvõte oma sõnadega
referral-field-summary-hint = Kirjuta ainult see, mida teenus vajab. Ära lisa diagnoose.
referral-create = Salvesta mustand
referral-save = Salvesta muudatused
referral-saved = Salvestatud.

## One referral, for its worker
referral-title = Suunamine
referral-texts = Mida suunamises on kirjas
referral-edit = Muuda mustandit
referral-history = Ajalugu
referral-consent-state = Nõusolek
referral-consent-none = Pere ei ole veel nõusolekut andnud. Enne seda ei saa suunamist saata.
referral-consent-valid = Kehtib
referral-consent-withdrawn = Tagasi võetud
referral-consent-expired = Aegunud
referral-consent-channel-account = Täiskasvanu oma kontol
referral-consent-channel-phone = Telefoni teel, üles märkinud töötaja
referral-consent-given-by = Nõusoleku andis
referral-consent-recorded-by = Üles märkis
referral-consent-given-at = Nõusolek antud
referral-consent-expires-at = Kehtib kuni
referral-consent-withdrawn-at = Tagasi võetud
referral-consent-text-version = Näidatud tekst
referral-consent-items = Mida nõusolek hõlmab
referral-phone-title = Märgi üles telefoni teel antud nõusolek
referral-phone-adult = Pere täiskasvanu
referral-phone-show = Näita ettelugemiseks mõeldud teksti
referral-phone-read = Loe see tekst täiskasvanule tema keeles ette ja märgi siis üles tema vastus.
referral-phone-record = Täiskasvanu nõustus: märgi üles
referral-phone-withdraw = Pere võttis nõusoleku telefoni teel tagasi
referral-send = Saada teenusele
referral-send-hint = Teenus saab ainult selle, millega pere nõustus.
referral-sent-notice = Suunamine saadeti.
referral-cancel = Tühista suunamine
referral-close = Lõpeta ja märgi tulemus
referral-close-outcome = Tulemus
referral-change-note = Märkus ajaloo jaoks (perele ei näidata)
referral-change-save = Salvesta olek
referral-from-concern = Koostatud kohtumise aruandes märgitud mure põhjal.

## The family's pages
my-referrals-title = Sinu suunamised
my-referrals-intro = Siin näed teenuseid, kuhu Silta töötajad aitavad sul jõuda, ja mis seisus on iga suunamine.
my-referrals-none = Sul ei ole suunamisi.
my-referral-title = Suunamine: { $service }
my-referral-status = Seis
my-referral-consent-title = Kas oled nõus?
my-referral-agree = Olen nõus, et see saadetakse
my-referral-agreed = Aitäh! Sinu nõusolek on üles märgitud.
my-referral-withdraw = Võta oma nõusolek tagasi
my-referral-withdraw-hint = Nõusoleku tagasivõtmine tühistab suunamise, kui see on veel pooleli.
my-referral-withdrawn = Sinu nõusolek on tagasi võetud.
my-referral-quiet = Ära teavita mind muudatustest
my-referral-quiet-hint = Näed siiski kõiki muudatusi sellel lehel.
my-referral-loud = Teavita mind jälle muudatustest
my-referral-quiet-on = Sind ei teavitata muudatustest.
my-referral-quiet-off = Sind teavitatakse muudatustest.
my-referral-got-help = Sain abi
my-referral-got-help-hint = Anna meile teada, kui teenus on sind aidanud: siis suunamine lõpetatakse.
my-referral-thanks = Aitäh, et andsid teada. Suunamine on lõpetatud.
my-referral-text-language = See tekst on sinu keeles.
my-referral-your-consent = Sinu nõusolek

## The service's pages
partner-referrals-title = Sinu organisatsioonile saadetud suunamised
partner-referrals-none = Sinu organisatsioonile ei ole suunamisi saadetud.
partner-referral-title = Suunamine: { $service }
partner-referral-shared = Mida pere nõustus jagama
partner-referral-withdrawn = Pere võttis nõusoleku tagasi. Pere jagatud andmeid enam ei näidata.
partner-referral-update = Uuenda olekut
partner-referral-new-status = Uus olek
partner-referral-decline-reason = Tagasilükkamise põhjus
partner-referral-outcome = Tulemus
partner-referral-updated = Olek uuendati. Perele antakse sellest teada.
partner-referral-final = See suunamine on lõppenud; selle olekut ei saa enam muuta.
referral-link-title = Suunamine Siltast
referral-link-intro = Silta on saatnud teie teenusele selle suunamise pere nõusolekul. Link kehtib 14 päeva ja ainult selle suunamise jaoks; iga avamine märgitakse üles.
referral-link-invalid = See link on aegunud või kehtetu. Küsi Silta suunavatelt spetsialistidelt uus link.
referral-help-title = Kas said abi?
referral-help-intro = Anna meile teada, kas teenus on sind aidanud. Siis suunamine lõpetatakse.
referral-help-done = Aitäh! Suunamine on lõpetatud.

## Errors
referral-service-unknown = Vali teenus kataloogist.
referral-service-inactive = See teenus ei võta praegu suunamisi vastu.
referral-service-unreachable = Sellel teenusel ei ole partnerikontosid ega suunamiste aadressi.
referral-family-unknown = Selle aadressiga peret ei leitud.
referral-adult-unknown = Vali selle pere täiskasvanu.
referral-not-draft = See suunamine on juba saadetud ja seda ei saa enam muuta.
referral-consent-not-draft = Nõusoleku saab anda ainult enne suunamise saatmist.
referral-consent-given = Pere on juba nõusoleku andnud.
referral-consent-changed = Suunamist muudeti pärast teksti näitamist. Loe see uuesti läbi.
referral-consent-missing = Pere ei ole nõusolekut andnud, seega ei saa suunamist saata.
referral-consent-outdated = Suunamist muudeti pärast seda, kui pere nõusoleku andis. Palu perel uuesti nõusolek anda.
referral-nothing-to-withdraw = Pole nõusolekut, mida tagasi võtta.
referral-change-not-allowed = Seda muudatust ei saa praegu teha.
referral-changed-meanwhile = Keegi muutis vahepeal suunamist. Laadi leht uuesti.

## The consent text (referral-consent-1)
referral-consent-which = Silta suunav spetsialist soovib saata suunamise teenusele { $service } ({ $organisation }).
referral-consent-why = Teenus kasutab suunamist selleks, et sinuga ühendust võtta ja pakkuda abi, mida sa loodad.
referral-consent-shared = Saadetakse täpselt see ja mitte midagi muud:
referral-consent-kept = Sinu nõusolek kehtib 12 kuud. Silta säilitab suunamise ja sinu nõusoleku 12 kuud pärast suunamise lõppemist. Teenus säilitab saadud andmed oma kliendidokumente puudutavate reeglite järgi.
referral-consent-withdraw = Võid oma nõusoleku sellel lehel igal ajal ühe klõpsuga tagasi võtta. Tagasivõtmine tühistab suunamise, kui see on veel pooleli.
referral-consent-purpose = Suunamine teenusele { $service } ({ $organisation }), et teenus saaks perega ühendust võtta ja abi pakkuda.
referral-item-name = Nimi
referral-item-email = E-post
referral-item-languages = Pere keeled
referral-item-municipality = Omavalitsus
referral-item-reason = Miks sind suunatakse
referral-item-hopes = Mida sa loodad
referral-item-summary = Suunava spetsialisti kokkuvõte

## Home cards
referral-home-family = { $count ->
    [one] Suunamine ootab sinu vastust
   *[other] { $count } suunamist ootab sinu vastust
}
referral-home-family-changes = Sinu suunamiste viimased muudatused
referral-home-worker = { $overdue ->
    [one] Üks suunamine on oodanud liiga kaua
   *[other] { $overdue } suunamist on oodanud liiga kaua
}
referral-home-worker-waiting = { $waiting ->
    [one] Üks mustand ootab pere nõusolekut
   *[other] { $waiting } mustandit ootab pere nõusolekut
}
referral-home-partner = { $count ->
    [one] Üks uus suunamine sinu organisatsioonile
   *[other] { $count } uut suunamist sinu organisatsioonile
}
referral-home-open-list = Ava loetelu

## Mail
mail-referral-consented-subject = Pere andis suunamiseks nõusoleku
mail-referral-consented-intro = Pere andis nõusoleku sinu koostatud suunamiseks. Nüüd saad selle saata.
mail-referral-consented-button = Ava suunamine
mail-referral-consented-outro = Kirjas ei ole pere andmeid.
mail-referral-new-subject = Uus suunamine sinu organisatsioonile
mail-referral-new-intro = Silta on saatnud sinu organisatsioonile suunamise. Loe seda oma Silta postkastis.
mail-referral-new-button = Ava suunamine
mail-referral-new-outro = Suunamise andmed on ainult Siltas, mitte kunagi e-kirjas.
mail-referral-link-subject = Suunamine Siltast
mail-referral-link-intro = Silta on saatnud teie teenusele pere nõusolekul suunamise. Allolev link kehtib 14 päeva ja ainult selle suunamise jaoks.
mail-referral-link-button = Loe suunamist
mail-referral-link-outro = Kirjas ei ole isikuandmeid. Iga lingi avamine märgitakse üles.
mail-referral-overdue-subject = Suunamine on oodanud liiga kaua
mail-referral-overdue-intro = Sinu koostatud suunamises ei ole { $days } päeva jooksul midagi muutunud. Palun uuri teenuselt, mis seisus asi on.
mail-referral-overdue-button = Ava suunamine
mail-referral-overdue-outro = Sellest teavitatakse sind üks kord; uus muudatus alustab loendust otsast peale.
mail-referral-changed-subject = Sinu suunamine on edenenud
mail-referral-changed-intro = Sinu suunamise olek on nüüd: { $status }.
mail-referral-changed-button = Vaata oma suunamist
mail-referral-changed-help = Sain abi
mail-referral-changed-outro = Suunamise lehel saad valida, et sind muudatustest ei teavitataks.
referral-concern-handled = Mure on juba käsitletud või seda ei leita.
referral-concern-not-in-group = Pere ei kuulu gruppi, mille kohtumise aruandes mure märgiti.
