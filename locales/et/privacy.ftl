## Privaatsus: kes on näinud pere andmeid, mida Silta säilitab, miks ja kui kaua.

privacy-title = Sinu andmed ja privaatsus
privacy-intro = Silta säilitab ainult seda, mida on vaja gruppide pidamiseks ja selleks, et aidata sul teenusteni jõuda. Siin näed, kes on sinu pere andmeid lugenud ning mida säilitatakse, miks ja kui kaua.
privacy-seen-title = Kes on sinu pere andmeid näinud
privacy-seen-intro = Iga kord, kui Silta töötaja, grupijuht, omavalitsuse koostööpartner või teenus loeb sinu pere isikuandmeid, märgitakse see siia üles: kes, millises rollis, millal, mida ja miks. Keegi ei saa neid ridu muuta ega kustutada; neid säilitatakse kaks aastat.
privacy-seen-count = { $count ->
    [0] Keegi ei ole veel sinu pere andmeid lugenud.
    [one] Üks lugemiskord
   *[other] { $count } lugemiskorda
}
privacy-seen-when = Millal
privacy-seen-who = Kes
privacy-seen-what = Mida
privacy-seen-why = Miks
privacy-seen-no-family = Seda loetelu peetakse peredele. Sinu konto ei kuulu ühelegi perele.
privacy-kept-title = Mida Silta säilitab ja miks
privacy-kept-intro = Iga Silta osa teatab, milliseid isikuandmeid see säilitab, mis eesmärgil ja kui kaua.
privacy-reader-service-link = Teenus suunamise lingi kaudu

## Mida loeti ja miks
privacy-item-referral = Suunamine
privacy-item-consent = Nõusolek
privacy-item-group_membership = Grupi liikmesus
privacy-item-child_protection_notice = Märge lastekaitseteatise kohta
privacy-purpose-referral_follow_up = Suunamise jälgimine, kuni olete abi saanud
privacy-purpose-concern_referral = Suunamise koostamine pärast grupijuhi märgitud muret
privacy-purpose-child_protection_record = Lastekaitseteatise märke säilitamine

## Andmete säilitamine (töötajad)
privacy-retention-title = Andmete säilitamine
privacy-retention-intro = Kõik isikuandmete liigid, mida Silta säilitab, nii nagu iga funktsioon need teatab: miks neid säilitatakse, millisel õiguslikul alusel ja kui kaua. Andmed, mille säilitamisaeg on möödunud, kustutab taustatöö väikeste osade kaupa.
privacy-retention-kind = Andmed
privacy-retention-purpose = Eesmärk
privacy-retention-basis = Õiguslik alus
privacy-retention-period = Säilitamisaeg
privacy-retention-tables = Tabelid
privacy-retention-account = Nii kaua, kui konto on olemas.
privacy-retention-days = { $days } päeva pärast kirjapanemist.
privacy-retention-after-closing = { $days } päeva pärast asja lõpetamist.
privacy-retention-setting = Seadistuse { $setting } järgi (kui seda pole määratud, siis { $days } päeva).
privacy-basis-consent = Nõusolek
privacy-basis-contract = Taotletud teenuse osutamine
privacy-basis-legal-obligation = Juriidiline kohustus
privacy-basis-vital-interests = Kellegi eluliselt tähtsad huvid
privacy-basis-legitimate-interests = Õigustatud huvi

## Andmeliigid
privacy-kind-access-log = Kes on pere andmeid lugenud
privacy-purpose-of-access-log = Et pere näeks, kes on tema andmeid lugenud, ja töötajad saaksid vastutada iga lugemiskorra eest.

## Readings logged by the features
privacy-item-account = Konto andmed (nimi, e-posti aadress ja rollid)
privacy-item-account_security = Konto koos sisselogimiste ja turvasündmustega
privacy-item-session_attendance = Kes teatasid, et tulevad grupi kohtumisele, ja kes tulid
privacy-item-help_request = Palve saada abi teenuseni jõudmiseks
privacy-item-chat_report = Vestluses teatatud sõnum ja selle ümber olevad sõnumid
privacy-item-training_application = Avaldus vabatahtlikuks grupijuhiks saamiseks
privacy-purpose-account_administration = Kontode haldamine: rollid, juurdepääs ja turvalisus
privacy-purpose-group_leading = Grupi juhtimine: kes on grupis ja kes ootab kohta
privacy-purpose-group_attendance = Arvestus selle üle, kes grupi kohtumistel osalevad
privacy-purpose-help_request_handling = Teie aitamine teenuseni, mille kohta abi palusite
privacy-purpose-chat_moderation = Teatatud sõnumite läbivaatamine, et grupi vestlus püsiks turvaline
privacy-purpose-facilitator_selection = Otsus vabatahtlikuks grupijuhiks saamise avalduse kohta
