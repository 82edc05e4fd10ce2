//! Writing a service's parts the same way whoever writes them (staff's form or an import):
//! its texts in some languages, its languages, areas and categories, each list replaced whole.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{
    directory_service_areas as areas, directory_service_categories as categories,
    directory_service_languages as languages, directory_service_texts as texts,
};
use crate::db::AnyConnection;

/// One language's texts of a service.
#[derive(Debug, Clone, Copy)]
pub struct TextParts<'a> {
    pub language: &'a str,
    pub name: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub eligibility: &'a str,
    pub how_to_apply: &'a str,
}

/// Replaces the service's texts in `replaced` languages by `given` (texts in other languages
/// stay: the families' summaries, or a language another import speaks for).
pub fn replace_texts(
    conn: &mut AnyConnection,
    id: &str,
    replaced: &[&str],
    given: &[TextParts],
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(
        texts::table
            .filter(texts::service_id.eq(id))
            .filter(texts::language.eq_any(replaced)),
    )
    .execute(conn)?;
    for text in given {
        diesel::insert_into(texts::table)
            .values((
                texts::service_id.eq(id),
                texts::language.eq(text.language),
                texts::name.eq(text.name),
                texts::summary.eq(text.summary),
                texts::description.eq(text.description),
                texts::eligibility.eq(text.eligibility),
                texts::how_to_apply.eq(text.how_to_apply),
                texts::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn unique<T: Ord + Clone>(list: &[T]) -> Vec<T> {
    let mut list = list.to_vec();
    list.sort();
    list.dedup();
    list
}

/// The languages the service is delivered in, each once.
pub fn replace_languages(conn: &mut AnyConnection, id: &str, given: &[String]) -> QueryResult<()> {
    diesel::delete(languages::table.filter(languages::service_id.eq(id))).execute(conn)?;
    for language in unique(given) {
        diesel::insert_into(languages::table)
            .values((
                languages::service_id.eq(id),
                languages::language.eq(language),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The areas (`kind`, `code`) the service serves, each once.
pub fn replace_areas(
    conn: &mut AnyConnection,
    id: &str,
    given: &[(String, String)],
) -> QueryResult<()> {
    diesel::delete(areas::table.filter(areas::service_id.eq(id))).execute(conn)?;
    for (kind, code) in unique(given) {
        diesel::insert_into(areas::table)
            .values((
                areas::service_id.eq(id),
                areas::kind.eq(kind),
                areas::code.eq(code),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The service's categories, each once.
pub fn replace_categories(conn: &mut AnyConnection, id: &str, given: &[String]) -> QueryResult<()> {
    diesel::delete(categories::table.filter(categories::service_id.eq(id))).execute(conn)?;
    for category in unique(given) {
        diesel::insert_into(categories::table)
            .values((
                categories::service_id.eq(id),
                categories::category_id.eq(category),
            ))
            .execute(conn)?;
    }
    Ok(())
}
