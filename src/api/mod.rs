//! The JSON API under `/api/v1`: its index, its OpenAPI document and the browsable
//! documentation at `/api/docs`.

pub mod contract;
pub mod docs;
pub mod document;
pub mod schema;

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::auth::policy::Permission::Public;
use crate::i18n::LANGUAGES;
use crate::registry::Registry;
use crate::state::AppState;

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/api/openapi.json", Public, contract::serve)
        .get("/api/docs", Public, docs::page)
        .get("/api/v1", Public, index);
    reg.api(Index::openapi());
}

#[derive(OpenApi)]
#[openapi(paths(index), components(schemas(Created)))]
struct Index;

/// The id of what was created.
#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: String,
}

/// What this server is.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiIndex {
    #[schema(example = "Silta")]
    name: &'static str,
    version: &'static str,
    /// The languages every text and error message is translated into.
    languages: Vec<LanguageInfo>,
}

/// A language Silta speaks.
#[derive(Debug, Serialize, ToSchema)]
pub struct LanguageInfo {
    /// BCP 47 code, for `Accept-Language` and profile settings.
    #[schema(example = "fi")]
    code: &'static str,
    /// The language's name in itself.
    name: String,
    dir: Direction,
}

/// Which way the language's text runs.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Server name, version and languages
#[utoipa::path(get, path = "/api/v1", tag = "server",
    responses((status = 200, description = "What this server is", body = ApiIndex)))]
pub async fn index(state: web::Data<AppState>) -> HttpResponse {
    let languages = LANGUAGES
        .iter()
        .map(|l| LanguageInfo {
            code: l.code,
            name: state.i18n.translate(l.code, "language-name", None),
            dir: if l.right_to_left {
                Direction::Rtl
            } else {
                Direction::Ltr
            },
        })
        .collect();
    HttpResponse::Ok().json(ApiIndex {
        name: "Silta",
        version: env!("CARGO_PKG_VERSION"),
        languages,
    })
}
