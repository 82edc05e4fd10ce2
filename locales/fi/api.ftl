api-docs-title = Rajapinnan kuvaus
api-docs-intro = Siltaa voi käyttää myös ohjelmista: tällä sivulla ovat kaikki JSON-rajapinnan toiminnot, niiden syötteet, vastaukset ja virheet. Kuvaus on englanniksi.
api-docs-json-link = Rajapinnan kuvaus OpenAPI-muodossa (JSON)
