//! The themes a report can name: a list staff keep. Built-in themes are translated; the ones
//! staff add keep the label they wrote. Archived themes stay on old reports.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::domain::{MAX_THEME_LABEL, short_text};
use super::model;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ThemeView {
    pub id: String,
    /// In the reader's language for built-in themes; as written for the others.
    pub label: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewTheme {
    #[schema(max_length = 80)]
    pub label: String,
}

/// The ids a new report may name.
pub fn active_ids(conn: &mut AnyConnection) -> Result<Vec<String>, AppError> {
    Ok(model::themes(conn)?
        .into_iter()
        .filter(|t| t.archived_at.is_none())
        .map(|t| t.id)
        .collect())
}

/// Every theme (archived ones too) with its label in `lang`.
pub fn all(conn: &mut AnyConnection, i18n: &I18n, lang: &str) -> Result<Vec<ThemeView>, AppError> {
    Ok(model::themes(conn)?
        .into_iter()
        .map(|t| ThemeView {
            label: match (&t.theme_key, t.label) {
                (Some(key), _) => i18n.translate(lang, &format!("report-theme-{key}"), None),
                (None, label) => label.unwrap_or_default(),
            },
            archived: t.archived_at.is_some(),
            id: t.id,
        })
        .collect())
}

pub async fn list(state: &AppState, lang: &'static str) -> Result<Vec<ThemeView>, AppError> {
    let i18n = state.i18n.clone();
    state.db.run(move |conn| all(conn, &i18n, lang)).await
}

pub async fn add(state: &AppState, label: &str) -> Result<String, AppError> {
    let label = short_text("label", label, MAX_THEME_LABEL)?;
    let id = model::new_id();
    let theme = id.clone();
    state
        .db
        .run(move |conn| Ok(model::insert_theme(conn, &theme, &label)?))
        .await?;
    Ok(id)
}

/// Archives (or restores) a theme; not found when there is none.
pub async fn archive(state: &AppState, id: &str, archived: bool) -> Result<(), AppError> {
    let id = id.to_owned();
    let at = archived.then(now);
    let found = state
        .db
        .run(move |conn| Ok(model::set_theme_archived(conn, &id, at)?))
        .await?;
    if found {
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}
