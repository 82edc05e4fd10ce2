api-docs-title = API-dokumentation
api-docs-intro = Silta kan också användas från program: här finns alla funktioner i JSON-gränssnittet med indata, svar och fel. Beskrivningen är på engelska.
api-docs-json-link = Gränssnittets beskrivning i OpenAPI-format (JSON)
