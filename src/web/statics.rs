//! Static assets (CSS, JavaScript, images), embedded so Silta needs no CDN and no files beside it.

use actix_web::http::header::{self, EntityTag};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::AppError;

#[derive(rust_embed::RustEmbed)]
#[folder = "web/static/"]
struct StaticFiles;

/// Changes with every release, so browsers can cache assets for long.
pub const ASSET_VERSION: &str = env!("CARGO_PKG_VERSION");

pub async fn serve(req: HttpRequest, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let file = StaticFiles::get(&path).ok_or_else(AppError::not_found)?;
    let etag = EntityTag::new_strong(hex::encode(&file.metadata.sha256_hash()[..16]));
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_matches('"') == etag.tag());
    let mut response = if matches {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, etag.to_string()))
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"));
    if matches {
        return Ok(response.finish());
    }
    let mime = mime_guess::from_path(path.as_str()).first_or_octet_stream();
    Ok(response
        .content_type(mime.as_ref())
        .body(file.data.into_owned()))
}
