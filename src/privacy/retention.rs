//! Retention: every kind of personal data the features declared, with its purpose, lawful
//! basis and period, for the staff's data-retention page; and the job that purges what has
//! outlived its period in bounded batches, so a big purge never holds the database for long.

use std::sync::Arc;

use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::now;
use crate::error::AppError;
use crate::personal_data::{Catalogue, Kind, Purge, Purging};
use crate::privacy::erasure::model;
use crate::state::AppState;

/// Rows one purge call deletes at most, and calls per feature in one round of the worker.
pub const BATCH: i64 = 500;
const BATCHES_PER_ROUND: usize = 20;

/// One kind of data as the data-retention page and the API show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct KindView {
    pub feature: String,
    #[serde(flatten)]
    pub kind: Kind,
    /// Its name, purpose, lawful basis and period in the reader's language.
    pub title_text: String,
    pub purpose_text: String,
    pub basis_text: String,
    pub retention_text: String,
}

pub fn catalogue(state: &AppState) -> Catalogue {
    state.provided.get::<Catalogue>().unwrap_or_default()
}

fn retention_text(state: &AppState, lang: &str, kind: &Kind) -> String {
    use crate::i18n::ArgValue::Number;
    use crate::personal_data::Retention::*;
    let i18n = &state.i18n;
    match kind.retention {
        WhileAccount => i18n.translate(lang, "privacy-retention-account", None),
        Days { days } => i18n.translate_with(
            lang,
            "privacy-retention-days",
            &[("days", Number(f64::from(days)))],
        ),
        DaysAfterClosing { days } => i18n.translate_with(
            lang,
            "privacy-retention-after-closing",
            &[("days", Number(f64::from(days)))],
        ),
        Setting { name, default_days } => i18n.translate_with(
            lang,
            "privacy-retention-setting",
            &[
                ("setting", crate::i18n::ArgValue::Text(name.to_owned())),
                ("days", Number(f64::from(default_days))),
            ],
        ),
    }
}

/// Every declared kind, feature by feature, named in `lang`.
pub fn kinds(state: &AppState, lang: &str) -> Vec<KindView> {
    let i18n = &state.i18n;
    catalogue(state)
        .kinds()
        .map(|(feature, kind)| KindView {
            feature: feature.to_owned(),
            title_text: i18n.translate(lang, kind.title, None),
            purpose_text: i18n.translate(lang, kind.purpose, None),
            basis_text: i18n.translate(lang, kind.basis.message_id(), None),
            retention_text: retention_text(state, lang, kind),
            kind: kind.clone(),
        })
        .collect()
}

/// One round: each feature's purge, highest feature first (so that what a kept record points
/// to goes after it), batch after batch until it has nothing left or the round's share is
/// used; how many rows went. A feature whose purge fails is logged and skipped, so the others
/// still purge; the protections that ended are forgotten only when every feature succeeded.
pub async fn run(state: &AppState) -> Result<usize, AppError> {
    let now = now();
    let (ended_ids, purging) = state
        .db
        .run(move |conn| {
            let kept = model::in_force(conn, now)?;
            let (ids, ended) = model::ended(conn, now, BATCH)?;
            let purging = Purging {
                now,
                batch: BATCH,
                kept,
                ended,
            };
            Ok((ids, purging))
        })
        .await?;
    let purging = Arc::new(purging);
    let mut purged = 0;
    let mut failed = false;
    for declaration in catalogue(state).features().iter().rev() {
        let Some(purge) = declaration.purge else {
            continue;
        };
        match purge_feature(state, purge, &purging).await {
            Ok(done) => purged += done,
            Err(error) => {
                failed = true;
                tracing::error!(feature = declaration.feature, %error, "purge failed");
            }
        }
    }
    if !failed && !ended_ids.is_empty() {
        state
            .db
            .run(move |conn| Ok(model::forget(conn, &ended_ids)?))
            .await?;
    }
    Ok(purged)
}

async fn purge_feature(
    state: &AppState,
    purge: Purge,
    purging: &Arc<Purging>,
) -> Result<usize, AppError> {
    let mut purged = 0;
    for _ in 0..BATCHES_PER_ROUND {
        let purging = Arc::clone(purging);
        let done = state
            .db
            .run(move |conn| crate::db::transaction(conn, |conn| purge(conn, &purging)))
            .await?;
        purged += done;
        if done < usize::try_from(BATCH).unwrap_or(usize::MAX) {
            break;
        }
    }
    Ok(purged)
}
