//! Carrying out an erasure whose grace period is over: in one transaction, every feature's
//! declared eraser runs, highest feature first (so lower features still hold what higher
//! ones point at), then the request is marked done and names nobody. The copies of the
//! person's data on disk go after the transaction.

use super::model::{self, Request};
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{Catalogue, Erasure, Protected, Subject};
use crate::state::AppState;

/// Erasures carried out per round (each is one transaction).
const BATCH: i64 = 5;

/// Carries out the erasures that are due; how many were done.
pub async fn run(state: &AppState) -> Result<usize, AppError> {
    let catalogue = super::super::retention::catalogue(state);
    let due = state
        .db
        .run(|conn| Ok(model::due(conn, now(), BATCH)?))
        .await?;
    let mut done = 0;
    for request in due {
        let catalogue = catalogue.clone();
        let copies = state
            .db
            .run(move |conn| erase(conn, &catalogue, &request))
            .await?;
        super::super::export::remove_files(&state.config, &copies);
        done += 1;
    }
    Ok(done)
}

/// Erases the person of `request` now; the ids of their copies whose files must go.
pub fn erase(
    conn: &mut AnyConnection,
    catalogue: &Catalogue,
    request: &Request,
) -> Result<Vec<String>, AppError> {
    crate::db::transaction(conn, |conn| {
        let Some(user_id) = request.user_id.as_deref() else {
            return Ok(Vec::new());
        };
        let now = now();
        let copies = super::super::export::copies_of(conn, user_id)?;
        let Some(subject) = subject(conn, user_id)? else {
            model::mark_done(conn, &request.id, now)?;
            return Ok(copies);
        };
        let family_goes = match &subject.family_id {
            Some(family) => accounts::family_size(conn, family)? <= 1,
            None => false,
        };
        model::forget_person(conn, user_id)?;
        let mut erasure = Erasure {
            subject: &subject,
            family_goes,
            now,
            protected: Vec::new(),
        };
        for declaration in catalogue.features().iter().rev() {
            (declaration.erase)(conn, &mut erasure)?;
        }
        let kept: Vec<Protected> = erasure.protected;
        model::protect(conn, &request.id, &kept, now)?;
        model::mark_done(conn, &request.id, now)?;
        tracing::info!(erasure = %request.id, kept = kept.len(), "account erased");
        Ok(copies)
    })
}

fn subject(conn: &mut AnyConnection, user_id: &str) -> Result<Option<Subject>, AppError> {
    let Some(person) = accounts::addressee(conn, user_id)? else {
        return Ok(None);
    };
    let family_id = accounts::families_of(conn, &[user_id.to_owned()])?.remove(user_id);
    Ok(Some(Subject {
        user_id: user_id.to_owned(),
        family_id,
        email: person.contact.email,
        display_name: person.display_name,
        language: person.contact.language,
    }))
}
