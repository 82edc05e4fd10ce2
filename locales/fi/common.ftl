site-name = Silta
site-tagline = Verkon vertaisryhmiä kaksikulttuurisille perheille Suomessa, omalla kielelläsi.
site-home-link = Silta, etusivu
language-name = Suomi
language-switcher-label = Kieli
skip-to-content = Siirry sisältöön
footer-about = Siltaa ylläpitää voittoa tavoittelematon järjestö perheille, joissa vanhemmat tulevat kahdesta kulttuurista.
footer-privacy = Keräämme vain sen, mitä ryhmä tarvitsee. Voit käyttää nimimerkkiä.
