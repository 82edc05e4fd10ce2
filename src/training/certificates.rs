//! Certificates: issued at the trainer's sign-off when everything required is done, verified
//! in public by their code, revoked, renewed by a refresher; and the answer groups ask
//! (`Qualifies`): a valid certificate lets a facilitator lead and moderate.

use std::sync::Arc;

use chrono::{NaiveDateTime, TimeDelta};
use serde::Serialize;

use super::cohorts::progress_of;
use super::model;
use super::model_progress::{self as progress, Certificate};
use crate::auth::throttle::{self, Limit};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::groups::service::Qualifies;
use crate::provided::Provided;
use crate::state::AppState;

/// How long a recognised prior training counts (the upgrade's migration gives the same).
pub const PRIOR_TRAINING_DAYS: i64 = 365;
const VERIFY_LIMIT: Limit = Limit::per_minutes(30, 10);

/// Training's answer to groups: a person qualifies with a valid certificate, unless a rule of
/// a higher feature (supervision: no supervision attended for months) has lapsed their rights.
pub struct Certified {
    /// Read when asked: the features' answers are installed after registration.
    provided: Provided,
}

/// When a person's rights lapse besides their certificate's expiry (the supervision feature
/// answers: months after the last supervision they attended). Training asks it and never
/// names who answers.
pub trait RightsLapse: Send + Sync {
    /// When the rights lapse (or lapsed); None when this rule does not apply to the person.
    fn lapses_at(
        &self,
        conn: &mut AnyConnection,
        user_id: &str,
    ) -> Result<Option<NaiveDateTime>, AppError>;
}

impl Qualifies for Certified {
    fn qualified(&self, conn: &mut AnyConnection, user_id: &str) -> Result<bool, AppError> {
        let at = now();
        if !progress::has_valid(conn, user_id, at)? {
            return Ok(false);
        }
        match self.provided.get::<Arc<dyn RightsLapse>>() {
            Some(rule) => Ok(rule.lapses_at(conn, user_id)?.is_none_or(|end| end > at)),
            None => Ok(true),
        }
    }
}

pub fn qualifies(provided: Provided) -> Arc<dyn Qualifies> {
    Arc::new(Certified { provided })
}

/// When the person's newest valid certificate was issued (where a lapse rule starts counting
/// before any supervision was attended); None without one.
pub fn certified_since(
    conn: &mut AnyConnection,
    user_id: &str,
) -> Result<Option<NaiveDateTime>, AppError> {
    let at = now();
    Ok(progress::certificates_of(conn, user_id)?
        .into_iter()
        .filter(|c| c.valid_at(at))
        .map(|c| c.issued_at)
        .max())
}

/// What else may count toward renewal besides the refresher module (the supervision feature
/// will provide: "attended supervision since the certificate was issued").
pub trait RenewalCredit: Send + Sync {
    fn credits(
        &self,
        conn: &mut AnyConnection,
        user_id: &str,
        since: NaiveDateTime,
    ) -> Result<bool, AppError>;
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CertificateView {
    pub id: String,
    pub code: String,
    /// course, renewal or prior (recognised prior training).
    pub kind: String,
    pub course_title: String,
    pub issued_at: String,
    pub expires_at: String,
    /// valid, expired or revoked.
    pub status: String,
    pub replaced: bool,
}

pub fn status_of(c: &Certificate, at: NaiveDateTime) -> &'static str {
    match (c.revoked_at, c.expires_at > at) {
        (Some(_), _) => "revoked",
        (None, true) => "valid",
        (None, false) => "expired",
    }
}

fn view(conn: &mut AnyConnection, c: Certificate) -> Result<CertificateView, AppError> {
    let course_title = match &c.course_id {
        Some(id) => model::course(conn, id)?
            .map(|c| c.title)
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(CertificateView {
        status: status_of(&c, now()).to_owned(),
        issued_at: c.issued_at.and_utc().to_rfc3339(),
        expires_at: c.expires_at.and_utc().to_rfc3339(),
        replaced: c.replaced_by.is_some(),
        id: c.id,
        code: c.code,
        kind: c.kind,
        course_title,
    })
}

pub fn views_of(conn: &mut AnyConnection, user: &str) -> Result<Vec<CertificateView>, AppError> {
    progress::certificates_of(conn, user)?
        .into_iter()
        .map(|c| view(conn, c))
        .collect()
}

/// An unguessable code: 122 random bits.
fn new_code() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

fn conflict(id: &'static str) -> AppError {
    AppError::new(ErrorKind::Conflict).with_message(id, vec![])
}

fn issue(
    conn: &mut AnyConnection,
    user: &str,
    course: Option<&model::Course>,
    kind: &str,
    days: i64,
) -> Result<Certificate, AppError> {
    let at = now();
    let cert = Certificate {
        id: model::new_id(),
        user_id: user.to_owned(),
        course_id: course.map(|c| c.id.clone()),
        kind: kind.to_owned(),
        code: new_code(),
        issued_at: at,
        expires_at: at + TimeDelta::days(days),
        revoked_at: None,
        lapsed_at: None,
        replaced_by: None,
    };
    progress::insert_certificate(conn, &cert)?;
    Ok(cert)
}

/// Records a "recognised prior training" certificate (what the upgrade gave every facilitator).
pub fn record_prior_training(conn: &mut AnyConnection, user: &str) -> Result<String, AppError> {
    Ok(issue(conn, user, None, "prior", PRIOR_TRAINING_DAYS)?.code)
}

/// The trainer signs the candidate off; the certificate is issued when every required module
/// is done and the practice passed. Returns the verification code.
pub async fn sign_off(
    state: &AppState,
    trainer: &str,
    cohort: &str,
    user: &str,
) -> Result<String, AppError> {
    let (trainer, cohort_id, user_in) = (trainer.to_owned(), cohort.to_owned(), user.to_owned());
    let user = user_in.clone();
    let state_in = state.clone();
    let code = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let cohort = model::cohort(conn, &cohort_id)?.ok_or_else(AppError::not_found)?;
                let enrolment =
                    model::enrolment(conn, &cohort_id, &user)?.ok_or_else(AppError::not_found)?;
                let progress = progress_of(conn, &cohort, &enrolment, "en")?;
                if progress.done < progress.total {
                    return Err(conflict("training-modules-missing"));
                }
                if enrolment.practice.as_deref() != Some("pass") {
                    return Err(conflict("training-practice-missing"));
                }
                if !model::sign_off(conn, &cohort_id, &user, &trainer, now())? {
                    return Err(conflict("training-signed-off"));
                }
                let course =
                    model::course(conn, &cohort.course_id)?.ok_or_else(AppError::not_found)?;
                let cert = issue(
                    conn,
                    &user,
                    Some(&course),
                    "course",
                    i64::from(course.expiry_days),
                )?;
                super::apply::mail_person(
                    &state_in,
                    conn,
                    &user,
                    "training-certified",
                    &format!("/training/certificates/{}", cert.id),
                    String::new(),
                )?;
                Ok(cert.code)
            })
        })
        .await?;
    state.mailer.wake_worker();
    // The person is a facilitator now: what they hold open is checked again.
    state
        .events
        .publish(crate::accounts::events::AccessChanged { user: user_in })
        .await;
    Ok(code)
}

/// A renewal: the refresher modules of the course's current version were completed since the
/// last certificate was issued (or another feature credits the time since). The old one stays
/// in the history, marked replaced.
pub async fn renew(state: &AppState, user: &str, course_id: &str) -> Result<String, AppError> {
    let (user, course_id) = (user.to_owned(), course_id.to_owned());
    let credit = state.provided.get::<Arc<dyn RenewalCredit>>();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let course = model::course(conn, &course_id)?.ok_or_else(AppError::not_found)?;
                let last = progress::certificates_of(conn, &user)?
                    .into_iter()
                    .find(|c| {
                        c.course_id.as_deref() == Some(&course_id)
                            && c.revoked_at.is_none()
                            && c.replaced_by.is_none()
                    })
                    .ok_or_else(AppError::not_found)?;
                let refreshers: Vec<String> =
                    model::modules_of(conn, &course_id, course.current_version)?
                        .into_iter()
                        .filter(|m| m.refresher)
                        .map(|m| m.id)
                        .collect();
                let done = progress::completions(conn, &user, &refreshers)?
                    .into_iter()
                    .filter(|(_, at)| *at >= last.issued_at)
                    .count();
                let refreshed = !refreshers.is_empty() && done == refreshers.len();
                let credited = match &credit {
                    Some(c) => c.credits(conn, &user, last.issued_at)?,
                    None => false,
                };
                if !refreshed && !credited {
                    return Err(conflict("training-renewal-missing"));
                }
                let cert = issue(
                    conn,
                    &user,
                    Some(&course),
                    "renewal",
                    i64::from(course.expiry_days),
                )?;
                progress::set_replaced(conn, &last.id, &cert.id)?;
                Ok(cert.code)
            })
        })
        .await
}

/// Revokes a certificate; rights lapse at once (the lapse is announced now, not next round).
pub async fn revoke(state: &AppState, id: &str) -> Result<(), AppError> {
    let id_in = id.to_owned();
    state
        .db
        .run(move |conn| {
            progress::certificate(conn, &id_in)?.ok_or_else(AppError::not_found)?;
            if !progress::revoke(conn, &id_in, now())? {
                return Err(conflict("training-certificate-revoked"));
            }
            Ok(())
        })
        .await?;
    super::lapse::announce_lapses(state).await?;
    Ok(())
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Verification {
    pub display_name: String,
    pub course_title: String,
    pub issued_at: String,
    pub expires_at: String,
    /// valid, expired or revoked.
    pub status: String,
}

/// What anyone may learn from a code, counted per client address against guessing.
pub async fn verify(
    state: &AppState,
    code: &str,
    client: String,
) -> Result<Verification, AppError> {
    let code = code.trim().to_ascii_lowercase();
    state
        .db
        .run(move |conn| {
            throttle::hit(conn, &format!("verify:{client}"), VERIFY_LIMIT, now())?;
            let cert = progress::by_code(conn, &code)?.ok_or_else(AppError::not_found)?;
            let names =
                crate::accounts::service::display_names(conn, std::slice::from_ref(&cert.user_id))?;
            let display_name = names.get(&cert.user_id).cloned().unwrap_or_default();
            let view = view(conn, cert)?;
            Ok(Verification {
                display_name,
                course_title: view.course_title,
                issued_at: view.issued_at,
                expires_at: view.expires_at,
                status: view.status,
            })
        })
        .await
}

/// One of the person's own certificates, with their display name; others' are not found.
pub async fn own(
    state: &AppState,
    user: &str,
    id: &str,
) -> Result<(CertificateView, String), AppError> {
    let (user, id) = (user.to_owned(), id.to_owned());
    state
        .db
        .run(move |conn| {
            let cert = progress::certificate(conn, &id)?
                .filter(|c| c.user_id == user)
                .ok_or_else(AppError::not_found)?;
            let name = crate::accounts::service::addressee(conn, &user)?
                .map(|a| a.display_name)
                .unwrap_or_default();
            Ok((view(conn, cert)?, name))
        })
        .await
}
