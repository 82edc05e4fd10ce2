site-name = Silta
site-tagline = Online peer groups for bicultural families in Finland, in your own language.
site-home-link = Silta, home page
language-name = English
language-switcher-label = Language
skip-to-content = Skip to content
footer-about = Silta is run by a non-profit organisation for families whose parents come from two cultures.
footer-privacy = We collect only what a group needs. You can use a nickname.
