//! Organisations: who provides services. Staff add and edit them by hand; the list is paged
//! and searched by name.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::check::Check;
use super::form::{MAX_LONG, MAX_NAME};
use super::save::{STAFF_SOURCE, new_id};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::like::{self, lower};
use crate::directory::entry::Organisation;
use crate::directory::schema::{directory_organisations as orgs, directory_services};
use crate::error::AppError;
use crate::paging::{Cursor, Page, PageRequest, too_long};
use crate::state::AppState;

pub const STATUSES: [&str; 2] = ["active", "inactive"];

#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct OrganisationForm {
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: String,
    pub description: String,
    pub email: String,
    pub website: String,
    /// Where referrals go when none of its workers has a partner account.
    pub referral_email: String,
    pub status: String,
}

impl OrganisationForm {
    pub fn of(o: &Organisation) -> Self {
        Self {
            name_fi: o.name_fi.clone(),
            name_sv: o.name_sv.clone(),
            name_en: o.name_en.clone(),
            description: o.description.clone(),
            email: o.email.clone(),
            website: o.website.clone(),
            referral_email: o.referral_email.clone(),
            status: o.status.clone(),
        }
    }

    fn checked(&self) -> Result<Self, AppError> {
        let mut check = Check::new();
        let status = self.status.trim().to_owned();
        if !STATUSES.contains(&status.as_str()) {
            check.fail("status", "field-choice-unknown");
        }
        let form = Self {
            name_fi: check.required("name_fi", &self.name_fi, MAX_NAME),
            name_sv: check.text("name_sv", &self.name_sv, MAX_NAME),
            name_en: check.text("name_en", &self.name_en, MAX_NAME),
            description: check.text("description", &self.description, MAX_LONG),
            email: check.email("email", &self.email),
            website: check.url("website", &self.website),
            referral_email: check.email("referral_email", &self.referral_email),
            status,
        };
        check.done(form)
    }
}

/// An organisation in a list: its names and how many services it has.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganisationRow {
    pub id: String,
    pub name_fi: String,
    pub name_sv: String,
    pub status: String,
    pub source: String,
    pub services: i64,
}

pub async fn create(state: &AppState, form: OrganisationForm) -> Result<String, AppError> {
    let form = form.checked()?;
    let id = new_id();
    let org = id.clone();
    state
        .db
        .run(move |conn| {
            let now = now();
            diesel::insert_into(orgs::table)
                .values((
                    orgs::id.eq(&org),
                    orgs::source.eq(STAFF_SOURCE),
                    orgs::source_id.eq(&org),
                    orgs::name_fi.eq(&form.name_fi),
                    orgs::created_at.eq(now),
                    orgs::updated_at.eq(now),
                ))
                .execute(conn)?;
            write(conn, &org, &form, now)
        })
        .await?;
    Ok(id)
}

fn write(
    conn: &mut AnyConnection,
    id: &str,
    form: &OrganisationForm,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let found = diesel::update(orgs::table.find(id))
        .set((
            orgs::name_fi.eq(&form.name_fi),
            orgs::name_sv.eq(&form.name_sv),
            orgs::name_en.eq(&form.name_en),
            orgs::description.eq(&form.description),
            orgs::email.eq(&form.email),
            orgs::website.eq(&form.website),
            orgs::referral_email.eq(&form.referral_email),
            orgs::status.eq(&form.status),
            orgs::updated_at.eq(now),
        ))
        .execute(conn)?;
    if found == 0 {
        return Err(AppError::not_found());
    }
    Ok(())
}

pub async fn update(state: &AppState, id: &str, form: OrganisationForm) -> Result<(), AppError> {
    let form = form.checked()?;
    let id = id.to_owned();
    state
        .db
        .run(move |conn| write(conn, &id, &form, now()))
        .await
}

pub async fn one(state: &AppState, id: &str) -> Result<Organisation, AppError> {
    let id = id.to_owned();
    state
        .db
        .run(move |conn| {
            orgs::table
                .find(&id)
                .select(Organisation::as_select())
                .first(conn)
                .optional()?
                .ok_or_else(AppError::not_found)
        })
        .await
}

/// Every organisation by its Finnish name (for the service form's choice), `(id, name)`.
pub fn choices(conn: &mut AnyConnection) -> QueryResult<Vec<(String, String)>> {
    orgs::table
        .order(orgs::name_fi)
        .select((orgs::id, orgs::name_fi))
        .load(conn)
}

type Backend = <AnyConnection as diesel::Connection>::Backend;

fn matching(text: Option<&str>) -> orgs::BoxedQuery<'static, Backend> {
    let mut query = orgs::table.into_boxed();
    if let Some(pattern) = text.and_then(like::contains) {
        query = query.filter(
            lower(orgs::name_fi)
                .like(pattern.clone())
                .escape('\\')
                .or(lower(orgs::name_sv).like(pattern.clone()).escape('\\'))
                .or(lower(orgs::name_en).like(pattern).escape('\\')),
        );
    }
    query
}

/// A page of organisations whose names contain `q`, newest first.
pub async fn page(
    state: &AppState,
    q: Option<String>,
    paging: PageRequest,
) -> Result<Page<OrganisationRow>, AppError> {
    if let Some(error) = too_long("q", &q, 200) {
        return Err(AppError::invalid(vec![error]));
    }
    let paging = paging.check()?;
    let q = q.map(|q| q.trim().to_owned()).filter(|q| !q.is_empty());
    state
        .db
        .run(move |conn| {
            let total = matching(q.as_deref()).count().get_result(conn)?;
            let (position, page) = paging.position(total);
            let rows: Vec<(Organisation, NaiveDateTime)> = crate::keyset_page!(
                matching(q.as_deref()),
                orgs::created_at,
                orgs::id,
                &position,
                paging.limit + 1
            )
            .select((Organisation::as_select(), orgs::created_at))
            .load(conn)?;
            paging.page_of(
                rows,
                total,
                page,
                |(o, at)| Cursor::new(*at, o.id.clone()),
                |rows| rows_with_counts(conn, rows.into_iter().map(|(o, _)| o).collect()),
            )
        })
        .await
}

fn rows_with_counts(
    conn: &mut AnyConnection,
    rows: Vec<Organisation>,
) -> Result<Vec<OrganisationRow>, AppError> {
    let ids: Vec<String> = rows.iter().map(|o| o.id.clone()).collect();
    let counts: Vec<(String, i64)> = directory_services::table
        .filter(directory_services::organisation_id.eq_any(&ids))
        .group_by(directory_services::organisation_id)
        .select((
            directory_services::organisation_id,
            diesel::dsl::count_star(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|o| OrganisationRow {
            services: counts
                .iter()
                .find(|(id, _)| *id == o.id)
                .map_or(0, |(_, n)| *n),
            id: o.id,
            name_fi: o.name_fi,
            name_sv: o.name_sv,
            status: o.status,
            source: o.source,
        })
        .collect())
}
