//! The directory for tests: a coordinator who keeps it, an organisation made through its
//! page, and services added through the service form, as staff add them by hand.

use reqwest::StatusCode;
use silta::auth::policy::Role;

use crate::common::accounts::{Person, create_person};
use crate::common::groups::Api;
use crate::common::pages::Answer;
use crate::common::supervision::sql;
use crate::common::{TestApp, spawn_app};

pub struct Directory {
    pub app: TestApp,
    pub staff: Person,
    pub organisation: String,
}

impl Directory {
    pub async fn staff(&self) -> Api<'_> {
        Api::as_person(&self.app, &self.staff).await
    }

    pub async fn person(&self, email: &str, role: Role) -> Person {
        create_person(&self.app, email, &[role]).await
    }

    /// A family member whose pages are in `language` (the family lives in Helsinki, 091).
    pub async fn family(&self, email: &str, language: &str) -> Person {
        let person = self.person(email, Role::Family).await;
        sql(
            &self.app,
            format!(
                "UPDATE users SET ui_language = '{language}' WHERE id = '{}'",
                person.id
            ),
        )
        .await;
        person
    }

    /// Adds a service through the form; its id.
    pub async fn add(&self, fields: &[(&str, String)]) -> String {
        let staff = self.staff().await;
        let answer = submit(&staff, "/staff/directory/services", fields).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
        id_in(&answer.text, "/staff/directory/services/")
    }
}

pub async fn submit(api: &Api<'_>, path: &str, fields: &[(&str, String)]) -> Answer {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    api.submit(path, &fields).await
}

/// The id in a redirect like `/staff/directory/services/{id}?saved=1`.
pub fn id_in(location: &str, prefix: &str) -> String {
    location
        .trim_start_matches(prefix)
        .split(['?', '/'])
        .next()
        .unwrap()
        .to_owned()
}

pub async fn directory() -> Directory {
    let app = spawn_app().await;
    let staff = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    let api = Api::as_person(&app, &staff).await;
    let answer = submit(
        &api,
        "/staff/directory/organisations",
        &[
            ("name_fi", "Helsingin kaupunki".to_owned()),
            ("name_sv", "Helsingfors stad".to_owned()),
            ("name_en", "City of Helsinki".to_owned()),
            ("status", "active".to_owned()),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
    let organisation = id_in(&answer.text, "/staff/directory/organisations/");
    Directory {
        app,
        staff,
        organisation,
    }
}

/// A child health clinic in `municipality` with its texts in fi, sv and en, in Finnish and
/// Arabic, with a location, a contact and Monday's hours.
pub fn clinic(organisation: &str, name: &str, municipality: &str) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("organisation_id", organisation.to_owned()),
        ("status", "active".to_owned()),
        ("phone", "09 310 12345".to_owned()),
        ("minimum_age", "0".to_owned()),
        ("maximum_age", "6".to_owned()),
        ("last_checked", "".to_owned()),
        ("languages", "fi".to_owned()),
        ("languages", "ar".to_owned()),
        ("municipalities", municipality.to_owned()),
        ("categories", "child-health-clinic".to_owned()),
    ];
    for suffix in ["", " (sv)", " (en)"] {
        fields.extend([
            ("name", format!("{name}{suffix}")),
            ("summary", format!("Neuvola lapsiperheille{suffix}")),
            (
                "description",
                format!("Terveystarkastukset ja rokotukset{suffix}"),
            ),
            ("eligibility", format!("Alle kouluikäiset{suffix}")),
            ("how_to_apply", format!("Soita ajanvaraukseen{suffix}")),
        ]);
    }
    fields.extend([
        ("location_id", String::new()),
        ("location_name", "Kallion neuvola".to_owned()),
        ("location_street", "Sturenkatu 10".to_owned()),
        ("location_postal_code", "00510".to_owned()),
        ("location_post_office", "Helsinki".to_owned()),
        ("location_municipality", "091".to_owned()),
        ("location_url", String::new()),
        (
            "location_directions",
            "Tram 9 to Sturenkatu; the entrance is in the courtyard.".to_owned(),
        ),
        ("contact_name", "Ajanvaraus".to_owned()),
        ("contact_title", String::new()),
        ("contact_email", String::new()),
        ("contact_phone", "09 310 99999".to_owned()),
        ("contact_note", "Mon–Fri 8–11".to_owned()),
        ("hours_weekday", "1".to_owned()),
        ("hours_opens", "09:00".to_owned()),
        ("hours_closes", "15:00".to_owned()),
        ("hours_location", String::new()),
    ]);
    fields
}
