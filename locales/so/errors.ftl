error-bad-request = Wax baa ka qaldanaa codsiga
error-bad-request-detail = Fadlan hubi waxa aad gelisay oo isku day mar kale.
error-unauthorized = Fadlan soo gal
error-unauthorized-detail = Waa inaad soo gashaa si aad u aragto boggan.
error-forbidden = Ogolaansho ma lihid
error-forbidden-detail = Ma lihid ogolaansho aad ku aragto tan.
error-not-found = Bogga lama helin
error-not-found-detail = Ma aanan helin wixii aad raadinaysay. Ciwaanku waxaa laga yaabaa inuu qaldan yahay, ama boggu meel kale ayuu u guuray.
error-method-not-allowed = Halkan suurtagal maaha
error-method-not-allowed-detail = Ciwaankan ma aqbalo codsi noocaas ah.
error-conflict = Horay ayaa loo beddelay
error-conflict-detail = Qof kale ayaa isla waqtigaas beddelay tan. Fadlan dib u cusboonaysii bogga oo isku day mar kale.
error-payload-too-large = Xog aad u badan
error-payload-too-large-detail = Waxa aad dirtay aad ayuu u weyn yahay. Fadlan gaabi oo isku day mar kale.
error-unsupported-media-type = Qaab aan la taageerin
error-unsupported-media-type-detail = Ciwaankan ma aqbalo xog qaabkaas ah.
error-too-many-requests = Isku day aad u badan
error-too-many-requests-detail = Fadlan wax yar sug oo isku day mar kale.
error-unavailable = Silta hadda lama heli karo
error-unavailable-detail = Fadlan mar kale isku day wax yar kadib.
error-internal = Wax baa khaldamay
error-internal-detail = Qalad ayaa dhankayaga ka dhacay. Adiga wax aad samaysay ma sababin. Fadlan mar dambe isku day.
error-try-again-in =
    { $minutes ->
        [one] Fadlan mar kale isku day { $minutes } daqiiqo kadib.
       *[other] Fadlan mar kale isku day { $minutes } daqiiqo kadib.
    }
error-invalid-input = Fadlan sax meelaha la calaamadeeyay.
error-invalid-json = Qoraalka codsigu maaha JSON ku habboon ciwaankan.
error-invalid-form = Foomka lama akhrin karin. Fadlan isku day mar kale.
error-invalid-query = Ciwaanku wuxuu ka kooban yahay qiime aynaan fahmin.
error-reference = Tixraaca qaladka: { $reference }
error-back-home = Ku noqo bogga hore
error-token-invalid = Soo gelitaankaagu waqtigiisii waa dhacay ama ma ansaxa. Fadlan mar kale soo gal.
error-csrf = Foomka waqtigiisii waa dhacay. Fadlan dib u noqo, dib u cusboonaysii bogga oo isku day mar kale.
link-expired-title = Linkigan mar dambe ma shaqeeyo
link-expired = Linkiga horay ayaa loo isticmaalay ama waqtigiisii waa dhacay. Waxaad codsan kartaa mid cusub.
field-choice-unknown = Dooro mid ka mid ah doorashooyinka la bixiyay.
field-required = Xogtan way maqan tahay.
field-wrong-type = Qiimahan nooca uu yahay waa khalad (tusaale qoraal halkii lambar).
field-invalid-value = Qiimahan ma ansax aha.
