//! The OpenAPI 3.1 document at `GET /api/openapi.json`: each feature's operations, declared
//! beside their handlers with `#[utoipa::path]`, merged here and completed from the route
//! table, which knows what each operation needs (its permission) and what the layers around
//! every handler can answer (sign-in, CSRF, body limits, a database not ready yet).

use actix_web::http::Method;
use utoipa::OpenApi;
use utoipa::openapi::extensions::ExtensionsBuilder;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder};
use utoipa::openapi::security::{SecurityRequirement, SecurityScheme};
use utoipa::openapi::{Content, PathItem, Ref, RefOr, Response};

use crate::auth::policy::Permission;
use crate::routing::RouteTable;
use crate::web::errors::{FieldProblem, Problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Silta API",
        description = "Peer groups for bicultural families. Errors are `application/problem+json` \
            (RFC 9457) with a title and detail translated to the request's language \
            (`Accept-Language`, or the signed-in person's choice).",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    servers((url = "/")),
    components(schemas(Problem, FieldProblem)),
    modifiers(&SecuritySchemes),
)]
struct Base;

struct SecuritySchemes;

impl utoipa::Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let bearer = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("JWT")
            .description(Some(
                "The `token` that `POST /api/v1/auth/sign-in` answers; for apps and integrations",
            ))
            .build();
        components.add_security_scheme("bearer", SecurityScheme::Http(bearer));
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "silta_session",
                "Browsers; every request that changes something also sends the `X-CSRF-Token` header",
            ))),
        );
    }
}

/// The whole document: the base, every feature's part, and what the route table adds.
pub fn assemble(
    parts: Vec<utoipa::openapi::OpenApi>,
    table: &RouteTable,
) -> utoipa::openapi::OpenApi {
    let mut document = Base::openapi();
    document.info.version = env!("CARGO_PKG_VERSION").to_owned();
    for part in parts {
        document.merge(part);
    }
    for (path, item) in document.paths.paths.iter_mut() {
        for (method, operation) in operations_mut(item) {
            errors_are_problems(operation);
            if let Some(permission) = table.permission(&method, path) {
                set_security(operation, permission);
            }
            if let Some(permission) = table
                .permission(&method, path)
                .filter(|_| path.starts_with("/api/v1"))
            {
                add_layer_answers(operation, &method, permission);
            }
        }
    }
    document
}

/// The operations of one path, with their methods.
pub fn operations_mut(item: &mut PathItem) -> Vec<(Method, &mut Operation)> {
    [
        (Method::GET, item.get.as_mut()),
        (Method::POST, item.post.as_mut()),
        (Method::PUT, item.put.as_mut()),
        (Method::PATCH, item.patch.as_mut()),
        (Method::DELETE, item.delete.as_mut()),
    ]
    .into_iter()
    .filter_map(|(method, operation)| Some((method, operation?)))
    .collect()
}

/// Who may call the operation: anyone, or a signed-in person with `x-permission`.
fn set_security(operation: &mut Operation, permission: Permission) {
    let public = permission == Permission::Public;
    operation.security = Some(if public {
        Vec::new()
    } else {
        vec![
            SecurityRequirement::new("bearer", Vec::<String>::new()),
            SecurityRequirement::new("cookie", Vec::<String>::new()),
        ]
    });
    let permission_name = serde_json::to_value(permission).unwrap_or_default();
    operation.extensions = Some(
        ExtensionsBuilder::new()
            .add("x-permission", permission_name)
            .build(),
    );
}

/// What the layers around every handler can answer: extractors, sign-in, CSRF, body limits.
fn add_layer_answers(operation: &mut Operation, method: &Method, permission: Permission) {
    let public = permission == Permission::Public;
    let parameters = operation.parameters.as_deref().unwrap_or_default();
    let has_path = parameters
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Path));
    let has_query = parameters
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Query));
    let has_body = operation.request_body.is_some();
    let layers = [
        (
            has_body || has_query,
            "400",
            "Invalid input: the fields in `errors` say what to change",
        ),
        (
            !public,
            "401",
            "Not signed in, or the second step of sign-in is still to be taken",
        ),
        (
            !public || method != Method::GET,
            "403",
            "Not allowed: the permission in `x-permission` is missing, or the CSRF token or Origin did not match",
        ),
        (
            has_path,
            "404",
            "Nothing with this id, or nothing this person may see",
        ),
        (has_body, "413", "The body is over the size limit"),
        (has_body, "415", "The body is not `application/json`"),
        (
            true,
            "503",
            "The database is unreachable or still being migrated; try again shortly",
        ),
    ];
    for (applies, status, description) in layers {
        if applies && !operation.responses.responses.contains_key(status) {
            operation
                .responses
                .responses
                .insert(status.to_owned(), RefOr::T(problem(description)));
        }
    }
}

/// Handlers write `body = Problem` for their own errors; the media type is the RFC's.
fn errors_are_problems(operation: &mut Operation) {
    for (status, response) in operation.responses.responses.iter_mut() {
        if let (false, RefOr::T(response)) = (status.starts_with('2'), response)
            && let Some(content) = response.content.shift_remove("application/json")
        {
            response
                .content
                .insert("application/problem+json".to_owned(), content);
        }
    }
}

/// An error answer: its description and the `Problem` body.
pub fn problem(description: &str) -> Response {
    let mut response = Response::new(description);
    response.content.insert(
        "application/problem+json".to_owned(),
        Content::new(Some(Ref::from_schema_name("Problem"))),
    );
    response
}
