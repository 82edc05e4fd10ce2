//! The privacy notice and the optional consents (GDPR articles 7, 12 and 13). The notice is
//! versioned: its texts live in `privacy_notice.ftl` of every locale, and whoever changes
//! them moves `VERSION` on, so that everyone is asked to read it again at their next sign-in
//! (accounts asks through `accounts::notice::Notice`, answered here). Each optional consent
//! is recorded with the version and language of the sentence the person agreed to, and can
//! be withdrawn as easily as it was given.

pub mod api;
pub mod model;
pub mod pages;

use std::sync::Arc;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use crate::accounts::notice::{Channel, Notice};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{Subject, at, at_opt};
use crate::registry::Registry;
use crate::state::AppState;

/// The notice in force: move it on whenever a `privacy-notice-*` text changes.
pub const VERSION: &str = "2026-12-04";
/// The version of the consents' sentences (`privacy-consent-*`).
pub const CONSENT_TEXTS: &str = "2026-12-04";

/// The notice's sections in reading order: `privacy-notice-<name>-heading` and `-text`.
pub const SECTIONS: &[&str] = &[
    "controller",
    "what",
    "why",
    "who",
    "how-long",
    "rights",
    "changes",
];

/// What a person may agree to be contacted for, beyond what the service needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Silta's staff may ask how the groups work for the family.
    FeedbackContact,
    /// Silta may invite the person to research about bicultural families.
    ResearchContact,
}

impl Purpose {
    pub const ALL: [Self; 2] = [Self::FeedbackContact, Self::ResearchContact];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::FeedbackContact => "feedback_contact",
            Self::ResearchContact => "research_contact",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// The sentence the person agrees to.
    pub fn text_id(self) -> &'static str {
        match self {
            Self::FeedbackContact => "privacy-consent-feedback-contact",
            Self::ResearchContact => "privacy-consent-research-contact",
        }
    }
}

/// The answer accounts asks at sign-up and sign-in.
struct Keeper;

impl Notice for Keeper {
    fn accept(
        &self,
        conn: &mut AnyConnection,
        user_id: &str,
        language: &str,
        channel: Channel,
        now: NaiveDateTime,
    ) -> Result<(), AppError> {
        Ok(model::accept(
            conn,
            user_id,
            VERSION,
            language,
            channel.as_str(),
            now,
        )?)
    }

    fn accepted(&self, conn: &mut AnyConnection, user_id: &str) -> Result<bool, AppError> {
        Ok(model::has_accepted(conn, user_id, VERSION)?)
    }
}

pub fn register(reg: &mut Registry) {
    reg.provide::<Arc<dyn Notice>>(Arc::new(Keeper));
}

/// Where a person stands with the notice and the consents.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Standing {
    /// The notice in force.
    pub version: String,
    /// The newest version the person accepted, and when.
    pub accepted_version: Option<String>,
    pub accepted_at: Option<DateTime<Utc>>,
    /// The person has not accepted the version in force yet.
    pub due: bool,
    pub consents: Vec<OptionalConsent>,
}

/// One optional consent as the person sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OptionalConsent {
    pub purpose: Purpose,
    /// The sentence, in the reader's language.
    pub text: String,
    pub given: bool,
    /// When the consent in force was given, and the version of the sentence it was given to.
    pub given_at: Option<DateTime<Utc>>,
    pub text_version: Option<String>,
}

/// `me`'s standing, the sentences in `lang`.
pub async fn standing(state: &AppState, me: &SignedIn, lang: &str) -> Result<Standing, AppError> {
    let user_id = me.user_id.clone();
    let (acceptances, consents) = state
        .db
        .run(move |conn| {
            Ok((
                model::acceptances(conn, &user_id)?,
                model::consents(conn, &user_id)?,
            ))
        })
        .await?;
    let newest = acceptances.first();
    let consents = Purpose::ALL
        .into_iter()
        .map(|purpose| {
            let in_force = consents
                .iter()
                .find(|c| c.purpose == purpose.as_str() && c.withdrawn_at.is_none());
            OptionalConsent {
                purpose,
                text: state.i18n.translate(lang, purpose.text_id(), None),
                given: in_force.is_some(),
                given_at: in_force.map(|c| c.given_at.and_utc()),
                text_version: in_force.map(|c| c.text_version.clone()),
            }
        })
        .collect();
    Ok(Standing {
        version: VERSION.to_owned(),
        accepted_version: newest.map(|a| a.version.clone()),
        accepted_at: newest.map(|a| a.accepted_at.and_utc()),
        due: !acceptances.iter().any(|a| a.version == VERSION),
        consents,
    })
}

/// `me` accepts `version`, which must be the one in force (a page read before a change does
/// not count for the new text).
pub async fn accept(state: &AppState, me: &SignedIn, version: &str) -> Result<(), AppError> {
    if version != VERSION {
        return Err(AppError::new(crate::error::ErrorKind::Conflict)
            .with_message("privacy-notice-not-current", vec![]));
    }
    let (user_id, lang) = (me.user_id.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let channel = Channel::SignIn.as_str();
            Ok(model::accept(
                conn,
                &user_id,
                VERSION,
                lang,
                channel,
                now(),
            )?)
        })
        .await
}

/// Gives or withdraws `me`'s consent for `purpose`, the sentence shown in `me`'s language.
pub async fn set_consent(
    state: &AppState,
    me: &SignedIn,
    purpose: Purpose,
    given: bool,
) -> Result<(), AppError> {
    let (user_id, lang) = (me.user_id.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let purpose = purpose.as_str();
            if given {
                model::give(conn, &user_id, purpose, (CONSENT_TEXTS, lang), now())?;
            } else {
                model::withdraw(conn, &user_id, purpose, now())?;
            }
            Ok(())
        })
        .await
}

/// The person's acceptances and consents, for their copy.
pub fn export(conn: &mut AnyConnection, subject: &Subject) -> Result<(Value, Value), AppError> {
    let acceptances = model::acceptances(conn, &subject.user_id)?
        .into_iter()
        .map(|a| {
            json!({
                "version": a.version, "language": a.language, "channel": a.channel,
                "accepted_at": at(a.accepted_at),
            })
        })
        .collect();
    let consents = model::consents(conn, &subject.user_id)?
        .into_iter()
        .map(|c| {
            json!({
                "purpose": c.purpose, "text_version": c.text_version, "language": c.language,
                "given_at": at(c.given_at), "withdrawn_at": at_opt(c.withdrawn_at),
            })
        })
        .collect();
    Ok((Value::Array(acceptances), Value::Array(consents)))
}
