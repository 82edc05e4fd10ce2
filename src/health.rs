//! Operational probes for load balancers and orchestrators.

use actix_web::{HttpResponse, web};
use diesel::connection::SimpleConnection;
use serde_json::json;

use crate::auth::policy::Permission::Public;
use crate::config::DatabaseConfig;
use crate::registry::{Readiness, Registry};
use crate::state::AppState;

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/healthz", Public, live)
        .get("/readyz", Public, ready);
}

/// `GET /healthz`: the process is alive (no dependencies checked).
pub async fn live() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "alive" }))
}

/// `GET /readyz`: migrations are done and the database answers.
pub async fn ready(state: web::Data<AppState>, checks: web::Data<Readiness>) -> HttpResponse {
    if !state.is_ready() {
        return HttpResponse::ServiceUnavailable().json(json!({ "status": "migrating" }));
    }
    if let Some(status) = checks.not_ready() {
        return HttpResponse::ServiceUnavailable().json(json!({ "status": status }));
    }
    let backend = match state.config.database {
        DatabaseConfig::Sqlite(_) => "sqlite",
        DatabaseConfig::Postgres(_) => "postgres",
    };
    match state
        .db
        .run(|conn| Ok(conn.batch_execute("SELECT 1")?))
        .await
    {
        Ok(()) => HttpResponse::Ok().json(json!({ "status": "ready", "database": backend })),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            HttpResponse::ServiceUnavailable()
                .json(json!({ "status": "database-unreachable", "database": backend }))
        }
    }
}
