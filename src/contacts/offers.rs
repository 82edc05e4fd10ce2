//! After a visit, the guest may offer an individual contact to a family that was present. The
//! family sees the offer on its home page and accepts or declines it; accepting sends the
//! family's own request for help reaching the guest's service, which staff take on with the
//! family's consent through the referrals flow. Nothing is shared before that.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::schema::{contact_guests, contact_offers, group_contacts};
use crate::access_log::Screen;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::directory::help::{self, NewHelpRequest};
use crate::error::{AppError, ErrorKind, FieldError};
use crate::groups::service as groups;
use crate::state::AppState;

/// Someone present at a visited session, to whom the guest may offer a contact.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PresentPerson {
    pub user_id: String,
    pub display_name: String,
    /// Whether an offer was made to their family already.
    pub offered: bool,
}

/// An offer as the family sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OfferView {
    pub id: String,
    pub guest: String,
    /// The guest's role for the group (see `NewContact.role`).
    pub role: String,
    pub service: String,
    pub organisation: String,
    pub group_name: String,
}

/// The visit of `me` that is over: (session id, group id).
fn my_past_visit(
    conn: &mut AnyConnection,
    me: &SignedIn,
    guest_id: &str,
) -> Result<(String, String), AppError> {
    let (session_id, group_id, entered): (String, String, Option<NaiveDateTime>) =
        contact_guests::table
            .find(guest_id)
            .filter(contact_guests::partner_id.eq(&me.user_id))
            .select((
                contact_guests::session_id,
                contact_guests::group_id,
                contact_guests::entered_at,
            ))
            .first(conn)
            .optional()?
            .ok_or_else(AppError::not_found)?;
    let over = groups::sessions_by_id(conn, std::slice::from_ref(&session_id))?
        .first()
        .is_some_and(|s| s.ends_at <= now());
    if !over || entered.is_none() {
        return Err(
            AppError::new(ErrorKind::Conflict).with_message("contacts-offer-not-yet", vec![])
        );
    }
    Ok((session_id, group_id))
}

/// The members present at the visited session (display names only), for the guest after
/// it; each family shown gets a row in its access log.
pub async fn present(
    state: &AppState,
    me: &SignedIn,
    guest_id: &str,
) -> Result<Vec<PresentPerson>, AppError> {
    let (me, id) = (me.clone(), guest_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (session_id, group_id) = my_past_visit(conn, &me, &id)?;
                let present = groups::present_at(conn, &session_id)?;
                let seated = groups::seated(conn, &group_id)?;
                let people: Vec<(String, String)> = seated
                    .into_iter()
                    .filter(|(u, _)| present.contains(u))
                    .collect();
                let ids: Vec<String> = people.iter().map(|(u, _)| u.clone()).collect();
                let families = accounts::families_of(conn, &ids)?;
                let offered: Vec<String> = contact_offers::table
                    .filter(contact_offers::guest_id.eq(&id))
                    .select(contact_offers::family_id)
                    .load(conn)?;
                let screen = Screen {
                    reader_id: &me.user_id,
                    reader_role: "municipal_partner",
                    own_family: me.family_id.as_deref(),
                    item_kind: "session_attendance",
                    purpose: "guest_offer",
                };
                let shown = families.values().map(|f| (f.as_str(), session_id.as_str()));
                screen.record(conn, shown, now())?;
                Ok(people
                    .into_iter()
                    .filter(|(u, _)| families.contains_key(u))
                    .map(|(user_id, display_name)| PresentPerson {
                        offered: families.get(&user_id).is_some_and(|f| offered.contains(f)),
                        user_id,
                        display_name,
                    })
                    .collect())
            })
        })
        .await
}

/// The guest offers an individual contact to the family of someone present; the offer's id.
pub async fn offer(
    state: &AppState,
    me: &SignedIn,
    guest_id: &str,
    user_id: &str,
) -> Result<String, AppError> {
    let (me, id, user) = (me.clone(), guest_id.to_owned(), user_id.trim().to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (session_id, _) = my_past_visit(conn, &me, &id)?;
                let present = groups::present_at(conn, &session_id)?;
                let family = accounts::families_of(conn, std::slice::from_ref(&user))?
                    .remove(&user)
                    .filter(|_| present.contains(&user))
                    .ok_or_else(|| {
                        AppError::invalid(vec![FieldError::new(
                            "user_id",
                            "contacts-offer-not-present",
                            vec![],
                        )])
                    })?;
                let found: Option<String> = contact_offers::table
                    .filter(contact_offers::guest_id.eq(&id))
                    .filter(contact_offers::family_id.eq(&family))
                    .select(contact_offers::id)
                    .first(conn)
                    .optional()?;
                if let Some(offer) = found {
                    return Ok(offer);
                }
                let offer = uuid::Uuid::new_v4().to_string();
                diesel::insert_into(contact_offers::table)
                    .values((
                        contact_offers::id.eq(&offer),
                        contact_offers::guest_id.eq(&id),
                        contact_offers::user_id.eq(&user),
                        contact_offers::family_id.eq(&family),
                        contact_offers::offered_at.eq(now()),
                    ))
                    .execute(conn)?;
                Ok(offer)
            })
        })
        .await
}

/// The offers waiting for the family's answer.
pub async fn open(state: &AppState, me: &SignedIn) -> Result<Vec<OfferView>, AppError> {
    let Some(family) = me.family_id.clone() else {
        return Ok(Vec::new());
    };
    let lang = me.language.code;
    state
        .db
        .run(move |conn| {
            let rows: Vec<(String, String, String)> = contact_offers::table
                .inner_join(contact_guests::table)
                .filter(contact_offers::family_id.eq(&family))
                .filter(contact_offers::decided_at.is_null())
                .order(contact_offers::offered_at)
                .select((
                    contact_offers::id,
                    contact_guests::group_id,
                    contact_guests::partner_id,
                ))
                .load(conn)?;
            let mut out = Vec::new();
            for (id, group_id, partner) in rows {
                let contacts = super::links::contacts_of(conn, &group_id, lang)?;
                let contact = contacts.into_iter().find(|c| c.partner_id == partner);
                let name = accounts::display_names(conn, std::slice::from_ref(&partner))?;
                out.push(OfferView {
                    id,
                    guest: name.get(&partner).cloned().unwrap_or_default(),
                    role: contact.as_ref().map(|c| c.role.clone()).unwrap_or_default(),
                    service: contact
                        .as_ref()
                        .map(|c| c.service.clone())
                        .unwrap_or_default(),
                    organisation: contact.map(|c| c.organisation).unwrap_or_default(),
                    group_name: groups::name_of(conn, &group_id, lang)?,
                });
            }
            Ok(out)
        })
        .await
}

/// The family accepts or declines an offer. Accepting sends the family's request for help
/// reaching the guest's service: the id of that request.
pub async fn decide(
    state: &AppState,
    me: &SignedIn,
    offer_id: &str,
    accept: bool,
) -> Result<Option<String>, AppError> {
    let family = me.family_id.clone().ok_or_else(AppError::not_found)?;
    let id = offer_id.to_owned();
    let lookup = id.clone();
    let service: Option<String> = state
        .db
        .run(move |conn| {
            let (group_id, partner, decided): (String, String, Option<NaiveDateTime>) =
                contact_offers::table
                    .inner_join(contact_guests::table)
                    .filter(contact_offers::id.eq(&lookup))
                    .filter(contact_offers::family_id.eq(&family))
                    .select((
                        contact_guests::group_id,
                        contact_guests::partner_id,
                        contact_offers::decided_at,
                    ))
                    .first(conn)
                    .optional()?
                    .ok_or_else(AppError::not_found)?;
            if decided.is_some() {
                return Err(AppError::new(ErrorKind::Conflict)
                    .with_message("contacts-offer-decided", vec![]));
            }
            Ok(group_contacts::table
                .filter(group_contacts::group_id.eq(&group_id))
                .filter(group_contacts::partner_id.eq(&partner))
                .select(group_contacts::service_id)
                .first::<Option<String>>(conn)
                .optional()?
                .flatten())
        })
        .await?;
    let request = if accept {
        let input = NewHelpRequest {
            service_id: service,
            message: String::new(),
        };
        Some(help::ask(state, me, input).await?)
    } else {
        None
    };
    let stored = request.clone();
    state
        .db
        .run(move |conn| {
            diesel::update(contact_offers::table.find(&id))
                .filter(contact_offers::decided_at.is_null())
                .set((
                    contact_offers::decided_at.eq(Some(now())),
                    contact_offers::accepted.eq(Some(accept)),
                    contact_offers::help_request_id.eq(stored),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await?;
    Ok(request)
}
