//! Authenticator keys at rest: a database dump holds only sealed values; after the secret is
//! rotated (the old one kept in SILTA_PREVIOUS_SECRETS) people still sign in, and the job seals
//! every key again under the new secret.

use reqwest::StatusCode;
use silta::auth::policy::Role;
use silta::auth::second_factor;

use crate::common::accounts::{PASSWORD, Person, create_person, post_form};
use crate::common::{TestApp, spawn_app_with, spawn_second_node_with};

async fn stored_key(app: &TestApp, id: &str) -> String {
    let id = id.to_owned();
    app.state
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            use silta::db::schema::users;
            Ok(users::table
                .find(id)
                .select(users::totp_secret.assume_not_null())
                .first::<String>(conn)?)
        })
        .await
        .unwrap()
}

async fn signs_in(app: &TestApp, person: &Person) -> bool {
    let signed = post_form(
        app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(signed.status(), StatusCode::SEE_OTHER);
    let code = second_factor::current_code(person.totp_secret.as_deref().unwrap()).unwrap();
    let passed = post_form(app, "/sign-in/second-factor", &[("code", &code)]).await;
    passed.status() == StatusCode::SEE_OTHER
}

#[tokio::test]
async fn a_dump_holds_no_usable_key_and_a_rotated_secret_still_opens_them() {
    let old = "the-first-long-secret-".repeat(3);
    let first = old.clone();
    let app = spawn_app_with(|env| {
        env.insert("SILTA_SECRET".to_owned(), first);
    })
    .await;
    let person = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    let plain = person.totp_secret.clone().unwrap();
    let sealed = stored_key(&app, &person.id).await;
    assert!(sealed.starts_with("sealed1:"), "{sealed}");
    assert!(!sealed.contains(&plain));

    let rotated = spawn_second_node_with(&app, |env| {
        env.insert(
            "SILTA_SECRET".to_owned(),
            "a-new-and-long-secret-".repeat(3),
        );
        env.insert("SILTA_PREVIOUS_SECRETS".to_owned(), old);
    })
    .await;
    assert!(
        signs_in(&rotated, &person).await,
        "a key sealed under the previous secret opens"
    );
    rotated.run_pending_jobs().await;
    let resealed = stored_key(&rotated, &person.id).await;
    assert_ne!(
        resealed.split(':').nth(1),
        sealed.split(':').nth(1),
        "sealed under the new key"
    );
    assert!(!resealed.contains(&plain));
    let again = spawn_second_node_with(&app, |env| {
        env.insert(
            "SILTA_SECRET".to_owned(),
            "a-new-and-long-secret-".repeat(3),
        );
    })
    .await;
    assert!(
        signs_in(&again, &person).await,
        "the old secret is no longer needed"
    );
}
