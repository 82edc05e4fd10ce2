api-docs-title = API documentation
api-docs-intro = Programs can use Silta too: this page lists every operation of the JSON API with its input, answers and errors. The reference is in English.
api-docs-json-link = The API description in OpenAPI format (JSON)
