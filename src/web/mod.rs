//! The HTML side: templates, static assets, middleware and the pages every visitor sees.

pub mod errors;
pub mod headers;
pub mod pages;
pub mod statics;
pub mod templates;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use futures_util::future::LocalBoxFuture;
use minijinja::{Value, context};
use serde::Serialize;

use crate::error::AppError;
use crate::i18n::{LANGUAGES, Locale};
use crate::state::AppState;

/// What a page handler needs to render: the shared state, the language and where we are.
pub struct Page {
    pub state: web::Data<AppState>,
    pub locale: Locale,
    path: String,
}

#[derive(Serialize)]
struct LanguageLink {
    code: &'static str,
    name: String,
    current: bool,
}

impl Page {
    /// Context every page layout uses.
    pub fn base_context(state: &AppState, locale: Locale, path: &str) -> Value {
        let languages: Vec<LanguageLink> = LANGUAGES
            .iter()
            .map(|l| LanguageLink {
                code: l.code,
                // Each language is named in its own language.
                name: state.i18n.translate(l.code, "language-name", None),
                current: l.code == locale.code(),
            })
            .collect();
        context! {
            lang => locale.code(),
            dir => locale.dir(),
            path => path,
            languages => languages,
            asset_version => statics::ASSET_VERSION,
        }
    }

    pub fn render(&self, template: &str, vars: Value) -> Result<HttpResponse, AppError> {
        let ctx = context! { ..Self::base_context(&self.state, self.locale, &self.path), ..vars };
        let html = self
            .state
            .templates
            .render(template, ctx)
            .map_err(AppError::internal)?;
        Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(html))
    }

    pub fn t(&self, id: &str) -> String {
        self.state.i18n.translate(self.locale.code(), id, None)
    }
}

impl FromRequest for Page {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let state = web::Data::<AppState>::extract(req);
        let locale = Locale::from_request(req, payload);
        let path = match req.query_string() {
            "" => req.path().to_owned(),
            query => format!("{}?{query}", req.path()),
        };
        Box::pin(async move {
            Ok(Page {
                state: state.await?,
                locale: locale.await?,
                path,
            })
        })
    }
}

/// Only same-site paths are followed after a redirect, so a link cannot send people elsewhere.
pub fn safe_local_path(next: Option<&str>) -> &str {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path
        }
        _ => "/",
    }
}
