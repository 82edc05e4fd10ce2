api-docs-title = Документация API
api-docs-intro = Silta можно использовать и из программ: здесь описаны все операции JSON API, их входные данные, ответы и ошибки. Справочник на английском языке.
api-docs-json-link = Описание API в формате OpenAPI (JSON)
