//! The API document as served, and the check that the server keeps to it: with
//! `SILTA_API_CONTRACT_CHECK` on, every answer of a documented operation whose status the
//! document does not list is logged and kept, so the HTTP tests fail on an undocumented
//! status (see `tests/common`).

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{HttpResponse, web};

use super::document::operations_mut;

/// The assembled document, and what it promises each operation answers.
pub struct ApiContract {
    json: String,
    statuses: HashMap<(Method, String), BTreeSet<u16>>,
    check: bool,
    broken: Mutex<BTreeSet<String>>,
}

impl ApiContract {
    pub fn new(mut document: utoipa::openapi::OpenApi, check: bool) -> Self {
        let mut statuses = HashMap::new();
        for (path, item) in document.paths.paths.iter_mut() {
            for (method, operation) in operations_mut(item) {
                let listed = operation
                    .responses
                    .responses
                    .keys()
                    .filter_map(|status| status.parse().ok())
                    .collect();
                statuses.insert((method, path.clone()), listed);
            }
        }
        Self {
            json: serde_json::to_string(&document).unwrap_or_default(),
            statuses,
            check,
            broken: Mutex::default(),
        }
    }

    /// The document, as JSON.
    pub fn json(&self) -> &str {
        &self.json
    }

    /// The statuses the document lists for an operation; `None` when it has no such operation.
    pub fn statuses(&self, method: &Method, path: &str) -> Option<&BTreeSet<u16>> {
        self.statuses.get(&(method.clone(), path.to_owned()))
    }

    /// Every documented operation, as (method, path).
    pub fn operations(&self) -> impl Iterator<Item = &(Method, String)> {
        self.statuses.keys()
    }

    /// The answers seen so far that the document does not list, as `METHOD path -> status`.
    pub fn broken(&self) -> Vec<String> {
        self.broken
            .lock()
            .map(|broken| broken.iter().cloned().collect())
            .unwrap_or_default()
    }

    fn observe(&self, method: &Method, pattern: &str, status: u16) {
        let Some(listed) = self.statuses(method, pattern) else {
            return;
        };
        if listed.contains(&status) {
            return;
        }
        let line = format!("{method} {pattern} -> {status}");
        tracing::error!(answer = %line, "the API answered a status its document does not list");
        if let Ok(mut broken) = self.broken.lock() {
            broken.insert(line);
        }
    }
}

/// `GET /api/openapi.json`.
pub async fn serve(contract: web::Data<ApiContract>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(contract.json().to_owned())
}

/// Notes each answer of a documented operation whose status the document does not list.
pub async fn check<B: MessageBody>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<B>, actix_web::Error> {
    let response = next.call(req).await?;
    let request = response.request();
    if let Some(contract) = request
        .app_data::<web::Data<ApiContract>>()
        .filter(|contract| contract.check)
        && let Some(pattern) = request.match_pattern()
    {
        contract.observe(request.method(), &pattern, response.status().as_u16());
    }
    Ok(response)
}
