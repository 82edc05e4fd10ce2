api-docs-title = Документація API
api-docs-intro = Silta можна використовувати й із програм: тут описано всі операції JSON API, їхні вхідні дані, відповіді та помилки. Довідник англійською мовою.
api-docs-json-link = Опис API у форматі OpenAPI (JSON)
