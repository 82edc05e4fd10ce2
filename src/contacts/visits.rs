//! Reading visits: a group's (for those who stand to the group) and a partner's own.

use super::access::standing;
use super::guests::{self, GuestView};
use crate::auth::SignedIn;
use crate::error::AppError;
use crate::groups::service::Gate;
use crate::state::AppState;

/// The visits to a group's sessions, for those who stand to the group.
pub async fn of_group(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
) -> Result<Vec<GuestView>, AppError> {
    let (me, group_id, gate) = (me.clone(), group_id.to_owned(), Gate::of(state));
    state
        .db
        .run(move |conn| {
            standing(conn, &gate, &me, &group_id)?;
            guests::of_group(conn, &group_id)
        })
        .await
}

/// The signer's own visits as a guest.
pub async fn mine(state: &AppState, me: &SignedIn) -> Result<Vec<GuestView>, AppError> {
    let me = me.user_id.clone();
    state
        .db
        .run(move |conn| guests::of_partner(conn, &me))
        .await
}
