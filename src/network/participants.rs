//! Inviting people to a network and taking them off it: municipal partners, facilitators,
//! staff, and family representatives staff invite by name. Each becomes a member of the
//! network's circle (so its meetings' rooms let them in) and is told by mail, in their
//! language.

use diesel::prelude::*;
use minijinja::context;
use serde::Deserialize;
use utoipa::ToSchema;

use super::access;
use super::domain::{self, Kind, MAX_WORKS_AS};
use super::networks::participant_ids;
use super::schema::network_participants as participants;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::groups::circles as group_circles;
use crate::state::AppState;

/// Someone to invite, by their account's address.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
pub struct NetworkParticipantInput {
    #[serde(default)]
    pub email: String,
    /// `partner`, `facilitator`, `staff` or `family` (a family representative).
    #[serde(default)]
    pub kind: String,
    /// What they do, shown to the other participants (not for family representatives).
    #[schema(max_length = 200)]
    #[serde(default)]
    pub works_as: String,
}

struct Checked {
    email: String,
    kind: Kind,
    works_as: String,
}

fn check(input: &NetworkParticipantInput) -> Result<Checked, AppError> {
    let mut errors = Vec::new();
    let email = input.email.trim().to_lowercase();
    if email.is_empty() {
        errors.push(FieldError::new("email", "field-required", vec![]));
    }
    let kind = Kind::parse(&input.kind);
    if kind.is_none() {
        errors.push(FieldError::new("kind", "field-choice-unknown", vec![]));
    }
    let works_as = domain::text("works_as", &input.works_as, MAX_WORKS_AS, true)
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    match kind {
        Some(kind) if errors.is_empty() => Ok(Checked {
            email,
            kind,
            works_as: if kind == Kind::Family {
                String::new()
            } else {
                works_as
            },
        }),
        _ => Err(AppError::invalid(errors)),
    }
}

/// The account with this address, when it may take part as `kind`.
fn account(conn: &mut AnyConnection, checked: &Checked) -> Result<String, AppError> {
    if let Some(user) = accounts::user_id_by_email(conn, &checked.email)? {
        for role in checked.kind.roles() {
            if accounts::has_role(conn, &user, *role)? {
                return Ok(user);
            }
        }
    }
    Err(AppError::invalid(vec![FieldError::new(
        "email",
        "network-participant-unknown",
        vec![],
    )]))
}

fn sync_circle(conn: &mut AnyConnection, network_id: &str) -> Result<(), AppError> {
    let ids = participant_ids(conn, network_id)?;
    group_circles::set_members(conn, network_id, &ids, now())
}

/// Staff invite someone; inviting a participant again updates what they take part as.
pub async fn invite(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    input: NetworkParticipantInput,
) -> Result<(), AppError> {
    let checked = check(&input)?;
    let (me, id, state_in) = (me.clone(), network_id.to_owned(), state.clone());
    state
        .db
        .run(move |conn| {
            let network = access::managed(conn, &me, &id)?;
            let user = account(conn, &checked)?;
            crate::db::transaction(conn, |conn| {
                let already = access::is_participant(conn, &id, &user)?;
                if already {
                    diesel::update(participants::table.find((&id, &user)))
                        .set((
                            participants::kind.eq(checked.kind.as_str()),
                            participants::works_as.eq(&checked.works_as),
                        ))
                        .execute(conn)?;
                    return Ok(());
                }
                diesel::insert_into(participants::table)
                    .values((
                        participants::network_id.eq(&id),
                        participants::user_id.eq(&user),
                        participants::kind.eq(checked.kind.as_str()),
                        participants::works_as.eq(&checked.works_as),
                        participants::invited_by.eq(&me.user_id),
                        participants::invited_at.eq(now()),
                    ))
                    .execute(conn)?;
                sync_circle(conn, &id)?;
                tell(&state_in, conn, &user, &network.name, &id)
            })
        })
        .await
}

/// The invitation mail, in the participant's language.
fn tell(
    state: &AppState,
    conn: &mut AnyConnection,
    user: &str,
    network_name: &str,
    network_id: &str,
) -> Result<(), AppError> {
    let Some(to) = accounts::contact_of(conn, user)? else {
        return Ok(());
    };
    let lang = crate::i18n::language(&to.language).map_or("fi", |l| l.code);
    crate::mail::queue_action(
        state,
        conn,
        "network-invited",
        lang,
        &to.email,
        &format!("/networks/{network_id}"),
        context! { name => network_name },
    )
}

/// Staff take someone off the network (their actions keep their owner).
pub async fn remove(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let (me, id, user) = (me.clone(), network_id.to_owned(), user_id.to_owned());
    state
        .db
        .run(move |conn| {
            access::managed(conn, &me, &id)?;
            crate::db::transaction(conn, |conn| {
                let gone = diesel::delete(participants::table.find((&id, &user))).execute(conn)?;
                if gone == 0 {
                    return Err(AppError::not_found());
                }
                sync_circle(conn, &id)
            })
        })
        .await
}
