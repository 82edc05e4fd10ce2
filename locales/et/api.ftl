api-docs-title = API dokumentatsioon
api-docs-intro = Siltat saab kasutada ka programmidest: sellel lehel on kõik JSON-liidese toimingud koos sisendi, vastuste ja vigadega. Kirjeldus on inglise keeles.
api-docs-json-link = Liidese kirjeldus OpenAPI-vormingus (JSON)
