//! Families find groups; staff see them all.

use super::views::{GroupView, views};
use crate::auth::SignedIn;
use crate::error::AppError;
use crate::groups::domain::GroupStatus;
use crate::groups::listing::{ListingFilter, listed_groups};
use crate::groups::model;
use crate::groups::service::may_lead;
use crate::state::AppState;

/// What families filter the list by.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Filters {
    pub language: Option<String>,
    pub topic: Option<String>,
    pub region: Option<String>,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: Option<u32>,
    /// morning (before 12), afternoon (12–17), evening (from 17).
    pub time_of_day: Option<String>,
}

fn chosen(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

impl Filters {
    /// All of them are applied by the database.
    fn in_database(&self) -> ListingFilter<'_> {
        ListingFilter {
            language: chosen(&self.language),
            topic: chosen(&self.topic),
            region: chosen(&self.region),
            weekday: self.weekday,
            time_of_day: chosen(&self.time_of_day),
        }
    }
}

/// Published and running groups matching the filters, in the reader's language.
pub async fn browse(
    state: &AppState,
    filters: Filters,
    lang: &'static str,
    viewer: Option<String>,
) -> Result<Vec<GroupView>, AppError> {
    state
        .db
        .run(move |conn| {
            let groups = listed_groups(conn, &filters.in_database())?;
            views(conn, groups, lang, viewer.as_deref())
        })
        .await
}

/// Every group, drafts included, for staff.
pub async fn all(state: &AppState, lang: &'static str) -> Result<Vec<GroupView>, AppError> {
    state
        .db
        .run(move |conn| {
            let groups = model::all_groups(conn)?;
            views(conn, groups, lang, None)
        })
        .await
}

/// One group: listed groups for everyone; drafts only for staff and its facilitators.
pub async fn detail(
    state: &AppState,
    id: &str,
    lang: &'static str,
    viewer: Option<&SignedIn>,
) -> Result<(GroupView, bool), AppError> {
    let (id, viewer) = (id.to_owned(), viewer.cloned());
    state
        .db
        .run(move |conn| {
            let group = model::group(conn, &id)?.ok_or_else(AppError::not_found)?;
            let manages = match &viewer {
                Some(viewer) => may_lead(conn, viewer, &id)?,
                None => false,
            };
            let listed = GroupStatus::parse(&group.status).is_some_and(GroupStatus::is_listed);
            if !listed && !manages {
                return Err(AppError::not_found());
            }
            let view = views(
                conn,
                vec![group],
                lang,
                viewer.as_ref().map(|v| v.user_id.as_str()),
            )?
            .pop()
            .ok_or_else(AppError::not_found)?;
            Ok((view, manages))
        })
        .await
}
