//! Families find groups; staff see them all.

use super::views::{GroupView, views};
use crate::auth::SignedIn;
use crate::error::{AppError, FieldError};
use crate::groups::listing::{ListingFilter, listed_count, listed_page};
use crate::groups::model;
use crate::groups::service::may_lead;
use crate::i18n::ArgValue;
use crate::paging::{Cursor, Page, PageRequest};
use crate::state::AppState;

/// What families filter the list by.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Filters {
    /// A language spoken in the group.
    pub language: Option<String>,
    #[param(schema_with = topic)]
    pub topic: Option<String>,
    /// A municipality code (three digits) or `online`.
    pub region: Option<String>,
    /// 1 = Monday … 7 = Sunday.
    #[param(minimum = 1, maximum = 7)]
    pub weekday: Option<u32>,
    /// morning (before 12), afternoon (12–17), evening (from 17).
    #[param(schema_with = time_of_day)]
    pub time_of_day: Option<String>,
}

fn topic() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(crate::groups::domain::TOPICS)
}

const TIMES_OF_DAY: &[&str] = &["morning", "afternoon", "evening"];

fn time_of_day() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(TIMES_OF_DAY)
}

fn chosen(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

impl Filters {
    /// A weekday out of range or a value not on the lists is a field error, not an empty page.
    pub fn check(&self) -> Result<(), AppError> {
        let mut errors = Vec::new();
        if self.weekday.is_some_and(|d| !(1..=7).contains(&d)) {
            let range = vec![
                ("min", ArgValue::Number(1.0)),
                ("max", ArgValue::Number(7.0)),
            ];
            errors.push(FieldError::new("weekday", "field-limit-range", range));
        }
        if chosen(&self.topic).is_some_and(|t| !crate::groups::domain::TOPICS.contains(&t)) {
            errors.push(FieldError::new("topic", "field-choice-unknown", vec![]));
        }
        if chosen(&self.time_of_day).is_some_and(|t| !TIMES_OF_DAY.contains(&t)) {
            errors.push(FieldError::new(
                "time_of_day",
                "field-choice-unknown",
                vec![],
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::invalid(errors))
        }
    }

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

/// One page of the listing.
pub type Listing = Page<GroupView>;

/// A page of the published and running groups matching the filters, in the reader's language.
/// The database filters, counts and cuts the page; texts, sessions and member counts are then
/// read for the groups of the page only, one query each.
pub async fn browse(
    state: &AppState,
    filters: Filters,
    paging: PageRequest,
    lang: &'static str,
    viewer: Option<String>,
) -> Result<Listing, AppError> {
    filters.check()?;
    let paging = paging.check()?;
    state
        .db
        .run(move |conn| {
            let filter = filters.in_database();
            let total = listed_count(conn, &filter)?;
            let (position, page) = paging.position(total);
            let groups = listed_page(conn, &filter, &position, paging.limit + 1)?;
            paging.page_of(
                groups,
                total,
                page,
                |g| Cursor::new(g.created_at, g.id.clone()),
                |groups| views(conn, groups, lang, viewer.as_deref()),
            )
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
    let gate = crate::groups::service::Gate::of(state);
    state
        .db
        .run(move |conn| {
            let group = model::group(conn, &id)?.ok_or_else(AppError::not_found)?;
            let manages = match &viewer {
                Some(viewer) => may_lead(conn, &gate, viewer, &id)?,
                None => false,
            };
            let listed = group.is_listed();
            if !listed && !manages {
                return Err(AppError::not_found());
            }
            let mut view = views(
                conn,
                vec![group],
                lang,
                viewer.as_ref().map(|v| v.user_id.as_str()),
            )?
            .pop()
            .ok_or_else(AppError::not_found)?;
            view.trained = Some(crate::groups::service::Leaders::of(conn, &gate, &id)?.trained());
            Ok((view, manages))
        })
        .await
}
