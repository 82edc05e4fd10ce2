//! The route × role walk: every registered route, requested as every role and as nobody,
//! must allow exactly what the policy table says. A route cannot be registered without a
//! permission, so a new route is covered here the moment it exists.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;

use common::accounts::{Person, bearer, create_person};
use common::spawn_app;
use reqwest::StatusCode;
use silta::auth::policy::{Permission, Role, SecondFactor, allows};
use silta::routing::RouteInfo;

/// A concrete path for a route pattern: every `{param}` becomes a value that exists nowhere.
fn concrete(pattern: &str) -> String {
    let mut path = String::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        path.push_str(&rest[..start]);
        let end = rest[start..].find('}').unwrap() + start;
        path.push_str(if rest[start..end].contains("path") {
            "css/silta.css"
        } else {
            "00000000-0000-4000-8000-000000000000"
        });
        rest = &rest[end + 1..];
    }
    path.push_str(rest);
    path
}

/// Whether the response means "not allowed": 401/403, or a page sending people to sign in.
fn refused(status: StatusCode, location: Option<&str>) -> bool {
    status == StatusCode::UNAUTHORIZED
        || status == StatusCode::FORBIDDEN
        || location.is_some_and(|l| l.starts_with("/sign-in?"))
}

async fn request(
    app: &common::TestApp,
    route: &RouteInfo,
    token: Option<&str>,
) -> (StatusCode, Option<String>) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut builder = client.request(
        route.method.as_str().parse().unwrap(),
        app.url(&concrete(route.path)),
    );
    if let Some(token) = token {
        builder = builder.bearer_auth(token);
    }
    let response = builder.send().await.unwrap();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    (response.status(), location)
}

/// The roles a test person has, and the person.
type Persona = (Vec<Role>, Person);

#[tokio::test]
async fn every_route_allows_exactly_what_the_policy_says() {
    let app = spawn_app().await;
    let mut personas: Vec<(String, Option<Persona>)> = vec![("nobody".to_owned(), None)];
    for (i, role) in Role::ALL.into_iter().enumerate() {
        let person = create_person(&app, &format!("persona{i}@example.org"), &[role]).await;
        personas.push((role.as_str().to_owned(), Some((vec![role], person))));
    }
    let mut mismatches = Vec::new();
    for route in app.routes.iter() {
        for (name, persona) in &personas {
            // A fresh session per request: some routes (sign-out) end the session they use.
            let token = match persona {
                Some((_, person)) => Some(bearer(&app, person).await),
                None => None,
            };
            let expected = allows(
                persona
                    .as_ref()
                    .map(|(roles, _)| (roles.as_slice(), SecondFactor::Passed)),
                route.permission,
            );
            let (status, location) = request(&app, route, token.as_deref()).await;
            let was_refused = refused(status, location.as_deref());
            if was_refused == expected {
                mismatches.push(format!(
                    "{} {} as {name}: expected {}, got {status} {location:?}",
                    route.method,
                    route.path,
                    if expected { "access" } else { "refusal" }
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "policy violations:\n{}",
        mismatches.join("\n")
    );
}

#[tokio::test]
async fn routes_are_declared_once_and_the_table_is_printed() {
    let app = spawn_app().await;
    let mut seen = BTreeMap::new();
    for route in app.routes.iter() {
        let key = format!("{} {}", route.method, route.path);
        assert!(
            seen.insert(key.clone(), route.permission).is_none(),
            "{key} declared twice"
        );
    }
    let mut by_permission: BTreeMap<Permission, Vec<String>> = BTreeMap::new();
    for (key, permission) in &seen {
        by_permission
            .entry(*permission)
            .or_default()
            .push(key.clone());
    }
    // The policy table, for reviewers (cargo test -- --nocapture).
    for role in Role::ALL {
        println!(
            "{:<18} {:?}",
            role.as_str(),
            silta::auth::policy::granted(role)
        );
    }
    for (permission, routes) in by_permission {
        println!("{permission:?}: {} routes", routes.len());
    }
    assert!(seen.len() > 40);
}

/// The invitation table, tried as every role inviting to every role: the server creates
/// exactly the invitations the table allows, and the form offers exactly those roles.
#[tokio::test]
async fn who_may_invite_whom_is_the_table_on_the_server_and_in_the_form() {
    let app = spawn_app().await;
    let mut mismatches = Vec::new();
    for (i, inviter) in Role::ALL.into_iter().enumerate() {
        let person = create_person(&app, &format!("inviter{i}@example.org"), &[inviter]).await;
        let token = bearer(&app, &person).await;
        let client = reqwest::Client::new();
        for (j, invited) in Role::ALL.into_iter().enumerate() {
            let response = client
                .post(app.url("/api/v1/invitations"))
                .bearer_auth(&token)
                .json(&serde_json::json!({
                    "email": format!("invited{i}-{j}@example.org"),
                    "role": invited.as_str(),
                    "language": "fi",
                }))
                .send()
                .await
                .unwrap();
            let created = response.status() == StatusCode::CREATED;
            if created != inviter.may_invite(invited) {
                mismatches.push(format!(
                    "{} inviting {}: {}",
                    inviter.as_str(),
                    invited.as_str(),
                    response.status()
                ));
            }
        }
        let form = client
            .get(app.url("/staff/invitations"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        let offered: Vec<Role> = if form.status() == StatusCode::OK {
            let html = form.text().await.unwrap();
            Role::ALL
                .into_iter()
                .filter(|r| html.contains(&format!("<option value=\"{}\"", r.as_str())))
                .collect()
        } else {
            Vec::new()
        };
        let allowed: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| inviter.may_invite(*r))
            .collect();
        if offered != allowed {
            mismatches.push(format!(
                "{} is offered {offered:?}, may invite {allowed:?}",
                inviter.as_str()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
