//! Accounts nobody uses: two years without signing in brings one warning mail; sixty days
//! later the account is erased, unless its person signed in meanwhile; an account in use is
//! never warned.

use reqwest::StatusCode;
use silta::auth::policy::Role;

use super::common::accounts::{PASSWORD, create_person, post_form};
use super::common::spawn_app;
use super::common::supervision::sql;
use super::erasure::scalar;

const IDLE: &str = "idle@example.org";
const BACK: &str = "back@example.org";
const ACTIVE: &str = "active@example.org";

fn warnings_to(email: &str) -> String {
    format!(
        "SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = '{email}' \
         AND subject LIKE '%will be erased unless you sign in%'"
    )
}

fn accounts_of(email: &str) -> String {
    format!("SELECT COUNT(*) AS n FROM users WHERE email = '{email}'")
}

#[tokio::test]
async fn an_unused_account_is_warned_then_erased_unless_its_person_signs_in() {
    let app = spawn_app().await;
    for email in [IDLE, BACK, ACTIVE] {
        create_person(&app, email, &[Role::Family]).await;
    }
    sql(
        &app,
        format!(
            "UPDATE users SET last_signed_in_at = {{ts:-17600}}, created_at = {{ts:-20000}} \
             WHERE email IN ('{IDLE}', '{BACK}')"
        ),
    )
    .await;
    app.run_pending_jobs().await;
    app.run_pending_jobs().await;
    assert_eq!(scalar(&app, warnings_to(IDLE)).await, 1, "warned once");
    assert_eq!(scalar(&app, warnings_to(BACK)).await, 1);
    assert_eq!(
        scalar(&app, warnings_to(ACTIVE)).await,
        0,
        "in use: never warned"
    );

    let fields = [("email", BACK), ("password", PASSWORD)];
    let signed_in = post_form(&app, "/sign-in", &fields).await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    sql(
        &app,
        "UPDATE privacy_inactivity_notices SET warned_at = {ts:-1441}, erase_from = {ts:-1}"
            .to_owned(),
    )
    .await;
    app.run_pending_jobs().await;
    assert_eq!(
        scalar(&app, accounts_of(IDLE)).await,
        0,
        "erased after the warning"
    );
    assert_eq!(scalar(&app, accounts_of(BACK)).await, 1, "signed in: kept");
    assert_eq!(scalar(&app, accounts_of(ACTIVE)).await, 1);
    let notices = "SELECT COUNT(*) AS n FROM privacy_inactivity_notices".to_owned();
    assert_eq!(scalar(&app, notices).await, 0, "no warning is left running");
    let done = "SELECT COUNT(*) AS n FROM privacy_erasures WHERE channel = 'inactive' \
                AND done_at IS NOT NULL AND user_id IS NULL"
        .to_owned();
    assert_eq!(
        scalar(&app, done).await,
        1,
        "one erasure, naming nobody now"
    );
}
