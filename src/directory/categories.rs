//! The categories services are put in: a list staff keep. Seeded categories have a key and a
//! translated name; the ones staff add keep the label they wrote and may be renamed. Archived
//! categories stay on the services that have them but are no longer offered.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::editing::check::Check;
use super::schema::{directory_categories, directory_service_categories};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::state::AppState;

pub const MAX_LABEL: usize = 80;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StaffCategory {
    pub id: String,
    /// In the reader's language for seeded categories; as written for staff's own.
    pub label: String,
    /// Staff's own categories may be renamed; seeded ones are translated instead.
    pub own: bool,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
pub struct CategoryLabel {
    #[schema(max_length = 80)]
    #[serde(default)]
    pub label: String,
}

/// The name of a category in `lang`.
pub fn label_of(i18n: &I18n, lang: &str, key: Option<&str>, label: Option<&str>) -> String {
    match key {
        Some(key) => i18n.translate(lang, &format!("directory-category-{key}"), None),
        None => label.unwrap_or_default().to_owned(),
    }
}

type Row = (
    String,
    Option<String>,
    Option<String>,
    Option<chrono::NaiveDateTime>,
);

/// Every category (archived ones too, after the others) with its label in `lang`.
pub fn all(
    conn: &mut AnyConnection,
    i18n: &I18n,
    lang: &str,
) -> Result<Vec<StaffCategory>, AppError> {
    let rows: Vec<Row> = directory_categories::table
        .order(directory_categories::position)
        .select((
            directory_categories::id,
            directory_categories::category_key,
            directory_categories::label,
            directory_categories::archived_at,
        ))
        .load(conn)?;
    let mut views: Vec<StaffCategory> = rows
        .into_iter()
        .map(|(id, key, label, archived_at)| StaffCategory {
            label: label_of(i18n, lang, key.as_deref(), label.as_deref()),
            own: key.is_none(),
            archived: archived_at.is_some(),
            id,
        })
        .collect();
    views.sort_by_key(|c| c.archived);
    Ok(views)
}

pub async fn list(state: &AppState, lang: &'static str) -> Result<Vec<StaffCategory>, AppError> {
    let i18n = state.i18n.clone();
    state.db.run(move |conn| all(conn, &i18n, lang)).await
}

/// The ids of the categories a service may be put in now.
pub fn active_ids(conn: &mut AnyConnection) -> QueryResult<Vec<String>> {
    directory_categories::table
        .filter(directory_categories::archived_at.is_null())
        .select(directory_categories::id)
        .load(conn)
}

/// The ids of the categories a service has.
pub fn of_service(conn: &mut AnyConnection, service_id: &str) -> QueryResult<Vec<String>> {
    directory_service_categories::table
        .filter(directory_service_categories::service_id.eq(service_id))
        .select(directory_service_categories::category_id)
        .load(conn)
}

fn checked_label(label: &str) -> Result<String, AppError> {
    let mut check = Check::new();
    let label = check.required("label", label, MAX_LABEL);
    check.done(label)
}

/// Adds a category at the end of the list; its id.
pub async fn add(state: &AppState, label: &str) -> Result<String, AppError> {
    let label = checked_label(label)?;
    let id = uuid::Uuid::new_v4().to_string();
    let category = id.clone();
    state
        .db
        .run(move |conn| {
            let last: Option<i32> = directory_categories::table
                .select(diesel::dsl::max(directory_categories::position))
                .first(conn)?;
            diesel::insert_into(directory_categories::table)
                .values((
                    directory_categories::id.eq(&category),
                    directory_categories::label.eq(&label),
                    directory_categories::position.eq(last.unwrap_or(0) + 1),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await?;
    Ok(id)
}

/// Renames one of staff's own categories; not found for a seeded one or none.
pub async fn rename(state: &AppState, id: &str, label: &str) -> Result<(), AppError> {
    let label = checked_label(label)?;
    let id = id.to_owned();
    state
        .db
        .run(move |conn| {
            let found = diesel::update(
                directory_categories::table
                    .find(&id)
                    .filter(directory_categories::category_key.is_null()),
            )
            .set(directory_categories::label.eq(&label))
            .execute(conn)?;
            if found == 0 {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}

/// Archives (or restores) a category; not found when there is none.
pub async fn archive(state: &AppState, id: &str, archived: bool) -> Result<(), AppError> {
    let id = id.to_owned();
    let at = archived.then(now);
    state
        .db
        .run(move |conn| {
            let found = diesel::update(directory_categories::table.find(&id))
                .set(directory_categories::archived_at.eq(at))
                .execute(conn)?;
            if found == 0 {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}
