# Akoonnada aan la isticmaalin: fariinta digniinta ah ee kadib laba sano oo aan la soo gelin,
# iyo safkeeda liiska waxa Silta kaydiso.
mail-inactive-warning-subject = Akoonkaaga Silta waa la tirtiri doonaa haddii aadan soo gelin
mail-inactive-warning-intro = Laba sano qofna ma soo gelin akoonkaaga Silta. Si aan xogtaada u ilaalino, waxaan tirtiri doonaa akoonka { $when } haddii aadan ka hor soo gelin.
mail-inactive-warning-button = Soo gal oo hay akoonkayga
mail-inactive-warning-outro = Haddii aadan Silta mar dambe u baahnayn, waxba ma samaynaysid: akoonkaaga iyo xogtaada waa la tirtiri doonaa.
privacy-kind-inactivity = Digniinaha akoonnada aan la isticmaalin
privacy-purpose-of-inactivity = Waxay caddaynaysaa inaan ku digay ka hor intaanan tirtirin akoon aan qofna soo gelin laba sano.
