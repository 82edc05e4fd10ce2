//! A family adult's consent to one referral: given in their own account, or told to a referral
//! worker on the phone and recorded by them (marked so). Withdrawing takes one click, cancels
//! the referral while it is open, and is written on the consent (when, by whom).

pub mod text;

use chrono::{DateTime, Utc};
use minijinja::context;
use serde::Serialize;
use utoipa::ToSchema;

use super::access::{self, Reader};
use super::domain::{Actor, CONSENT_VALID, Status};
use super::model::{self, Consent, Referral};
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::i18n::I18n;
use crate::state::AppState;
pub use text::{ConsentText, Item, ItemView};

/// How a consent was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// The adult agreed in their own account.
    Account,
    /// The adult agreed on the phone; a referral worker recorded it.
    Phone,
}

impl Channel {
    fn as_str(self) -> &'static str {
        match self {
            Self::Account => "account",
            Self::Phone => "phone",
        }
    }
}

/// A consent as its readers see it: the receipt.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConsentView {
    pub id: String,
    pub adult_name: String,
    /// account or phone.
    pub channel: String,
    pub recorded_by_name: String,
    pub purpose: String,
    pub recipient: String,
    pub text_version: String,
    pub language: String,
    pub items: Vec<ItemView>,
    pub given_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawn_by_name: Option<String>,
    /// In force now: neither withdrawn nor expired.
    pub valid: bool,
}

/// The consents of a referral as `lang` reads them, newest first.
pub fn views(
    conn: &mut AnyConnection,
    i18n: &I18n,
    referral_id: &str,
    lang: &str,
) -> Result<Vec<ConsentView>, AppError> {
    let consents = model::consents_of(conn, referral_id)?;
    let people: Vec<String> = consents
        .iter()
        .flat_map(|c| {
            [
                Some(c.adult_id.clone()),
                Some(c.recorded_by.clone()),
                c.withdrawn_by.clone(),
            ]
        })
        .flatten()
        .collect();
    let names = accounts::display_names(conn, &people)?;
    let name = |id: &str| names.get(id).cloned().unwrap_or_default();
    let at = now();
    Ok(consents
        .into_iter()
        .map(|c| {
            let items: Vec<Item> = serde_json::from_str(&c.items).unwrap_or_default();
            ConsentView {
                valid: c.is_valid(at),
                adult_name: name(&c.adult_id),
                recorded_by_name: name(&c.recorded_by),
                withdrawn_by_name: c.withdrawn_by.as_deref().map(name),
                items: text::label(i18n, lang, &items),
                given_at: c.given_at.and_utc(),
                expires_at: c.expires_at.and_utc(),
                withdrawn_at: c.withdrawn_at.map(|w| w.and_utc()),
                id: c.id,
                channel: c.channel,
                purpose: c.purpose,
                recipient: c.recipient.lines().nth(1).unwrap_or_default().to_owned(),
                text_version: c.text_version,
                language: c.language,
            }
        })
        .collect())
}

/// The consent in force for the referral now, if any.
pub fn in_force(conn: &mut AnyConnection, referral_id: &str) -> Result<Option<Consent>, AppError> {
    let at = now();
    Ok(model::consents_of(conn, referral_id)?
        .into_iter()
        .find(|c| c.is_valid(at)))
}

/// The items a consent in force covers, when they are still exactly what the referral would
/// send now; `None` when there is no such consent.
pub fn covering(
    conn: &mut AnyConnection,
    referral: &Referral,
) -> Result<Option<(Consent, Vec<Item>)>, AppError> {
    let Some(consent) = in_force(conn, &referral.id)? else {
        return Ok(None);
    };
    let given: Vec<Item> = serde_json::from_str(&consent.items).unwrap_or_default();
    let Ok((family, adult)) = text::family_adult(conn, &referral.family_id, &consent.adult_id)
    else {
        return Ok(None);
    };
    let now_items = text::items(&adult, &family, referral);
    let same_service = consent.recipient_service() == referral.service_id;
    Ok((given == now_items && same_service).then_some((consent, given)))
}

impl Consent {
    /// The service the consent was given for: `recipient` keeps the service's id on its first
    /// line and its names, as they were shown, on the second.
    fn recipient_service(&self) -> &str {
        self.recipient.lines().next().unwrap_or_default()
    }
}

fn conflict(id: &'static str) -> AppError {
    AppError::new(ErrorKind::Conflict).with_message(id, vec![])
}

/// Records a consent for a draft after checking that `fingerprint` is the text now shown.
fn record(
    state: &AppState,
    conn: &mut AnyConnection,
    referral: &Referral,
    adult_id: &str,
    fingerprint: &str,
    channel: Channel,
    recorder: &str,
) -> Result<(), AppError> {
    if referral.status != Status::Draft.as_str() {
        return Err(conflict("referral-consent-not-draft"));
    }
    if covering(conn, referral)?.is_some() {
        return Err(conflict("referral-consent-given"));
    }
    // A consent to an older wording is replaced by the new one.
    model::withdraw_consents(conn, &referral.id, recorder, now())?;
    let shown = text::build(conn, &state.i18n, referral, adult_id)?;
    if shown.fingerprint != fingerprint {
        return Err(conflict("referral-consent-changed"));
    }
    let at = now();
    let consent = Consent {
        id: model::new_id(),
        referral_id: referral.id.clone(),
        family_id: referral.family_id.clone(),
        adult_id: shown.adult_id.clone(),
        purpose: shown.purpose.replace(['\u{2068}', '\u{2069}'], ""),
        recipient: format!("{}\n{}", referral.service_id, shown.recipient),
        items: serde_json::to_string(&shown.raw_items).map_err(AppError::internal)?,
        text_version: shown.version,
        language: shown.language,
        channel: channel.as_str().to_owned(),
        recorded_by: recorder.to_owned(),
        given_at: at,
        expires_at: at + CONSENT_VALID,
        withdrawn_at: None,
        withdrawn_by: None,
    };
    model::insert_consent(conn, &consent)?;
    if channel == Channel::Account
        && let Some(to) = accounts::contact_of(conn, &referral.worker_id)?
    {
        let path = format!("/referrals/{}", referral.id);
        crate::mail::queue_action(
            state,
            conn,
            "referral-consented",
            &to.language,
            &to.email,
            &path,
            context! {},
        )?;
    }
    Ok(())
}

/// The consent text for the signed-in family adult.
pub async fn text_for_family(
    state: &AppState,
    me: &SignedIn,
    id: &str,
) -> Result<ConsentText, AppError> {
    let (me, id, i18n) = (me.clone(), id.to_owned(), state.i18n.clone());
    state
        .db
        .run(move |conn| {
            let referral = access::for_family(conn, &me, &id)?;
            text::build(conn, &i18n, &referral, &me.user_id)
        })
        .await
}

/// The signed-in adult agrees to the text whose fingerprint they were shown.
pub async fn give(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    fingerprint: &str,
) -> Result<(), AppError> {
    let (me, id, fingerprint, state_in) = (
        me.clone(),
        id.to_owned(),
        fingerprint.to_owned(),
        state.clone(),
    );
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let referral = access::for_family(conn, &me, &id)?;
                let who = me.user_id.clone();
                record(
                    &state_in,
                    conn,
                    &referral,
                    &who,
                    &fingerprint,
                    Channel::Account,
                    &who,
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// The consent text a referral worker reads out to `adult_id` on the phone (logged).
pub async fn text_for_phone(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    adult_id: &str,
) -> Result<ConsentText, AppError> {
    let (me, id, adult_id, i18n) = (
        me.clone(),
        id.to_owned(),
        adult_id.to_owned(),
        state.i18n.clone(),
    );
    state
        .db
        .run(move |conn| {
            let referral = access::for_worker(conn, &me, &id)?;
            text::build(conn, &i18n, &referral, &adult_id)
        })
        .await
}

/// A referral worker records a consent an adult gave on the phone (channel `phone`).
pub async fn record_phone(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    adult_id: &str,
    fingerprint: &str,
) -> Result<(), AppError> {
    let (me, id, adult_id, fingerprint, state_in) = (
        me.clone(),
        id.to_owned(),
        adult_id.to_owned(),
        fingerprint.to_owned(),
        state.clone(),
    );
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let referral = access::for_worker(conn, &me, &id)?;
                let worker = me.user_id.clone();
                record(
                    &state_in,
                    conn,
                    &referral,
                    &adult_id,
                    &fingerprint,
                    Channel::Phone,
                    &worker,
                )
            })
        })
        .await
}

/// Withdraws the referral's consent: by the family in its account (`Reader::Family`), or
/// recorded by a referral worker when told on the phone. An open referral is cancelled.
pub async fn withdraw(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    reader: Reader,
) -> Result<(), AppError> {
    let (me, id, state_in) = (me.clone(), id.to_owned(), state.clone());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (referral, actor) = match reader {
                    Reader::Family => (access::for_family(conn, &me, &id)?, Actor::Family),
                    _ => (access::for_worker(conn, &me, &id)?, Actor::Worker),
                };
                let withdrawn = model::withdraw_consents(conn, &referral.id, &me.user_id, now())?;
                let open = Status::parse(&referral.status).is_some_and(Status::is_open);
                if withdrawn == 0 && !open {
                    return Err(conflict("referral-nothing-to-withdraw"));
                }
                if open {
                    let change = super::domain::Change {
                        status: Status::Cancelled,
                        decline_reason: None,
                        outcome: None,
                        note: "consent_withdrawn".to_owned(),
                    };
                    super::changes::apply(
                        &state_in,
                        conn,
                        &referral,
                        change,
                        actor,
                        Some(&me.user_id),
                    )?;
                }
                Ok(())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}
