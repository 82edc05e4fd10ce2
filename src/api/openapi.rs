//! The OpenAPI 3 document at `GET /api/openapi.json`. Each feature adds its own paths.

use actix_web::HttpResponse;
use serde_json::{Value, json};

/// Paths of the foundation: the API index and the operational probes.
fn foundation_paths() -> Value {
    json!({
        "/api/v1": { "get": {
            "summary": "Server name, version and languages",
            "operationId": "apiIndex",
            "responses": { "200": { "description": "Server information", "content": {
                "application/json": { "schema": { "$ref": "#/components/schemas/ApiIndex" } } } } }
        }},
        "/healthz": { "get": {
            "summary": "The process is alive",
            "operationId": "health",
            "responses": { "200": { "description": "Alive" } }
        }},
        "/readyz": { "get": {
            "summary": "The database is reachable and migrated",
            "operationId": "ready",
            "responses": {
                "200": { "description": "Ready to serve" },
                "503": { "description": "Migrating or database unreachable" }
            }
        }}
    })
}

fn merge(into: &mut Value, more: Value) {
    if let (Some(into), Value::Object(more)) = (into.as_object_mut(), more) {
        into.extend(more);
    }
}

pub fn document() -> Value {
    let mut paths = json!({});
    merge(&mut paths, foundation_paths());
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Silta API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Peer groups for bicultural families. Errors are application/problem+json (RFC 9457) with a translated title and detail."
        },
        "servers": [{ "url": "/" }],
        "paths": paths,
        "components": {
            "schemas": {
                "ApiIndex": {
                    "type": "object",
                    "required": ["name", "version", "languages"],
                    "properties": {
                        "name": { "type": "string" },
                        "version": { "type": "string" },
                        "languages": { "type": "array", "items": {
                            "type": "object",
                            "properties": {
                                "code": { "type": "string" },
                                "name": { "type": "string" },
                                "dir": { "type": "string", "enum": ["ltr", "rtl"] }
                            }
                        }}
                    }
                },
                "Problem": {
                    "type": "object",
                    "properties": {
                        "type": { "type": "string" },
                        "title": { "type": "string" },
                        "status": { "type": "integer" },
                        "detail": { "type": "string" },
                        "errors": { "type": "array", "items": {
                            "type": "object",
                            "properties": { "field": { "type": "string" }, "message": { "type": "string" } }
                        }},
                        "request_id": { "type": ["string", "null"] }
                    }
                }
            }
        }
    })
}

pub async fn serve() -> HttpResponse {
    HttpResponse::Ok().json(document())
}
