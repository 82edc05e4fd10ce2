//! The directory for referral tests: an organisation with one service (its texts in Finnish
//! and English), reached through partner accounts or only by its referral address. Rows are
//! written with SQL, as the directory's own pages and import are built elsewhere.

use super::TestApp;
use super::accounts::Person;
use super::supervision::sql;

/// A service to refer families to.
pub struct Service {
    pub id: String,
    pub organisation_id: String,
}

/// Adds an organisation and an active service named `name` whose referrals go to
/// `referral_email` (empty: none), serving the whole country.
pub async fn add_service(app: &TestApp, key: &str, name: &str, referral_email: &str) -> Service {
    let organisation_id = format!("org-{key}");
    let id = format!("service-{key}");
    sql(
        app,
        format!(
            "INSERT INTO directory_organisations (id, source, source_id, name_fi, name_en, \
             referral_email, created_at, updated_at) VALUES ('{organisation_id}', 'test', \
             '{organisation_id}', '{name} ry', '{name} association', '', {{ts:0}}, {{ts:0}})"
        ),
    )
    .await;
    sql(
        app,
        format!(
            "INSERT INTO directory_services (id, organisation_id, source, source_id, \
             referral_email, created_at, updated_at) VALUES ('{id}', '{organisation_id}', \
             'test', '{id}', '{referral_email}', {{ts:0}}, {{ts:0}})"
        ),
    )
    .await;
    for (language, text) in [("fi", format!("{name} (fi)")), ("en", name.to_owned())] {
        sql(
            app,
            format!(
                "INSERT INTO directory_service_texts (service_id, language, name, updated_at) \
                 VALUES ('{id}', '{language}', '{text}', {{ts:0}})"
            ),
        )
        .await;
    }
    sql(
        app,
        format!(
            "INSERT INTO directory_service_areas (service_id, kind, code) \
             VALUES ('{id}', 'country', 'FI')"
        ),
    )
    .await;
    Service {
        id,
        organisation_id,
    }
}

/// Makes `partner` a municipal partner account of the service's organisation.
pub async fn add_partner(app: &TestApp, service: &Service, partner: &Person, added_by: &Person) {
    sql(
        app,
        format!(
            "INSERT INTO directory_partner_members (user_id, organisation_id, added_by, added_at) \
             VALUES ('{}', '{}', '{}', {{ts:0}})",
            partner.id, service.organisation_id, added_by.id
        ),
    )
    .await;
}

/// Sets a service's status (`active`, `temporarily_closed`, `inactive`).
pub async fn set_service_status(app: &TestApp, service: &Service, status: &str) {
    sql(
        app,
        format!(
            "UPDATE directory_services SET status = '{status}' WHERE id = '{}'",
            service.id
        ),
    )
    .await;
}
