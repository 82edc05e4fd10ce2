//! The foundation through HTTP: pages in three languages, probes, headers, errors, assets.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::spawn_app;
use reqwest::header;

#[tokio::test]
async fn home_page_is_finnish_by_default() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/html; charset=utf-8"
    );
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="fi" dir="ltr">"#), "{html}");
    assert!(html.contains("Vertaisryhmiä kaksikulttuurisille perheille"));
    assert!(html.contains(r##"<a class="skip-link" href="#main">Siirry sisältöön</a>"##));
    assert!(html.contains(r#"<main id="main""#));
}

#[tokio::test]
async fn accept_language_chooses_swedish() {
    let app = spawn_app().await;
    let html = app
        .client
        .get(app.url("/"))
        .header(header::ACCEPT_LANGUAGE, "sv-FI,sv;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="sv" dir="ltr">"#));
    assert!(html.contains("Kamratgrupper för bikulturella familjer"));
}

#[tokio::test]
async fn language_switcher_remembers_english_over_accept_language() {
    let app = spawn_app().await;
    let home = app.get("/").await.text().await.unwrap();
    assert!(
        home.contains(r#"href="/lang/en?next=&#x2f;" lang="en" hreflang="en">English</a>"#),
        "switcher names English in English: {home}"
    );
    let switched = app.get("/lang/en?next=/").await;
    assert_eq!(switched.status(), 303);
    assert_eq!(switched.headers()[header::LOCATION], "/");
    let html = app
        .client
        .get(app.url("/"))
        .header(header::ACCEPT_LANGUAGE, "sv")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains("Peer groups for bicultural families"));
    assert!(html.contains(r#"aria-current="true">English</a>"#));
}

#[tokio::test]
async fn language_switcher_never_redirects_off_site() {
    let app = spawn_app().await;
    for next in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        // Browsers drop tabs and newlines from a URL: these would become //evil.example.
        "/\t/evil.example",
        "/\n/evil.example",
        "/%09/evil.example",
        "/%2F/evil.example",
        "/%5Cevil.example",
        // Header splitting and NUL: never a 500, never a second header.
        "/\r\nSet-Cookie: x=1",
        "/%0d%0aSet-Cookie: x=1",
        "/\0",
    ] {
        let response = app
            .client
            .get(app.url("/lang/sv"))
            .query(&[("next", next)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "next={next:?}");
        assert_eq!(response.headers()[header::LOCATION], "/", "next={next:?}");
        assert!(response.headers().get(header::SET_COOKIE).is_some());
        assert_eq!(
            response
                .headers()
                .get_all(header::SET_COOKIE)
                .iter()
                .count(),
            1
        );
    }
    let kept = app
        .client
        .get(app.url("/lang/sv"))
        .query(&[("next", "/groups?language=ar&weekday=2")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        kept.headers()[header::LOCATION],
        "/groups?language=ar&weekday=2"
    );
    assert_eq!(app.get("/lang/xx").await.status(), 404);
}

#[tokio::test]
async fn health_and_readiness() {
    let app = spawn_app().await;
    let live = app.get("/healthz").await;
    assert_eq!(live.status(), 200);
    let ready: serde_json::Value = app.get("/readyz").await.json().await.unwrap();
    assert_eq!(ready["status"], "ready");
    let backend = if app.is_postgres() {
        "postgres"
    } else {
        "sqlite"
    };
    assert_eq!(ready["database"], backend);
}

#[tokio::test]
async fn security_headers_on_pages_and_errors() {
    let app = spawn_app().await;
    for path in ["/", "/does-not-exist", "/api/v1"] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "same-origin");
        assert!(headers.contains_key("x-request-id"), "{path}");
        assert!(
            !headers.contains_key("strict-transport-security"),
            "no HSTS over plain http"
        );
    }
}

#[tokio::test]
async fn hsts_is_sent_behind_https() {
    let app = common::spawn_app_with(|env| {
        env.insert(
            "SILTA_PUBLIC_URL".to_owned(),
            "https://silta.example".to_owned(),
        );
    })
    .await;
    let response = app.get("/").await;
    assert!(
        response.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
}

#[tokio::test]
async fn not_found_is_a_translated_page() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/no/such/page"))
        .header(header::ACCEPT_LANGUAGE, "sv")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()[header::CONTENT_LANGUAGE], "sv");
    let html = response.text().await.unwrap();
    assert!(html.contains("Sidan hittades inte"));
    assert!(html.contains(r#"<html lang="sv""#));
}

#[tokio::test]
async fn api_errors_are_problem_json() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/nothing-here"))
        .header(header::ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    let problem: serde_json::Value = response.json().await.unwrap();
    assert_eq!(problem["status"], 404);
    assert_eq!(problem["title"], "Page not found");
    assert!(problem["request_id"].is_string());
}

#[tokio::test]
async fn api_index_and_openapi_document() {
    let app = spawn_app().await;
    let index: serde_json::Value = app.get("/api/v1").await.json().await.unwrap();
    let codes: Vec<&str> = index["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["fi", "sv", "en", "ru", "et", "ar", "so", "uk", "fa"]
    );
    let doc: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["paths"]["/api/v1"]["get"].is_object());
}

/// Every API route has a documented operation and every operation a route; each says what it
/// needs (security, permission, parameters) and what it answers, and every schema it names exists.
#[tokio::test]
async fn the_api_document_covers_every_route_and_describes_every_answer() {
    let app = spawn_app().await;
    let doc: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();
    for route in app.routes.iter().filter(|r| r.path.starts_with("/api/v1")) {
        let method = route.method.as_str().to_lowercase();
        let operation = &doc["paths"][route.path][&method];
        let name = format!("{} {}", route.method, route.path);
        assert!(operation.is_object(), "{name} is documented");
        assert!(
            !operation["summary"].as_str().unwrap_or_default().is_empty(),
            "{name} has a summary"
        );
        assert_eq!(
            operation["x-permission"],
            serde_json::to_value(route.permission).unwrap(),
            "{name} names its permission"
        );
        let public = route.permission == silta::auth::policy::Permission::Public;
        let security = operation["security"].as_array().unwrap();
        assert_eq!(security.is_empty(), public, "{name} says how to sign in");
        assert_path_parameters(&name, route.path, operation);
        assert_answers(&name, operation);
    }
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            assert!(
                app.routes
                    .iter()
                    .any(|r| r.path == path && r.method.as_str().eq_ignore_ascii_case(method)),
                "{method} {path} is documented but no route serves it"
            );
        }
    }
    let text = doc.to_string();
    for reference in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = &reference[..reference.find('"').unwrap()];
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "schema {name} is defined"
        );
    }
}

fn assert_path_parameters(name: &str, path: &str, operation: &serde_json::Value) {
    let documented: Vec<&str> = operation["parameters"]
        .as_array()
        .map(|p| p.iter())
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "path")
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let in_path: Vec<&str> = path
        .split('/')
        .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
        .collect();
    assert_eq!(documented, in_path, "{name} documents its path parameters");
}

fn assert_answers(name: &str, operation: &serde_json::Value) {
    let responses = operation["responses"].as_object().unwrap();
    // 101: the chat room's websocket upgrade.
    let successes: Vec<_> = responses
        .keys()
        .filter(|s| s.starts_with('2') || *s == "101")
        .collect();
    assert!(!successes.is_empty(), "{name} documents a success");
    for status in successes.into_iter().filter(|s| *s != "204" && *s != "101") {
        assert!(
            responses[status]["content"].is_object(),
            "{name} documents the body of its {status} answer"
        );
    }
    for (status, response) in responses.iter().filter(|(s, _)| s.starts_with('4')) {
        assert!(
            response["content"]["application/problem+json"].is_object(),
            "{name} answers {status} with a Problem"
        );
    }
}

#[tokio::test]
async fn static_assets_are_embedded_and_cacheable() {
    let app = spawn_app().await;
    let css = app.get("/static/css/silta.css").await;
    assert_eq!(css.status(), 200);
    assert!(
        css.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    let etag = css.headers()[header::ETAG].clone();
    let body = css.text().await.unwrap();
    assert!(
        body.contains("inset-inline-start"),
        "logical properties for RTL"
    );
    let again = app
        .client
        .get(app.url("/static/css/silta.css"))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(app.get("/static/../Cargo.toml").await.status(), 404);
    assert_eq!(app.get("/static/nope.css").await.status(), 404);
}

#[tokio::test]
async fn a_signed_in_person_switching_language_changes_their_profile() {
    let app = spawn_app().await;
    let person = common::accounts::create_person(
        &app,
        "switcher@example.org",
        &[silta::auth::policy::Role::Family],
    )
    .await;
    common::accounts::post_form(
        &app,
        "/sign-in",
        &[
            ("email", &person.email),
            ("password", common::accounts::PASSWORD),
        ],
    )
    .await;
    assert_eq!(common::accounts::me(&app).await["language"], "en");
    app.get("/lang/sv?next=/").await;
    assert_eq!(common::accounts::me(&app).await["language"], "sv");
    let html = app.get("/").await.text().await.unwrap();
    assert!(html.contains(r#"<html lang="sv""#));
}

#[tokio::test]
async fn every_page_offers_exactly_the_service_languages_in_the_switcher() {
    let app = spawn_app().await;
    for path in ["/", "/groups", "/sign-in", "/sign-up", "/no-such-page"] {
        let html = app.get(path).await.text().await.unwrap();
        assert_eq!(
            html.matches("hreflang=").count(),
            silta::i18n::LANGUAGES.len(),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_wrong_method_on_an_existing_path_is_405_with_allow() {
    let app = spawn_app().await;
    let client = reqwest::Client::new();
    let wrong = client
        .delete(app.url("/api/v1/groups"))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 405);
    assert_eq!(wrong.headers()[header::ALLOW], "GET, HEAD, POST");
    let problem: serde_json::Value = wrong.json().await.unwrap();
    assert_eq!(problem["status"], 405);
    let with_id = client
        .put(app.url("/api/v1/groups/00000000-0000-4000-8000-000000000000"))
        .send()
        .await
        .unwrap();
    assert_eq!(with_id.status(), 405);
    assert_eq!(with_id.headers()[header::ALLOW], "GET, HEAD");
    let page = client.delete(app.url("/groups")).send().await.unwrap();
    assert_eq!(page.status(), 405);
    assert!(
        page.text().await.unwrap().contains("<html"),
        "a translated page"
    );
    let nowhere = client
        .delete(app.url("/no/such/path"))
        .send()
        .await
        .unwrap();
    assert_eq!(nowhere.status(), 404);
}

#[tokio::test]
async fn the_api_documentation_is_served_by_silta_itself_without_inline_script() {
    let app = spawn_app().await;
    let page = app.get("/api/docs").await;
    assert_eq!(page.status(), 200);
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'self';"), "{csp}");
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"data-spec="/api/openapi.json""#));
    assert!(html.contains("/static/vendor/swagger-ui/swagger-ui-bundle.js"));
    assert!(!html.contains("<script>"), "no inline script");
    for asset in [
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/vendor/swagger-ui/swagger-ui.css",
        "/static/js/api-docs.js",
    ] {
        assert_eq!(app.get(asset).await.status(), 200, "{asset} is embedded");
    }
}
