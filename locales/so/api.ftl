api-docs-title = Dukumentiga API-ga
api-docs-intro = Barnaamijyaduna way isticmaali karaan Silta: boggan wuxuu muujinayaa hawl kasta oo JSON API ah, xogta la geliyo, jawaabaha iyo khaladaadka. Tixraaca waa Ingiriisi.
api-docs-json-link = Sharaxaadda API-ga oo qaab OpenAPI ah (JSON)
