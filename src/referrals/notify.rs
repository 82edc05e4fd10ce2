//! Telling the family of each change, in the language of the adult who consented: a mail with
//! a link to the referral's page (and, while the service works on it, an "I got help" link
//! that needs no sign-in). Nothing is sent when the family chose not to be contacted. The
//! mail names no service and carries none of the referral's texts.

use minijinja::context;

use super::domain::Status;
use super::links;
use super::model::{self, Referral};
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::mail;
use crate::state::AppState;

/// The adult a referral's news goes to: the one who consented last.
pub fn adult_of(conn: &mut AnyConnection, referral_id: &str) -> Result<Option<String>, AppError> {
    Ok(model::consents_of(conn, referral_id)?
        .into_iter()
        .next()
        .map(|c| c.adult_id))
}

/// Queues the mail telling the family that the referral is now at `status`.
pub fn family(
    state: &AppState,
    conn: &mut AnyConnection,
    referral: &Referral,
    status: Status,
) -> Result<(), AppError> {
    if referral.quiet {
        return Ok(());
    }
    let Some(adult) = adult_of(conn, &referral.id)? else {
        return Ok(());
    };
    let Some(to) = accounts::contact_of(conn, &adult)? else {
        return Ok(());
    };
    let lang = crate::i18n::language(&to.language).map_or("fi", |l| l.code);
    let status_name =
        state
            .i18n
            .translate(lang, &format!("referral-status-{}", status.as_str()), None);
    let help_link = status
        .is_with_service()
        .then(|| state.link(&links::help_path(state, &referral.id, &adult)));
    let rendered = mail::render(
        &state.templates,
        lang,
        "referral-changed",
        &to.email,
        context! {
            status => status_name,
            link => state.link(&format!("/my-referrals/{}", referral.id)),
            help_link,
        },
    )?;
    mail::enqueue(conn, &rendered, now())?;
    Ok(())
}
