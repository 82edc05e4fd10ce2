//! Accounts made from the command line: the first administrator and the demo people.

use super::domain::{DisplayName, Email};
use super::model::one_time::{self, Purpose};
use super::model::users;
use crate::auth::policy::Role;
use crate::auth::{password, second_factor};
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

/// Creates an administrator (or makes an existing account one) and returns a one-time
/// sign-in link; the administrator sets up the second factor at first sign-in.
pub async fn create_admin(state: &AppState, email: &str, name: &str) -> Result<String, AppError> {
    let email = Email::parse(email).map_err(|e| AppError::invalid(vec![e]))?;
    let name = DisplayName::parse(name).map_err(|e| AppError::invalid(vec![e]))?;
    let token = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let id = match users::by_email(conn, email.as_str())? {
                    Some(user) => user.id,
                    None => users::insert(
                        conn,
                        &users::NewUser {
                            email: email.as_str(),
                            display_name: name.as_str(),
                            ui_language: crate::i18n::DEFAULT_LANGUAGE,
                            password_hash: None,
                            family_id: None,
                            email_confirmed: true,
                        },
                        now,
                    )?,
                };
                users::grant_role(conn, &id, Role::Admin, now)?;
                Ok(one_time::issue(conn, Purpose::MagicLink, &id, None, now)?)
            })
        })
        .await?;
    Ok(state.link(&format!("/sign-in/link/{token}")))
}

/// One demo person.
pub struct DemoPerson {
    pub email: &'static str,
    pub name: &'static str,
    pub language: &'static str,
    pub roles: &'static [Role],
    /// Families: (family languages, municipality code); the second parent shares the first's.
    pub family: Option<(&'static [&'static str], &'static str)>,
    pub joins_previous_family: bool,
}

pub const DEMO_PASSWORD: &str = "silta-demo-2026";

pub const DEMO_PEOPLE: &[DemoPerson] = &[
    DemoPerson {
        email: "admin@demo.silta.test",
        name: "Anna (admin)",
        language: "fi",
        roles: &[Role::Admin],
        family: None,
        joins_previous_family: false,
    },
    DemoPerson {
        email: "coordinator@demo.silta.test",
        name: "Kaisa Koordinaattori",
        language: "fi",
        roles: &[Role::Coordinator],
        family: None,
        joins_previous_family: false,
    },
    DemoPerson {
        email: "trainer@demo.silta.test",
        name: "Tomas Trainer",
        language: "sv",
        roles: &[Role::Trainer, Role::Supervisor],
        family: None,
        joins_previous_family: false,
    },
    DemoPerson {
        email: "referrals@demo.silta.test",
        name: "Rasmus Referral",
        language: "en",
        roles: &[Role::ReferralWorker],
        family: None,
        joins_previous_family: false,
    },
    DemoPerson {
        email: "facilitator.ar@demo.silta.test",
        name: "Layla",
        language: "en",
        roles: &[Role::Facilitator],
        family: None,
        joins_previous_family: false,
    },
    DemoPerson {
        email: "facilitator.ru@demo.silta.test",
        name: "Irina",
        language: "fi",
        roles: &[Role::Facilitator, Role::Family],
        family: Some((&["ru", "fi"], "837")),
        joins_previous_family: false,
    },
    DemoPerson {
        email: "aisha@demo.silta.test",
        name: "Aisha",
        language: "en",
        roles: &[Role::Family],
        family: Some((&["ar", "fi"], "091")),
        joins_previous_family: false,
    },
    DemoPerson {
        email: "mikko@demo.silta.test",
        name: "Mikko",
        language: "fi",
        roles: &[Role::Family],
        family: None,
        joins_previous_family: true,
    },
    DemoPerson {
        email: "olga@demo.silta.test",
        name: "Olga",
        language: "fi",
        roles: &[Role::Family],
        family: Some((&["ru", "et", "fi"], "049")),
        joins_previous_family: false,
    },
    DemoPerson {
        email: "hodan@demo.silta.test",
        name: "Hodan",
        language: "en",
        roles: &[Role::Family],
        family: Some((&["so", "sv"], "905")),
        joins_previous_family: false,
    },
    DemoPerson {
        email: "neuvola@demo.silta.test",
        name: "Neuvola Kallio",
        language: "fi",
        roles: &[Role::MunicipalPartner],
        family: None,
        joins_previous_family: false,
    },
];

/// Creates the demo people that do not exist yet; returns a line per person to print.
pub async fn demo_accounts(state: &AppState) -> Result<Vec<String>, AppError> {
    let seal = state.totp_seal.clone();
    let notice = crate::accounts::notice::notice(state);
    state
        .db
        .run(move |conn| {
            let hash = password::hash(DEMO_PASSWORD)?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                let mut lines = Vec::new();
                let mut previous_family: Option<String> = None;
                for person in DEMO_PEOPLE {
                    let existing = users::by_email(conn, person.email)?;
                    let user = match existing {
                        Some(user) => user,
                        None => {
                            let family = match (person.family, person.joins_previous_family) {
                                (Some((languages, municipality)), _) => {
                                    let languages: Vec<String> =
                                        languages.iter().map(|l| (*l).to_owned()).collect();
                                    Some(users::insert_family(conn, &languages, municipality, now)?)
                                }
                                (None, true) => previous_family.clone(),
                                (None, false) => None,
                            };
                            let id = users::insert(
                                conn,
                                &users::NewUser {
                                    email: person.email,
                                    display_name: person.name,
                                    ui_language: person.language,
                                    password_hash: Some(&hash),
                                    family_id: family.as_deref(),
                                    email_confirmed: true,
                                },
                                now,
                            )?;
                            for role in person.roles {
                                users::grant_role(conn, &id, *role, now)?;
                            }
                            if person.roles.iter().any(|r| r.requires_second_factor()) {
                                users::set_totp(
                                    conn,
                                    &seal,
                                    &id,
                                    Some(&second_factor::new_secret()),
                                    Some(now),
                                )?;
                            }
                            users::by_id(conn, &id)?.ok_or_else(AppError::not_found)?
                        }
                    };
                    previous_family = user.family_id.clone();
                    if let Some(notice) = &notice {
                        use crate::accounts::notice::Channel::Demo;
                        notice.accept(conn, &user.id, &user.ui_language, Demo, now)?;
                    }
                    let roles: Vec<&str> = person.roles.iter().map(|r| r.as_str()).collect();
                    let mut line = format!(
                        "{:<32} {:<28} {}",
                        person.email,
                        roles.join("+"),
                        DEMO_PASSWORD
                    );
                    let secret = user.totp(&seal).map_err(AppError::internal)?;
                    if let Some(secret) = secret.filter(|_| user.totp_enabled_at.is_some()) {
                        line.push_str(&format!("  authenticator key {secret}"));
                    }
                    lines.push(line);
                }
                Ok(lines)
            })
        })
        .await
}
