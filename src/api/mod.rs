//! The JSON API under `/api/v1`, and its OpenAPI document.

pub mod openapi;

use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::auth::policy::Permission::Public;
use crate::i18n::LANGUAGES;
use crate::registry::Registry;
use crate::state::AppState;

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/api/openapi.json", Public, openapi::serve)
        .get("/api/v1", Public, index);
}

/// `GET /api/v1`: what this server is and which languages it speaks.
pub async fn index(state: web::Data<AppState>) -> HttpResponse {
    let languages: Vec<_> = LANGUAGES
        .iter()
        .map(|l| {
            json!({
                "code": l.code,
                "name": state.i18n.translate(l.code, "language-name", None),
                "dir": if l.right_to_left { "rtl" } else { "ltr" },
            })
        })
        .collect();
    HttpResponse::Ok().json(json!({
        "name": "Silta",
        "version": env!("CARGO_PKG_VERSION"),
        "languages": languages,
    }))
}
