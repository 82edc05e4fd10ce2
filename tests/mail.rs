//! Mail goes through the durable outbox and is delivered by the `mail.deliver` job: to the
//! outbox folder in embedded mode, over real SMTP when configured, and again after SMTP comes
//! back. The first test runs the background worker loop itself; the others run due jobs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::smtp::SmtpSink;
use common::{eventually, spawn_app_with};
use diesel::prelude::*;
use minijinja::context;
use silta::db::schema::mail_outbox;
use silta::{clock, mail};

async fn queue_test_mail(app: &common::TestApp, to: &str, lang: &str) {
    let rendered = mail::render(&app.state.templates, lang, "test", to, context! {}).unwrap();
    app.state
        .db
        .run(move |conn| Ok(mail::enqueue(conn, &rendered, clock::now())?))
        .await
        .unwrap();
    app.state.mailer.wake_worker();
}

/// (attempts, delivered?, last error) of the only outbox row.
async fn outbox_state(app: &common::TestApp) -> Vec<(i32, bool, Option<String>)> {
    app.state
        .db
        .run(|conn| {
            Ok(mail_outbox::table
                .select((
                    mail_outbox::attempts,
                    mail_outbox::done_at.is_not_null(),
                    mail_outbox::last_error,
                ))
                .load(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn the_worker_wakes_for_queued_mail_and_writes_it_to_the_outbox_folder() {
    let app = spawn_app_with(|env| {
        env.insert("SILTA_BACKGROUND_WORKER".to_owned(), "true".to_owned());
        // Long enough that only the wake-up can deliver the mail within the wait below.
        env.insert("SILTA_WORKER_INTERVAL_MS".to_owned(), "60000".to_owned());
    })
    .await;
    queue_test_mail(&app, "family@example.org", "fi").await;
    let outbox = app.data_dir.path().join("outbox");
    eventually(Duration::from_secs(10), || {
        let outbox = outbox.clone();
        async move {
            std::fs::read_dir(&outbox)
                .map(|d| d.count() > 0)
                .unwrap_or(false)
        }
    })
    .await;
    let file = std::fs::read_dir(&outbox).unwrap().next().unwrap().unwrap();
    let eml = std::fs::read_to_string(file.path()).unwrap();
    assert!(eml.contains("To: family@example.org"), "{eml}");
    assert!(eml.contains("Subject:"), "{eml}");
    assert!(eml.contains("multipart/alternative"));
    eventually(Duration::from_secs(5), || async {
        outbox_state(&app).await == vec![(1, true, None)]
    })
    .await;
}

#[tokio::test]
async fn smtp_delivery_in_the_recipients_language() {
    let (sink, smtp_url) = SmtpSink::start().await;
    let app = spawn_app_with(|env| {
        env.insert("SMTP_URL".to_owned(), smtp_url);
    })
    .await;
    queue_test_mail(&app, "perhe@example.org", "en").await;
    assert_eq!(app.run_pending_jobs().await, 1);
    let received = sink.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, ["perhe@example.org"]);
    assert!(
        received[0].data.contains("Subject: Silta test message"),
        "{}",
        received[0].data
    );
    assert!(received[0].data.contains("text/html"));
}

#[tokio::test]
async fn mail_waits_in_the_outbox_while_smtp_is_down() {
    // Reserve a port, then close it: SMTP refuses connections there until the sink takes it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = spawn_app_with(|env| {
        env.insert("SMTP_URL".to_owned(), format!("smtp://127.0.0.1:{port}"));
        // Due again at once, so each run of the jobs is one more attempt.
        env.insert("SILTA_MAIL_RETRY_BASE_MS".to_owned(), "0".to_owned());
    })
    .await;
    queue_test_mail(&app, "family@example.org", "sv").await;
    for attempts in 1..=2 {
        assert_eq!(app.run_pending_jobs().await, 0, "nothing delivered");
        let rows = outbox_state(&app).await;
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].0, rows[0].1), (attempts, false), "{rows:?}");
        assert!(rows[0].2.is_some(), "the error is kept");
    }
    let sink = SmtpSink::default();
    sink.serve(
        tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap(),
    );
    assert_eq!(app.run_pending_jobs().await, 1);
    assert!(outbox_state(&app).await[0].1, "marked delivered");
    assert_eq!(sink.received().len(), 1, "delivered exactly once");
    assert!(sink.received()[0].data.contains("Subject: Testmeddelande"));
}
