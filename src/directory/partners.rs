//! Municipal partner accounts linked to the organisation they work for: referrals to its
//! services reach them. Staff link an account by its email address and unlink it again.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::schema::{directory_organisations, directory_partner_members as members};
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartnerView {
    pub user_id: String,
    pub display_name: String,
    pub added_at: DateTime<Utc>,
}

fn organisation_exists(conn: &mut AnyConnection, id: &str) -> Result<(), AppError> {
    directory_organisations::table
        .find(id)
        .select(directory_organisations::id)
        .first::<String>(conn)
        .optional()?
        .map(|_| ())
        .ok_or_else(AppError::not_found)
}

/// The partner accounts of an organisation, by name.
pub async fn of_organisation(state: &AppState, id: &str) -> Result<Vec<PartnerView>, AppError> {
    let id = id.to_owned();
    state
        .db
        .run(move |conn| {
            let rows: Vec<(String, NaiveDateTime)> = members::table
                .filter(members::organisation_id.eq(&id))
                .select((members::user_id, members::added_at))
                .load(conn)?;
            let ids: Vec<String> = rows.iter().map(|(u, _)| u.clone()).collect();
            let names = accounts::display_names(conn, &ids)?;
            let mut views: Vec<PartnerView> = rows
                .into_iter()
                .map(|(user_id, added_at)| PartnerView {
                    display_name: names.get(&user_id).cloned().unwrap_or_default(),
                    user_id,
                    added_at: added_at.and_utc(),
                })
                .collect();
            views.sort_by(|a, b| a.display_name.cmp(&b.display_name));
            Ok(views)
        })
        .await
}

/// Links the municipal partner account with this address to the organisation (again linking
/// one already linked changes nothing).
pub async fn link(
    state: &AppState,
    me: &SignedIn,
    organisation_id: &str,
    email: &str,
) -> Result<(), AppError> {
    let (id, email, actor) = (
        organisation_id.to_owned(),
        email.trim().to_lowercase(),
        me.user_id.clone(),
    );
    state
        .db
        .run(move |conn| {
            organisation_exists(conn, &id)?;
            let partner = match accounts::user_id_by_email(conn, &email)? {
                Some(user) if accounts::has_role(conn, &user, Role::MunicipalPartner)? => user,
                _ => {
                    return Err(AppError::invalid(vec![FieldError::new(
                        "partner_email",
                        "directory-partner-unknown",
                        vec![],
                    )]));
                }
            };
            let linked = members::table
                .find((&partner, &id))
                .select(members::user_id)
                .first::<String>(conn)
                .optional()?;
            if linked.is_none() {
                diesel::insert_into(members::table)
                    .values((
                        members::user_id.eq(&partner),
                        members::organisation_id.eq(&id),
                        members::added_by.eq(&actor),
                        members::added_at.eq(now()),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
}

/// Unlinks a partner account from the organisation; not found when it was not linked.
pub async fn unlink(
    state: &AppState,
    organisation_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let (id, user) = (organisation_id.to_owned(), user_id.to_owned());
    state
        .db
        .run(move |conn| {
            let found = diesel::delete(members::table.find((&user, &id))).execute(conn)?;
            if found == 0 {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}
