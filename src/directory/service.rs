//! What other features may ask of the directory. They never read its tables.

use std::collections::HashMap;

use diesel::prelude::*;

use super::schema::{
    directory_categories, directory_contacts, directory_organisations, directory_partner_members,
    directory_service_areas, directory_service_categories, directory_service_texts,
    directory_services,
};
use crate::db::AnyConnection;

/// The languages a service's own texts come in, in the order a missing one falls back.
pub const ENTRY_LANGUAGES: [&str; 3] = ["fi", "sv", "en"];

/// The order of languages to read a service's texts in for a reader of `language`: their
/// own, then Finnish, Swedish and English (Swedish first for a Swedish reader).
pub fn text_order(language: &str) -> Vec<&str> {
    let mut order = vec![language];
    for fallback in ENTRY_LANGUAGES {
        if !order.contains(&fallback) {
            order.push(fallback);
        }
    }
    order
}

/// A service's name and its organisation's, in a reader's language where it has one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ServiceName {
    pub service: String,
    pub organisation: String,
    /// The language `service` is in (it may not be the reader's).
    pub language: String,
}

/// Where a referral to a service goes: its organisation's partner accounts, or else the
/// referral address (the service's own, or its organisation's).
#[derive(Debug, Clone)]
pub struct Target {
    pub service_id: String,
    pub organisation_id: String,
    pub active: bool,
    pub referral_email: Option<String>,
    pub partners: Vec<String>,
    /// The categories' keys or ids, for figures.
    pub categories: Vec<String>,
    /// The wellbeing services counties or municipalities it serves (`kind:code`).
    pub areas: Vec<String>,
}

/// An organisation's name for a reader of `language` (Swedish to Swedish readers, English to
/// readers of the other languages, where it has one).
pub fn organisation_name(
    name_fi: String,
    name_sv: String,
    name_en: String,
    language: &str,
) -> String {
    match language {
        "sv" if !name_sv.is_empty() => name_sv,
        "fi" | "sv" => name_fi,
        _ if !name_en.is_empty() => name_en,
        _ => name_fi,
    }
}

/// The names of `service_ids` for a reader of `language`; unknown ids are left out.
pub fn names(
    conn: &mut AnyConnection,
    service_ids: &[String],
    language: &str,
) -> QueryResult<HashMap<String, ServiceName>> {
    let texts: Vec<(String, String, String)> = directory_service_texts::table
        .filter(directory_service_texts::service_id.eq_any(service_ids))
        .select((
            directory_service_texts::service_id,
            directory_service_texts::language,
            directory_service_texts::name,
        ))
        .load(conn)?;
    let organisations: Vec<(String, String, String, String)> = directory_services::table
        .inner_join(directory_organisations::table)
        .filter(directory_services::id.eq_any(service_ids))
        .select((
            directory_services::id,
            directory_organisations::name_fi,
            directory_organisations::name_sv,
            directory_organisations::name_en,
        ))
        .load(conn)?;
    let order = text_order(language);
    let mut found = HashMap::new();
    for (id, fi, sv, en) in organisations {
        let best = order.iter().find_map(|lang| {
            texts
                .iter()
                .find(|(s, l, n)| *s == id && l == lang && !n.is_empty())
                .map(|(_, l, n)| (n.clone(), l.clone()))
        });
        let (service, text_language) = best.unwrap_or_default();
        let organisation = organisation_name(fi, sv, en, language);
        found.insert(
            id,
            ServiceName {
                service,
                organisation,
                language: text_language,
            },
        );
    }
    Ok(found)
}

/// Where a referral to `service_id` goes, or `None` if there is no such service.
pub fn target(conn: &mut AnyConnection, service_id: &str) -> QueryResult<Option<Target>> {
    let found: Option<(String, String, String, String)> = directory_services::table
        .inner_join(directory_organisations::table)
        .filter(directory_services::id.eq(service_id))
        .select((
            directory_services::organisation_id,
            directory_services::status,
            directory_services::referral_email,
            directory_organisations::referral_email,
        ))
        .first(conn)
        .optional()?;
    let Some((organisation_id, status, own_email, organisation_email)) = found else {
        return Ok(None);
    };
    let partners = partners_of(conn, &organisation_id)?;
    let categories = directory_service_categories::table
        .inner_join(directory_categories::table)
        .filter(directory_service_categories::service_id.eq(service_id))
        .select(directory_categories::id)
        .load(conn)?;
    let areas = directory_service_areas::table
        .filter(directory_service_areas::service_id.eq(service_id))
        .select((directory_service_areas::kind, directory_service_areas::code))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(kind, code)| format!("{kind}:{code}"))
        .collect();
    let referral_email = [own_email, organisation_email]
        .into_iter()
        .find(|email| !email.is_empty());
    Ok(Some(Target {
        service_id: service_id.to_owned(),
        organisation_id,
        active: status == "active",
        referral_email,
        partners,
        categories,
        areas,
    }))
}

/// The partner accounts of an organisation.
pub fn partners_of(conn: &mut AnyConnection, organisation_id: &str) -> QueryResult<Vec<String>> {
    directory_partner_members::table
        .filter(directory_partner_members::organisation_id.eq(organisation_id))
        .select(directory_partner_members::user_id)
        .load(conn)
}

/// The services of the organisations a partner account works for: the referrals it may see.
pub fn services_of_partner(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<String>> {
    directory_services::table
        .inner_join(
            directory_partner_members::table
                .on(directory_partner_members::organisation_id
                    .eq(directory_services::organisation_id)),
        )
        .filter(directory_partner_members::user_id.eq(user_id))
        .select(directory_services::id)
        .load(conn)
}

/// The names of the organisations a partner account works for, in a reader's `language`.
pub fn organisations_of_partner(
    conn: &mut AnyConnection,
    user_id: &str,
    language: &str,
) -> QueryResult<Vec<String>> {
    let rows: Vec<(String, String, String)> = directory_organisations::table
        .inner_join(directory_partner_members::table)
        .filter(directory_partner_members::user_id.eq(user_id))
        .select((
            directory_organisations::name_fi,
            directory_organisations::name_sv,
            directory_organisations::name_en,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(fi, sv, en)| organisation_name(fi, sv, en, language))
        .collect())
}

/// A way to reach a service, as the directory lists it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Contact {
    pub service_id: String,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub note: String,
}

/// The contacts of the active services of `category_id` that serve `municipality_code`
/// (directly or through its wellbeing services county): e.g. the child welfare contact.
pub fn contacts_for(
    conn: &mut AnyConnection,
    category_id: &str,
    municipality_code: &str,
) -> QueryResult<Vec<Contact>> {
    let county = crate::regions::municipality(municipality_code)
        .map(|m| m.county_code)
        .unwrap_or_default();
    let services: Vec<String> = directory_services::table
        .inner_join(directory_service_categories::table)
        .inner_join(directory_service_areas::table)
        .filter(directory_service_categories::category_id.eq(category_id))
        .filter(directory_services::status.eq("active"))
        .filter(
            (directory_service_areas::kind
                .eq("municipality")
                .and(directory_service_areas::code.eq(municipality_code)))
            .or(directory_service_areas::kind
                .eq("county")
                .and(directory_service_areas::code.eq(county)))
            .or(directory_service_areas::kind.eq("country")),
        )
        .select(directory_services::id)
        .distinct()
        .load(conn)?;
    directory_contacts::table
        .filter(directory_contacts::service_id.eq_any(&services))
        .order((directory_contacts::service_id, directory_contacts::position))
        .select((
            directory_contacts::service_id,
            directory_contacts::name,
            directory_contacts::title,
            directory_contacts::email,
            directory_contacts::phone,
            directory_contacts::note,
        ))
        .load::<(String, String, String, String, String, String)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(service_id, name, title, email, phone, note)| Contact {
                    service_id,
                    name,
                    title,
                    email,
                    phone,
                    note,
                })
                .collect()
        })
}

/// The Fluent id of a seeded category's name (`child_health_clinic` →
/// `directory-category-child-health-clinic`).
pub fn category_message_id(key: &str) -> String {
    format!("directory-category-{}", key.replace('_', "-"))
}

/// A category as other features name it: a seeded key (translated) or staff's own label.
#[derive(Debug, Clone)]
pub struct CategoryName {
    pub id: String,
    pub key: Option<String>,
    pub label: Option<String>,
}

/// Every category, archived ones too, in the order staff keep them.
pub fn categories(conn: &mut AnyConnection) -> QueryResult<Vec<CategoryName>> {
    directory_categories::table
        .order(directory_categories::position)
        .select((
            directory_categories::id,
            directory_categories::category_key,
            directory_categories::label,
        ))
        .load::<(String, Option<String>, Option<String>)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(id, key, label)| CategoryName { id, key, label })
                .collect()
        })
}

/// The categories of each of these services.
pub fn categories_of(
    conn: &mut AnyConnection,
    service_ids: &[String],
) -> QueryResult<Vec<(String, String)>> {
    directory_service_categories::table
        .filter(directory_service_categories::service_id.eq_any(service_ids))
        .select((
            directory_service_categories::service_id,
            directory_service_categories::category_id,
        ))
        .load(conn)
}
