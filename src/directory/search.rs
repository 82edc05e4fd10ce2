//! Finding services: by the municipality a family lives in (a service serves it directly,
//! through its wellbeing services county or the whole country), by category, by a language it
//! is delivered in and by words in its texts. Used by the families' pages and the HSDS API.

use diesel::prelude::*;

use super::schema::{
    directory_service_areas, directory_service_categories, directory_service_languages,
    directory_service_texts, directory_services,
};
use crate::db::AnyConnection;
use crate::db::like::{self, lower};

/// What to look for; every part is optional.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub municipality: Option<String>,
    pub category: Option<String>,
    pub language: Option<String>,
    /// Words to find in a service's name, summary or description, in any language.
    pub text: Option<String>,
    /// Inactive and temporarily closed services too (staff lists).
    pub include_inactive: bool,
    /// Only services with this status (staff lists).
    pub status: Option<String>,
}

type Backend = <AnyConnection as diesel::Connection>::Backend;
type Boxed<'a> = directory_services::BoxedQuery<'a, Backend>;

fn filtered(filter: &Filter) -> Boxed<'_> {
    let mut query = directory_services::table.into_boxed();
    if !filter.include_inactive {
        query = query.filter(directory_services::status.ne("inactive"));
    }
    if let Some(status) = &filter.status {
        query = query.filter(directory_services::status.eq(status.as_str()));
    }
    if let Some(code) = &filter.municipality {
        let county = crate::regions::municipality(code)
            .map(|m| m.county_code)
            .unwrap_or_default();
        let serving = directory_service_areas::table
            .filter(
                (directory_service_areas::kind
                    .eq("municipality")
                    .and(directory_service_areas::code.eq(code.as_str())))
                .or(directory_service_areas::kind
                    .eq("county")
                    .and(directory_service_areas::code.eq(county)))
                .or(directory_service_areas::kind.eq("country")),
            )
            .select(directory_service_areas::service_id);
        query = query.filter(directory_services::id.eq_any(serving));
    }
    if let Some(category) = &filter.category {
        let of_category = directory_service_categories::table
            .filter(directory_service_categories::category_id.eq(category.as_str()))
            .select(directory_service_categories::service_id);
        query = query.filter(directory_services::id.eq_any(of_category));
    }
    if let Some(language) = &filter.language {
        let in_language = directory_service_languages::table
            .filter(directory_service_languages::language.eq(language.as_str()))
            .select(directory_service_languages::service_id);
        query = query.filter(directory_services::id.eq_any(in_language));
    }
    if let Some(pattern) = filter.text.as_deref().and_then(like::contains) {
        let matching = directory_service_texts::table
            .filter(
                lower(directory_service_texts::name)
                    .like(pattern.clone())
                    .escape('\\')
                    .or(lower(directory_service_texts::summary)
                        .like(pattern.clone())
                        .escape('\\'))
                    .or(lower(directory_service_texts::description)
                        .like(pattern)
                        .escape('\\')),
            )
            .select(directory_service_texts::service_id);
        query = query.filter(directory_services::id.eq_any(matching));
    }
    query
}

/// The ids of the services `filter` finds, a page of them in a stable order (active before
/// temporarily closed, then by id), and how many there are in all.
pub fn find(
    conn: &mut AnyConnection,
    filter: &Filter,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<String>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let ids = filtered(filter)
        .order((
            directory_services::status.asc(),
            directory_services::id.asc(),
        ))
        .offset(offset)
        .limit(limit)
        .select(directory_services::id)
        .load(conn)?;
    Ok((ids, total))
}
