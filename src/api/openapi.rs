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

/// What each API route does, for the document. A route missing here fails a test.
pub const SUMMARIES: &[(&str, &str, &str)] = &[
    (
        "POST",
        "/api/v1/auth/sign-up",
        "Create a family account; a confirmation link is mailed",
    ),
    (
        "POST",
        "/api/v1/auth/confirm-email",
        "Confirm the email address with the mailed token; returns a bearer token",
    ),
    (
        "POST",
        "/api/v1/auth/sign-in",
        "Sign in with email and password; returns a bearer token",
    ),
    (
        "POST",
        "/api/v1/auth/magic-link",
        "Mail a one-time sign-in link (same answer whether or not the account exists)",
    ),
    (
        "POST",
        "/api/v1/auth/magic-link/redeem",
        "Sign in with a mailed link's token; returns a bearer token",
    ),
    (
        "POST",
        "/api/v1/auth/password/forgot",
        "Mail a password reset link (same answer whether or not the account exists)",
    ),
    (
        "POST",
        "/api/v1/auth/password/reset",
        "Set a new password with a reset token; other sessions end",
    ),
    (
        "POST",
        "/api/v1/auth/second-factor",
        "Enter the authenticator code (or a recovery code) for this session",
    ),
    ("POST", "/api/v1/auth/sign-out", "End this session"),
    (
        "GET",
        "/api/v1/me",
        "The signed-in person, roles, language and CSRF token",
    ),
    (
        "PATCH",
        "/api/v1/me",
        "Change display name, language and notification preferences",
    ),
    (
        "GET",
        "/api/v1/me/sessions",
        "Where the person is signed in",
    ),
    (
        "DELETE",
        "/api/v1/me/sessions/{id}",
        "End one of the person's sessions",
    ),
    (
        "POST",
        "/api/v1/me/sessions/revoke-all",
        "End every session of the person",
    ),
    ("GET", "/api/v1/invitations", "Invitations sent by staff"),
    (
        "POST",
        "/api/v1/invitations",
        "Invite someone to a role by email",
    ),
    (
        "POST",
        "/api/v1/family/invitations",
        "Invite the family's second adult by email",
    ),
    ("DELETE", "/api/v1/invitations/{id}", "Cancel an invitation"),
    (
        "POST",
        "/api/v1/invitations/accept",
        "Accept an invitation; returns a bearer token",
    ),
    ("GET", "/api/v1/admin/users", "Search accounts (logged)"),
    (
        "GET",
        "/api/v1/admin/users/{id}",
        "One account with its security events (logged)",
    ),
    (
        "PATCH",
        "/api/v1/admin/users/{id}",
        "Change an account's roles or suspend it",
    ),
    (
        "GET",
        "/api/v1/admin/security-log",
        "Recent security events",
    ),
    (
        "GET",
        "/api/v1/groups",
        "Published groups, filtered by language, topic, region, weekday and time of day",
    ),
    (
        "POST",
        "/api/v1/groups",
        "Create a group with texts, facilitators and a weekly schedule",
    ),
    (
        "GET",
        "/api/v1/groups/{id}",
        "One group with its sessions and the viewer's membership",
    ),
    (
        "POST",
        "/api/v1/groups/{id}/status",
        "Move a group forward: draft, published, running, finished",
    ),
    (
        "POST",
        "/api/v1/groups/{id}/join",
        "Join, ask to join, or join the waiting list",
    ),
    (
        "POST",
        "/api/v1/groups/{id}/leave",
        "Leave a group; the first on the waiting list moves up",
    ),
    (
        "GET",
        "/api/v1/groups/{id}/roster",
        "Members' display names and statuses (facilitators and staff)",
    ),
    (
        "POST",
        "/api/v1/groups/{id}/requests/{user_id}/approve",
        "Accept a family that asked to join",
    ),
    (
        "GET",
        "/api/v1/me/groups",
        "The groups the person belongs to or waits for",
    ),
    (
        "POST",
        "/api/v1/sessions/{id}/answer",
        "Say whether you are coming: yes, maybe or no",
    ),
    (
        "GET",
        "/api/v1/sessions/{id}/attendance",
        "Members with their answers and attendance (facilitators and staff)",
    ),
    (
        "POST",
        "/api/v1/sessions/{id}/attendance",
        "Mark who took part, after the session started",
    ),
    (
        "POST",
        "/api/v1/sessions/{id}/cancel",
        "Cancel a session with a reason; members are told",
    ),
    (
        "POST",
        "/api/v1/sessions/{id}/move",
        "Move a session to another time; members are told",
    ),
    (
        "POST",
        "/api/v1/groups/{id}/sessions",
        "Add a single session",
    ),
    (
        "POST",
        "/api/v1/me/calendar-feed",
        "Create or replace the private calendar feed address",
    ),
    (
        "DELETE",
        "/api/v1/me/calendar-feed",
        "Turn the private calendar feed off",
    ),
    (
        "POST",
        "/api/v1/groups/{id}/members",
        "Add a family by email (invitation-only groups); seats still decide",
    ),
    (
        "GET",
        "/api/v1/sessions/{id}/chat",
        "Websocket of the session's chat room (protocol: src/chat/PROTOCOL.md)",
    ),
    (
        "GET",
        "/api/v1/sessions/{id}/messages",
        "Stored chat messages after `after`, in order",
    ),
    (
        "POST",
        "/api/v1/groups/{id}/chat-retention",
        "Set how many days the group's chat messages are kept",
    ),
    (
        "GET",
        "/api/v1/sessions/{id}/moderation",
        "The moderation log of a session (staff)",
    ),
    (
        "GET",
        "/api/v1/reports",
        "Reported messages to review (staff: all; facilitators: their groups')",
    ),
    (
        "POST",
        "/api/v1/reports/{id}/handle",
        "Mark a report handled, with an outcome (staff)",
    ),
    (
        "GET",
        "/api/v1/crisis-contacts",
        "Crisis contacts in a language (`lang`, default the request's); 112 always applies",
    ),
    (
        "POST",
        "/api/v1/crisis-contacts",
        "Add a crisis contact (staff)",
    ),
    (
        "DELETE",
        "/api/v1/crisis-contacts/{id}",
        "Remove a crisis contact (staff)",
    ),
];

/// Every `/api/v1` route of the route table, with the permission it needs.
fn routed_paths() -> Value {
    let mut paths = serde_json::Map::new();
    for route in crate::routes::table() {
        if !route.path.starts_with("/api/v1/") {
            continue;
        }
        let method = route.method.as_str();
        let summary = SUMMARIES
            .iter()
            .find(|(m, p, _)| *m == method && *p == route.path)
            .map_or("", |(_, _, summary)| *summary);
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

pub fn document() -> Value {
    let mut paths = json!({});
    merge(&mut paths, foundation_paths());
    merge(&mut paths, routed_paths());
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

pub async fn serve() -> HttpResponse {
    HttpResponse::Ok().json(document())
}
