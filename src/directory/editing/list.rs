//! The staff's list of services: searched by words, status, category and municipality,
//! paged, with what staff need to see at a glance (last checked, summaries written).

use serde::{Deserialize, Serialize};

use super::form::STATUSES;
use crate::directory::categories::label_of;
use crate::directory::entry;
use crate::directory::search::{self, Filter};
use crate::directory::summaries::FAMILY_LANGUAGES;
use crate::error::{AppError, FieldError};
use crate::paging::{Page, PageRequest, Position, too_long};
use crate::state::AppState;

/// What staff narrow the list to; every part optional.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StaffFilters {
    /// Words in a service's name, summary or description.
    pub q: Option<String>,
    pub status: Option<String>,
    /// A category's id.
    pub category: Option<String>,
    /// A municipality's code: services serving it.
    pub municipality: Option<String>,
}

fn given(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

impl StaffFilters {
    fn filter(&self) -> Result<Filter, AppError> {
        let mut errors: Vec<FieldError> = too_long("q", &self.q, 200).into_iter().collect();
        let status = given(&self.status);
        if status.as_deref().is_some_and(|s| !STATUSES.contains(&s)) {
            errors.push(FieldError::new("status", "field-choice-unknown", vec![]));
        }
        let municipality = given(&self.municipality);
        if municipality
            .as_deref()
            .is_some_and(|m| crate::regions::municipality(m).is_none())
        {
            errors.push(FieldError::new(
                "municipality",
                "field-choice-unknown",
                vec![],
            ));
        }
        if !errors.is_empty() {
            return Err(AppError::invalid(errors));
        }
        Ok(Filter {
            municipality,
            category: given(&self.category),
            language: None,
            text: given(&self.q),
            include_inactive: true,
            status,
        })
    }
}

/// A service in the staff's list.
#[derive(Debug, Clone, Serialize)]
pub struct StaffRow {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub status: String,
    pub last_checked: Option<chrono::NaiveDate>,
    pub categories: Vec<String>,
    /// The families' languages it has a summary in, and whether each was reviewed.
    pub summaries: Vec<(String, bool)>,
}

/// Runs `filter` for a page of entries (offset paging: the search orders by status and id).
pub fn entries_page(
    conn: &mut crate::db::AnyConnection,
    filter: &Filter,
    paging: &crate::paging::Checked,
) -> Result<(Vec<entry::Entry>, i64, i64), AppError> {
    let (_, total) = search::find(conn, filter, 0, 0)?;
    let (position, page) = paging.position(total);
    let offset = match position {
        Position::Skip(skip) => skip,
        Position::After(_) => {
            return Err(AppError::invalid(vec![FieldError::new(
                "cursor",
                "field-cursor-invalid",
                vec![],
            )]));
        }
    };
    let (ids, _) = search::find(conn, filter, offset, paging.limit)?;
    Ok((entry::load(conn, &ids)?, total, page))
}

pub async fn page(
    state: &AppState,
    lang: &'static str,
    filters: StaffFilters,
    paging: PageRequest,
) -> Result<Page<StaffRow>, AppError> {
    let filter = filters.filter()?;
    let paging = paging.check()?;
    let i18n = state.i18n.clone();
    state
        .db
        .run(move |conn| {
            let (entries, total, page) = entries_page(conn, &filter, &paging)?;
            let items = entries
                .into_iter()
                .map(|e| StaffRow {
                    name: e.text_for("fi").map(|t| t.name.clone()).unwrap_or_default(),
                    organisation: e.organisation.name_fi.clone(),
                    status: e.service.status.clone(),
                    last_checked: e.service.last_checked,
                    categories: e
                        .categories
                        .iter()
                        .map(|c| label_of(&i18n, lang, c.key.as_deref(), c.label.as_deref()))
                        .collect(),
                    summaries: e
                        .texts
                        .iter()
                        .filter(|t| FAMILY_LANGUAGES.contains(&t.language.as_str()))
                        .map(|t| (t.language.clone(), t.reviewed_at.is_some()))
                        .collect(),
                    id: e.service.id,
                })
                .collect();
            Ok(Page {
                items,
                next_cursor: None,
                total,
                page,
                limit: paging.limit,
            })
        })
        .await
}
