error-bad-request = Päringus oli midagi valesti
error-bad-request-detail = Palun kontrolli, mida sisestasid, ja proovi uuesti.
error-unauthorized = Palun logi sisse
error-unauthorized-detail = Selle lehe nägemiseks pead sisse logima.
error-forbidden = Juurdepääs puudub
error-forbidden-detail = Sul pole õigust seda näha.
error-not-found = Lehte ei leitud
error-not-found-detail = Me ei leidnud seda, mida otsisid. Aadress võib olla vale või leht võib olla mujale kolinud.
error-method-not-allowed = Siin pole see võimalik
error-method-not-allowed-detail = See aadress ei võta sellist päringut vastu.
error-conflict = Juba muudetud
error-conflict-detail = Keegi muutis seda samal ajal. Palun laadi leht uuesti ja proovi veel kord.
error-payload-too-large = Liiga palju andmeid
error-payload-too-large-detail = See, mida saatsid, on liiga suur. Palun lühenda seda ja proovi uuesti.
error-unsupported-media-type = Toetamata vorming
error-unsupported-media-type-detail = See aadress ei võta selles vormingus andmeid vastu.
error-too-many-requests = Liiga palju katseid
error-too-many-requests-detail = Palun oota hetk ja proovi uuesti.
error-unavailable = Silta pole praegu kättesaadav
error-unavailable-detail = Palun proovi hetke pärast uuesti.
error-internal = Midagi läks valesti
error-internal-detail = Meie poolel tekkis viga. See ei juhtunud sinu pärast. Palun proovi hiljem uuesti.
error-try-again-in =
    { $minutes ->
        [one] Palun proovi uuesti { $minutes } minuti pärast.
       *[other] Palun proovi uuesti { $minutes } minuti pärast.
    }
error-invalid-input = Palun paranda märgitud väljad.
error-invalid-json = Päringu sisu ei ole selle aadressi jaoks sobiv JSON.
error-invalid-form = Vormi ei õnnestunud lugeda. Palun proovi uuesti.
error-invalid-query = Aadressis on väärtus, millest me aru ei saa.
error-reference = Vea tunnus: { $reference }
error-back-home = Tagasi avalehele
error-token-invalid = Sinu sisselogimine on aegunud või kehtetu. Palun logi uuesti sisse.
error-csrf = Vorm oli aegunud. Palun mine tagasi, laadi leht uuesti ja proovi veel kord.
link-expired-title = See link enam ei tööta
link-expired = Link on juba kasutatud või aegunud. Võid küsida uue.
field-choice-unknown = Vali üks pakutud valikutest.
field-required = See andmeväli puudub.
field-wrong-type = Väärtus on vale tüüpi (näiteks tekst arvu asemel).
field-invalid-value = See väärtus ei sobi.
