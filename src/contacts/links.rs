//! Linking a group to municipal partners as its named contacts, and what readers see of them:
//! name, role, service and organisation (as the directory names them in the reader's
//! language), languages and how to reach them.

use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::access::{Standing, standing};
use super::domain::NewContact;
use super::schema::group_contacts;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::directory::service as directory;
use crate::error::{AppError, FieldError};
use crate::groups::service::{self as groups, Gate};
use crate::state::AppState;

/// A group's contact as its readers see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContactView {
    /// The link's id.
    pub id: String,
    pub partner_id: String,
    pub name: String,
    /// The role's key (see `NewContact.role`).
    pub role: String,
    pub service: String,
    pub organisation: String,
    /// The languages' names, each in its own language.
    pub languages: Vec<String>,
    pub reach: String,
}

/// A group's contacts, and what the reader may do with them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GroupContacts {
    pub group_id: String,
    pub group_name: String,
    pub contacts: Vec<ContactView>,
    /// Staff who manage groups: may link and unlink.
    pub manages: bool,
    /// A facilitator of the group: may ask the contacts for advice.
    pub facilitates: bool,
}

type Row = (String, String, String, Option<String>, String, String);

/// The contacts of a group in `lang`, in the order they were linked.
pub fn contacts_of(
    conn: &mut AnyConnection,
    group_id: &str,
    lang: &str,
) -> Result<Vec<ContactView>, AppError> {
    let rows: Vec<Row> = group_contacts::table
        .filter(group_contacts::group_id.eq(group_id))
        .order((group_contacts::added_at, group_contacts::id))
        .select((
            group_contacts::id,
            group_contacts::partner_id,
            group_contacts::role,
            group_contacts::service_id,
            group_contacts::languages,
            group_contacts::reach,
        ))
        .load(conn)?;
    let partners: Vec<String> = rows.iter().map(|r| r.1.clone()).collect();
    let names = accounts::display_names(conn, &partners)?;
    let services: Vec<String> = rows.iter().filter_map(|r| r.3.clone()).collect();
    let services = directory::names(conn, &services, lang)?;
    Ok(rows
        .into_iter()
        .map(|(id, partner_id, role, service_id, languages, reach)| {
            let service = service_id.and_then(|s| services.get(&s).cloned());
            ContactView {
                id,
                name: names.get(&partner_id).cloned().unwrap_or_default(),
                partner_id,
                role,
                service: service
                    .as_ref()
                    .map(|s| s.service.clone())
                    .unwrap_or_default(),
                organisation: service.map(|s| s.organisation).unwrap_or_default(),
                languages: languages
                    .split(',')
                    .filter_map(crate::accounts::domain::family_language_name)
                    .map(str::to_owned)
                    .collect(),
                reach,
            }
        })
        .collect())
}

/// The group's contacts for `me` (staff, its facilitators and members, a linked partner).
pub async fn list(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
) -> Result<GroupContacts, AppError> {
    let (me, group_id, gate) = (me.clone(), group_id.to_owned(), Gate::of(state));
    state
        .db
        .run(move |conn| {
            let lang = me.language.code;
            let standing = standing(conn, &gate, &me, &group_id)?;
            Ok(GroupContacts {
                group_name: groups::name_of(conn, &group_id, lang)?,
                contacts: contacts_of(conn, &group_id, lang)?,
                manages: standing.manages(),
                facilitates: standing == Standing::Facilitator,
                group_id,
            })
        })
        .await
}

/// A service a partner may be linked with.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ServiceChoice {
    pub service_id: String,
    /// "service — organisation" in the reader's language.
    pub label: String,
}

/// A partner account that may be linked, with the services of its organisations.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartnerChoice {
    pub user_id: String,
    pub display_name: String,
    pub services: Vec<ServiceChoice>,
}

/// The partner accounts linked to an organisation in the directory, for the linking form.
pub async fn choices(state: &AppState, lang: &'static str) -> Result<Vec<PartnerChoice>, AppError> {
    state
        .db
        .run(move |conn| {
            let mut out = Vec::new();
            for person in accounts::people_with_role(conn, Role::MunicipalPartner)? {
                let ids = directory::services_of_partner(conn, &person.id)?;
                if ids.is_empty() {
                    continue;
                }
                let names = directory::names(conn, &ids, lang)?;
                let services = ids
                    .iter()
                    .filter_map(|id| {
                        let n = names.get(id)?;
                        Some(ServiceChoice {
                            service_id: id.clone(),
                            label: format!("{} — {}", n.service, n.organisation),
                        })
                    })
                    .collect();
                out.push(PartnerChoice {
                    user_id: person.id,
                    display_name: person.display_name,
                    services,
                });
            }
            Ok(out)
        })
        .await
}

/// The partner's service for the link: the one asked for if it is theirs, else the first.
fn service_for(conn: &mut AnyConnection, input: &NewContact) -> Result<Option<String>, AppError> {
    let unknown = || {
        AppError::invalid(vec![FieldError::new(
            "partner_id",
            "contacts-partner-unknown",
            vec![],
        )])
    };
    if !accounts::has_role(conn, &input.partner_id, Role::MunicipalPartner)? {
        return Err(unknown());
    }
    let services = directory::services_of_partner(conn, &input.partner_id)?;
    if services.is_empty() {
        return Err(unknown());
    }
    match &input.service_id {
        Some(id) if services.contains(id) => Ok(Some(id.clone())),
        Some(_) => Err(AppError::invalid(vec![FieldError::new(
            "service_id",
            "contacts-service-not-partners",
            vec![],
        )])),
        None => Ok(services.into_iter().min()),
    }
}

/// Links a partner to the group (staff who manage groups); the link's id. Linking one already
/// linked changes its role, service, languages and note.
pub async fn link(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
    input: NewContact,
) -> Result<String, AppError> {
    let input = input.check()?;
    let (me, group_id, gate) = (me.clone(), group_id.to_owned(), Gate::of(state));
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if !standing(conn, &gate, &me, &group_id)?.manages() {
                    return Err(AppError::not_found());
                }
                let service = service_for(conn, &input)?;
                let existing = super::access::link_of(conn, &group_id, &input.partner_id)?;
                let values = (
                    group_contacts::role.eq(&input.role),
                    group_contacts::service_id.eq(&service),
                    group_contacts::languages.eq(input.languages.join(",")),
                    group_contacts::reach.eq(&input.reach),
                );
                if let Some(id) = existing {
                    diesel::update(group_contacts::table.find(&id))
                        .set(values)
                        .execute(conn)?;
                    return Ok(id);
                }
                let id = uuid::Uuid::new_v4().to_string();
                diesel::insert_into(group_contacts::table)
                    .values((
                        group_contacts::id.eq(&id),
                        group_contacts::group_id.eq(&group_id),
                        group_contacts::partner_id.eq(&input.partner_id),
                        group_contacts::added_by.eq(&me.user_id),
                        group_contacts::added_at.eq(now()),
                        values,
                    ))
                    .execute(conn)?;
                Ok(id)
            })
        })
        .await
}

/// Unlinks a contact from the group (staff who manage groups); their visits still to come are
/// cancelled with it.
pub async fn unlink(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
    contact_id: &str,
) -> Result<(), AppError> {
    let (me, group_id, id) = (me.clone(), group_id.to_owned(), contact_id.to_owned());
    let gate = Gate::of(state);
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if !standing(conn, &gate, &me, &group_id)?.manages() {
                    return Err(AppError::not_found());
                }
                let partner: String = group_contacts::table
                    .find(&id)
                    .filter(group_contacts::group_id.eq(&group_id))
                    .select(group_contacts::partner_id)
                    .first(conn)
                    .optional()?
                    .ok_or_else(AppError::not_found)?;
                diesel::delete(group_contacts::table.find(&id)).execute(conn)?;
                super::guests::cancel_upcoming(conn, &group_id, &partner, now())?;
                Ok(())
            })
        })
        .await
}
