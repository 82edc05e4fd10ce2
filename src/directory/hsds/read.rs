//! The open data use cases: a page of services found by municipality, category, language and
//! words; one service; the category list. Anyone may read them.

use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::{HsdsPage, HsdsService, category_name, service};
use crate::directory::entry::{self, Category};
use crate::directory::schema::directory_categories;
use crate::directory::search::{self, Filter};
use crate::error::{AppError, FieldError};
use crate::paging::{PageRequest, pages, too_long};
use crate::state::AppState;

/// What a list of services is narrowed to, and which page of it (HSDS style).
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ServiceQuery {
    /// A municipality's three-digit code: services serving it directly, through its
    /// wellbeing services county, or the whole country.
    #[param(schema_with = municipality_codes)]
    pub municipality: Option<String>,
    /// A category's id (`GET /api/v1/directory/categories`); an unknown one finds nothing.
    #[param(max_length = 100)]
    pub category: Option<String>,
    /// An ISO 639-1 code: services delivered in that language (an unknown one finds nothing).
    #[param(pattern = "^([a-z]{2})?$")]
    pub language: Option<String>,
    /// Words in a service's name, summary or description, in any language.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// 1-based page number; 1 if not given.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: Option<String>,
    /// Services per page, 1 to 100; 20 if not given.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 100)]
    pub per_page: Option<String>,
    /// The language of the texts (else the `Accept-Language`); a text an entry lacks is
    /// given in Finnish, Swedish or English.
    #[param(schema_with = crate::api::schema::language_code)]
    pub lang: Option<String>,
}

/// The codes of the municipalities in force.
fn municipality_codes() -> utoipa::openapi::schema::Object {
    let codes: Vec<&str> = crate::regions::municipalities()
        .iter()
        .map(|m| m.code)
        .collect();
    crate::api::schema::one_of(&codes)
}

fn chosen(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

fn unknown(field: &'static str) -> FieldError {
    FieldError::new(field, "field-choice-unknown", vec![])
}

impl ServiceQuery {
    /// The search filter, the page number and its size; field errors name each bad one.
    fn check(&self) -> (Filter, i64, i64, Vec<FieldError>) {
        let mut errors = Vec::new();
        let municipality = chosen(&self.municipality).and_then(|code| {
            let found = crate::regions::municipality(&code).map(|m| m.code.to_owned());
            if found.is_none() {
                errors.push(unknown("municipality"));
            }
            found
        });
        let language = chosen(&self.language);
        if language
            .as_deref()
            .is_some_and(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()))
        {
            errors.push(unknown("language"));
        }
        if chosen(&self.lang).is_some_and(|l| crate::i18n::language(&l).is_none()) {
            errors.push(unknown("lang"));
        }
        errors.extend(too_long("category", &self.category, 100));
        errors.extend(too_long("q", &self.q, 200));
        let paging = PageRequest {
            limit: self.per_page.clone(),
            cursor: None,
            page: self.page.clone(),
        };
        let (page, per_page) = match paging.check() {
            Ok(checked) => (checked.page, checked.limit),
            Err(error) => {
                errors.extend(error.fields().iter().cloned().map(|mut field| {
                    if field.field == "limit" {
                        field.field = "per_page".into();
                    }
                    field
                }));
                (1, 1)
            }
        };
        let filter = Filter {
            municipality,
            category: chosen(&self.category),
            language,
            text: chosen(&self.q),
            ..Filter::default()
        };
        (filter, page, per_page, errors)
    }
}

/// A page of the services `query` finds, in HSDS.
pub async fn services(
    state: &AppState,
    query: &ServiceQuery,
    language: &str,
) -> Result<HsdsPage, AppError> {
    let (filter, page, per_page, errors) = query.check();
    if !errors.is_empty() {
        return Err(AppError::invalid(errors));
    }
    let language = language.to_owned();
    let i18n = state.i18n.clone();
    state
        .db
        .run(move |conn| {
            let (ids, total) =
                search::find(conn, &filter, (page - 1).saturating_mul(per_page), per_page)?;
            let contents: Vec<HsdsService> = entry::load(conn, &ids)?
                .iter()
                .map(|e| service(e, &i18n, &language))
                .collect();
            let total_pages = pages(total, per_page);
            Ok(HsdsPage {
                total_items: total,
                total_pages,
                page_number: page,
                size: i64::try_from(contents.len()).unwrap_or(i64::MAX),
                first_page: page == 1,
                last_page: page >= total_pages,
                empty: contents.is_empty(),
                contents,
            })
        })
        .await
}

/// One service in HSDS, whatever its status; not found if there is none.
pub async fn one(state: &AppState, id: &str, language: &str) -> Result<HsdsService, AppError> {
    let ids = vec![id.to_owned()];
    let language = language.to_owned();
    let i18n = state.i18n.clone();
    state
        .db
        .run(move |conn| {
            let entry = entry::load(conn, &ids)?
                .into_iter()
                .next()
                .ok_or_else(AppError::not_found)?;
            Ok(service(&entry, &i18n, &language))
        })
        .await
}

/// A category of the directory's list.
#[derive(Debug, Serialize, ToSchema)]
pub struct CategoryView {
    /// What `category=` takes, e.g. `child-welfare`.
    pub id: String,
    /// Its name in the reader's language.
    pub name: String,
}

/// The categories in use (not archived), in the staff's order.
pub async fn categories(state: &AppState, language: &str) -> Result<Vec<CategoryView>, AppError> {
    let language = language.to_owned();
    let i18n = state.i18n.clone();
    state
        .db
        .run(move |conn| {
            let rows: Vec<Category> = directory_categories::table
                .filter(directory_categories::archived_at.is_null())
                .order(directory_categories::position)
                .select((
                    directory_categories::id,
                    directory_categories::category_key,
                    directory_categories::label,
                ))
                .load(conn)?;
            Ok(rows
                .iter()
                .map(|c| CategoryView {
                    id: c.id.clone(),
                    name: category_name(&i18n, &language, c),
                })
                .collect())
        })
        .await
}
