//! The OpenAPI 3 document at `GET /api/openapi.json`, built from the route table: each route
//! carries its own summary (see `Routes::summary`).

use actix_web::{HttpResponse, web};
use serde_json::{Value, json};

use crate::routing::RouteTable;

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

/// Every `/api/v1` route of the route table, with the permission it needs.
fn routed_paths(table: &RouteTable) -> Value {
    let mut paths = serde_json::Map::new();
    for route in table.routes() {
        if !route.path.starts_with("/api/v1/") {
            continue;
        }
        let method = route.method.as_str();
        let summary = route.summary;
        let security = if route.permission == crate::auth::policy::Permission::Public {
            json!([])
        } else {
            json!([{ "bearer": [] }, { "cookie": [] }])
        };
        let parameters: Vec<Value> = route
            .path
            .split('/')
            .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let problem = json!({ "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } });
        let operation = json!({
            "summary": summary,
            "operationId": format!("{}{}", method.to_lowercase(), route.path.replace(['/', '{', '}', '-'], "_")),
            "x-permission": route.permission,
            "security": security,
            "parameters": parameters,
            "responses": {
                "200": { "description": "Done" },
                "204": { "description": "Done, nothing to return" },
                "400": { "description": "Invalid input (translated field errors)", "content": problem["content"] },
                "401": { "description": "Not signed in, or the second factor is missing" },
                "403": { "description": "Not allowed (policy) or CSRF/Origin check failed" },
                "429": { "description": "Too many attempts; see Retry-After" }
            }
        });
        let entry = paths
            .entry(route.path.to_owned())
            .or_insert_with(|| json!({}));
        if let Some(entry) = entry.as_object_mut() {
            entry.insert(method.to_lowercase(), operation);
        }
    }
    Value::Object(paths)
}

pub fn document(table: &RouteTable) -> Value {
    let mut paths = json!({});
    merge(&mut paths, foundation_paths());
    merge(&mut paths, routed_paths(table));
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
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" },
                "cookie": { "type": "apiKey", "in": "cookie", "name": "silta_session", "description": "Browsers; state-changing requests also need the X-CSRF-Token header" }
            },
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

pub async fn serve(table: web::Data<RouteTable>) -> HttpResponse {
    HttpResponse::Ok().json(document(&table))
}
