//! What groups answer for their own use cases and for other features.

use super::catalogue::views::best_text;
use super::model;
use crate::db::AnyConnection;
use crate::error::AppError;

/// A group's name in the reader's language, for other features.
pub fn name_of(conn: &mut AnyConnection, group_id: &str, lang: &str) -> Result<String, AppError> {
    group_name(conn, group_id, lang)
}

pub(super) fn group_name(
    conn: &mut AnyConnection,
    group_id: &str,
    lang: &str,
) -> Result<String, AppError> {
    let texts = model::texts(conn, &[group_id.to_owned()])?;
    Ok(best_text(&texts, lang)
        .map(|t| t.name.clone())
        .unwrap_or_default())
}
