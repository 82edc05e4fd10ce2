site-name = Silta
site-tagline = Kamratgrupper på nätet för bikulturella familjer i Finland, på ditt eget språk.
site-home-link = Silta, startsidan
language-name = Svenska
language-switcher-label = Språk
skip-to-content = Hoppa till innehållet
footer-about = Silta drivs av en ideell organisation för familjer där föräldrarna kommer från två kulturer.
footer-privacy = Vi samlar bara in det som en grupp behöver. Du kan använda ett smeknamn.
