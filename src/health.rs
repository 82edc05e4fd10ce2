//! Operational probes for load balancers and orchestrators.

use actix_web::{HttpResponse, web};
use diesel::connection::SimpleConnection;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::auth::policy::Permission::Public;
use crate::config::DatabaseConfig;
use crate::registry::{Readiness, Registry};
use crate::state::AppState;

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/healthz", Public, live)
        .get("/readyz", Public, ready);
    reg.api(Probes::openapi());
}

#[derive(OpenApi)]
#[openapi(paths(live, ready), tags((name = "operations", description = "Probes for load balancers")))]
struct Probes;

/// What a probe found.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProbeStatus {
    /// `alive`, `ready`, or what is not ready yet: `migrating`, `database-unreachable`,
    /// or a dependency of a feature (`redis-unreachable`).
    status: &'static str,
    /// The database backend, once it was asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    database: Option<&'static str>,
}

fn status(status: &'static str, database: Option<&'static str>) -> ProbeStatus {
    ProbeStatus { status, database }
}

/// The process is alive (no dependency is asked)
#[utoipa::path(get, path = "/healthz", tag = "operations",
    responses((status = 200, description = "Alive", body = ProbeStatus)))]
pub async fn live() -> HttpResponse {
    HttpResponse::Ok().json(status("alive", None))
}

/// Migrations are done and the database and every feature's dependency answer
#[utoipa::path(get, path = "/readyz", tag = "operations", responses(
    (status = 200, description = "Ready to take traffic", body = ProbeStatus),
    (status = 503, description = "Not ready yet: `status` says what is missing", body = ProbeStatus),
))]
pub async fn ready(state: web::Data<AppState>, checks: web::Data<Readiness>) -> HttpResponse {
    if !state.is_ready() {
        return HttpResponse::ServiceUnavailable().json(status("migrating", None));
    }
    if let Some(missing) = checks.not_ready() {
        return HttpResponse::ServiceUnavailable().json(status(missing, None));
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
        Ok(()) => HttpResponse::Ok().json(status("ready", Some(backend))),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            HttpResponse::ServiceUnavailable().json(status("database-unreachable", Some(backend)))
        }
    }
}
