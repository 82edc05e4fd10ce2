//! Chat's cards on the home page: "need help now?" with the crisis contacts in the family's
//! language, and the reported messages waiting for the facilitator's or staff's review.

use std::sync::Arc;

use diesel::prelude::*;
use minijinja::context;

use super::help;
use super::reports::Reviewer;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::db::schema::chat_reports;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

async fn need_help(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.has_role(Role::Family) {
        return Ok(None);
    }
    let crisis_contacts = help::for_language(&state, me.language.code).await?;
    Ok(Some(Card::new(
        "chat/_home_help.html",
        context! { crisis_contacts },
    )))
}

/// How many reported messages wait for `me`; counting reads no message.
async fn reports_waiting(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    let Some(reviewer) = Reviewer::of(&me) else {
        return Ok(None);
    };
    let waiting: i64 = state
        .db
        .run(move |conn| {
            let open = chat_reports::table.filter(chat_reports::handled_at.is_null());
            Ok(match reviewer {
                Reviewer::Staff => open.count().get_result(conn)?,
                Reviewer::Facilitator => {
                    let led = groups::sessions_led_by(conn, &me.user_id)?;
                    open.filter(chat_reports::session_id.eq_any(led))
                        .count()
                        .get_result(conn)?
                }
            })
        })
        .await?;
    Ok((waiting > 0).then(|| Card::new("chat/_home_reports.html", context! { waiting })))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(need_help).home_card(reports_waiting);
}
