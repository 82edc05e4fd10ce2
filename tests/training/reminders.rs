//! Reminders before a certificate expires: each once, even with two nodes at work.

use silta::auth::policy::Role;

use crate::common::accounts::{create_person, mails_to};
use crate::common::smtp::SmtpSink;
use crate::common::{spawn_app_with, spawn_second_node};

#[tokio::test]
async fn the_fourteen_day_reminder_is_sent_once_across_two_nodes() {
    let (sink, url) = SmtpSink::start().await;
    let app = spawn_app_with(|env| {
        env.insert("SMTP_URL".to_owned(), url);
    })
    .await;
    let coordinator = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    let facilitator = create_person(&app, "facilitator@example.org", &[Role::Facilitator]).await;
    app.run_pending_jobs().await;
    assert_eq!(
        mails_to(&sink, &facilitator.email),
        0,
        "a year away: no reminder yet"
    );
    let user = facilitator.id.clone();
    app.state
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            let soon = silta::clock::now() + chrono::TimeDelta::days(10);
            let sql = if conn.is_postgres() {
                "UPDATE training_certificates SET expires_at = $1 WHERE user_id = $2"
            } else {
                "UPDATE training_certificates SET expires_at = ? WHERE user_id = ?"
            };
            diesel::sql_query(sql)
                .bind::<diesel::sql_types::Timestamp, _>(soon)
                .bind::<diesel::sql_types::Text, _>(user)
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let other = if app.is_postgres() {
        Some(spawn_second_node(&app).await)
    } else {
        None
    };
    match &other {
        Some(node) => {
            tokio::join!(app.run_pending_jobs(), node.run_pending_jobs());
        }
        None => {
            app.run_pending_jobs().await;
        }
    }
    app.run_pending_jobs().await;
    assert_eq!(
        mails_to(&sink, &facilitator.email),
        1,
        "the facilitator is reminded once"
    );
    assert_eq!(
        mails_to(&sink, &coordinator.email),
        1,
        "and so is the coordinator"
    );
}
