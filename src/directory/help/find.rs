//! "Find help near me": a family's search of the directory by municipality (their own, from
//! the profile, unless they choose another), category, language and words; paged.

use serde::{Deserialize, Serialize};

use super::view::{self, ServiceCard, ServiceDetail};
use crate::auth::SignedIn;
use crate::directory::editing::list::entries_page;
use crate::directory::entry;
use crate::directory::search::Filter;
use crate::error::{AppError, FieldError};
use crate::paging::{Page, PageRequest, too_long};
use crate::state::AppState;

/// What a family looks for. `municipality` absent means the family's own; empty means any.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FindFilters {
    /// A municipality's code; left out: the family's own; `any` (or empty): anywhere.
    #[param(schema_with = municipality_or_any)]
    pub municipality: Option<String>,
    /// A category's id.
    pub category: Option<String>,
    /// A language the service is delivered in.
    pub language: Option<String>,
    /// Words in the service's name, summary or description.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

fn municipality_or_any() -> utoipa::openapi::schema::Object {
    let mut codes: Vec<&str> = crate::regions::municipalities()
        .iter()
        .map(|m| m.code)
        .collect();
    codes.extend(["any", "abroad", ""]);
    crate::api::schema::one_of(&codes)
}

fn given(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

impl FindFilters {
    /// The filters with the family's municipality filled in when none was chosen.
    pub async fn for_family(mut self, state: &AppState, me: &SignedIn) -> Result<Self, AppError> {
        if self.municipality.is_none() {
            let own = crate::accounts::profile::family_municipality(state, me).await?;
            self.municipality = Some(own.unwrap_or_default());
        }
        Ok(self)
    }

    fn filter(&self) -> Result<Filter, AppError> {
        let mut errors: Vec<FieldError> = too_long("q", &self.q, 200).into_iter().collect();
        // A family living abroad (or with no municipality) looks everywhere.
        let municipality =
            given(&self.municipality).filter(|m| crate::regions::municipality(m).is_some());
        let anywhere = ["any", "abroad"];
        if given(&self.municipality).is_some_and(|m| !anywhere.contains(&m.as_str()))
            && municipality.is_none()
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
            language: given(&self.language),
            text: given(&self.q),
            include_inactive: false,
            status: None,
        })
    }
}

/// A page of the services `filters` find, as cards in `lang`.
pub async fn find(
    state: &AppState,
    lang: &'static str,
    filters: &FindFilters,
    paging: PageRequest,
) -> Result<Page<ServiceCard>, AppError> {
    let filter = filters.filter()?;
    let paging = paging.check()?;
    let i18n = state.i18n.clone();
    state
        .db
        .run(move |conn| {
            let (entries, total, page) = entries_page(conn, &filter, &paging)?;
            Ok(Page {
                items: entries.iter().map(|e| view::card(&i18n, lang, e)).collect(),
                next_cursor: None,
                total,
                page,
                limit: paging.limit,
            })
        })
        .await
}

/// One service for a family; not found when there is none or it is no longer offered.
pub async fn service(
    state: &AppState,
    lang: &'static str,
    id: &str,
) -> Result<ServiceDetail, AppError> {
    let ids = vec![id.to_owned()];
    let i18n = state.i18n.clone();
    state
        .db
        .run(move |conn| {
            let found = entry::load(conn, &ids)?
                .pop()
                .filter(|e| e.service.status != "inactive")
                .ok_or_else(AppError::not_found)?;
            Ok(view::detail(&i18n, lang, &found))
        })
        .await
}
