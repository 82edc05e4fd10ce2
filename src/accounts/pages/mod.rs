//! HTML pages of accounts: thin handlers over the use cases in `signin`, `profile` and
//! `invitations`.

mod getting_in;
mod inviting;
mod language;
mod own_account;

pub use getting_in::*;
pub use inviting::*;
pub use language::*;
pub use own_account::*;

use actix_web::HttpResponse;
use minijinja::context;

use super::domain::{ABROAD, FAMILY_LANGUAGES};
use super::model::one_time::Purpose;
use super::notice::landing;
use super::signin::{self, LinkKind, Ticket, TokenUse};
use super::{Client, invitations, profile};
use crate::auth::CurrentUser;
use crate::auth::access::{removal_cookie, session_cookie};
use crate::auth::policy::{Role, SecondFactor};
use crate::error::AppError;
use crate::web::{HtmlForm, Page, safe_local_path, see_other};

pub(super) use crate::regions::{Choice, municipality_choices};

/// A message page: a title, a text and an optional link onwards.
pub(super) fn message(
    page: &Page,
    title_id: &str,
    text_id: &str,
) -> Result<HttpResponse, AppError> {
    page.render(
        "accounts/message.html",
        context! { title => page.t(title_id), text => page.t(text_id) },
    )
}

/// Signs the browser in and sends it on: to the second factor if needed, else to `next`.
pub(super) fn signed_in(page: &Page, ticket: Ticket, next: Option<&str>) -> HttpResponse {
    let location = match ticket.second_factor {
        SecondFactor::Pending => "/sign-in/second-factor".to_owned(),
        SecondFactor::SetupRequired => "/account/second-factor".to_owned(),
        _ => landing(ticket.notice_due, safe_local_path(next)),
    };
    let mut response = see_other(&location);
    let _ = response.add_cookie(&session_cookie(ticket.token, page.state.config.is_https()));
    response
}
