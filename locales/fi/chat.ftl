chat-error-bad-frame = Viestiä ei voitu lukea. Lataa sivu uudelleen.
chat-error-version = Tämä sivu on vanhentunut. Lataa se uudelleen.
chat-error-too-long = Viestin pituus voi olla 1–4000 merkkiä.
chat-error-slow-down = Kirjoitat hyvin nopeasti. Odota hetki ennen kuin lähetät lisää.
