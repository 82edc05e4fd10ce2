//! A session's moderation log, paged and filtered by action in the database; the API and the
//! staff page call the same function.

use super::model::{self, ACTIONS, ModerationEntry};
use crate::accounts::service as accounts;
use crate::error::{AppError, FieldError};
use crate::paging::{Cursor, Page, PageRequest};
use crate::state::AppState;

/// What the log is narrowed to.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ModerationFilters {
    /// One kind of action.
    #[param(schema_with = action)]
    pub action: Option<String>,
}

fn action() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(ACTIONS)
}

/// A page of what facilitators and staff did in the session's room, newest first.
pub async fn page(
    state: &AppState,
    session_id: &str,
    filters: ModerationFilters,
    paging: PageRequest,
) -> Result<Page<ModerationEntry>, AppError> {
    let action = filters
        .action
        .map(|a| a.trim().to_owned())
        .filter(|a| !a.is_empty());
    if action.as_deref().is_some_and(|a| !ACTIONS.contains(&a)) {
        let error = FieldError::new("action", "field-choice-unknown", vec![]);
        return Err(AppError::invalid(vec![error]));
    }
    let paging = paging.check()?;
    let session_id = session_id.to_owned();
    state
        .db
        .run(move |conn| {
            let action = action.as_deref();
            let total = model::moderation_count(conn, &session_id, action)?;
            let (position, page) = paging.position(total);
            let rows =
                model::moderation_page(conn, &session_id, action, &position, paging.limit + 1)?;
            paging.page_of(
                rows,
                total,
                page,
                |e| Cursor::new(e.at, e.id.clone()),
                |rows| {
                    let ids: Vec<String> = rows.iter().map(|e| e.actor.clone()).collect();
                    let names = accounts::display_names(conn, &ids)?;
                    Ok(rows
                        .into_iter()
                        .map(|mut e| {
                            e.actor = names.get(&e.actor).cloned().unwrap_or_default();
                            e
                        })
                        .collect())
                },
            )
        })
        .await
}
