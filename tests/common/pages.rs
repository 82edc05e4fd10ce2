//! HTML pages as one person: a GET or a form post with their bearer token (which needs no
//! CSRF token), redirects not followed, in English; the text with Fluent's isolation marks
//! taken out, or the redirect's target.

use reqwest::{Method, StatusCode};

use super::groups::Api;

/// What a page answered: its status and its text, or where it redirects to.
pub struct Answer {
    pub status: StatusCode,
    pub text: String,
}

impl Api<'_> {
    async fn html(&self, method: Method, path: &str, fields: &[(&str, &str)]) -> Answer {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let mut request = client
            .request(method.clone(), self.app.url(path))
            .bearer_auth(&self.token)
            .header("Accept-Language", "en");
        if method == Method::POST {
            request = request.form(fields);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let location = response
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .map(str::to_owned);
        let text = response.text().await.unwrap();
        Answer {
            status,
            text: location.unwrap_or_else(|| text.replace(['\u{2068}', '\u{2069}'], "")),
        }
    }

    pub async fn open(&self, path: &str) -> Answer {
        self.html(Method::GET, path, &[]).await
    }

    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        self.html(Method::POST, path, fields).await
    }
}
