//! Which language a request is served in.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};

use super::{DEFAULT_LANGUAGE, I18n, LANGUAGES, Language, language};

/// Cookie that remembers a language chosen with the switcher.
pub const LANG_COOKIE: &str = "silta_lang";

/// The language a response is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static Language);

impl Locale {
    pub fn new(language: &'static Language) -> Self {
        Self(language)
    }

    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// The `dir` attribute of pages in this language.
    pub fn dir(&self) -> &'static str {
        if self.0.right_to_left { "rtl" } else { "ltr" }
    }
}

impl Default for Locale {
    fn default() -> Self {
        Self(language(DEFAULT_LANGUAGE).unwrap_or(&LANGUAGES[0]))
    }
}

/// A language saved in the signed-in person's profile; outranks everything else.
#[derive(Debug, Clone, Copy)]
pub struct ProfileLanguage(pub &'static Language);

/// Negotiates in this order: profile, `?lang=`, cookie, Accept-Language, Finnish.
pub fn negotiate_request(req: &HttpRequest) -> Locale {
    if let Some(ProfileLanguage(lang)) = req.extensions().get::<ProfileLanguage>() {
        return Locale(lang);
    }
    let from_query = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(key, _)| key == "lang")
        .and_then(|(_, value)| language(&value));
    let from_cookie = || req.cookie(LANG_COOKIE).and_then(|c| language(c.value()));
    let from_header = || {
        req.headers()
            .get(actix_web::http::header::ACCEPT_LANGUAGE)
            .and_then(|h| h.to_str().ok())
            .and_then(I18n::from_accept_language)
    };
    from_query
        .or_else(from_cookie)
        .or_else(from_header)
        .map(Locale)
        .unwrap_or_default()
}

impl FromRequest for Locale {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let locale = req.extensions().get::<Locale>().copied();
        ready(Ok(locale.unwrap_or_else(|| negotiate_request(req))))
    }
}
