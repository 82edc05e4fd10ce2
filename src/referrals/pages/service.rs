//! The service's pages: a municipal partner's inbox and referral, the same referral through
//! its signed link (no account; every opening logged), and the family's "I got help" link.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};

use super::super::changes::{self, Mover};
use super::super::views::ReferralView;
use super::super::{lists, read};
use super::{ChangeForm, Done, choices, refused};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::paging::PageNumber;
use crate::web::{HtmlForm, Page, path_segment, see_other};

const DETAIL: &str = "referrals/partner_detail.html";
const LINK: &str = "referrals/link.html";

pub async fn inbox(
    page: Page,
    me: CurrentUser,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let found = lists::for_partner(&page.state, &me, number.into_inner().into()).await?;
    let pager = found.pager("/partner/referrals", &[]);
    page.render(
        "referrals/partner_list.html",
        context! { rows => found.items, total => found.total, pager },
    )
}

fn vars(referral: ReferralView, action: String) -> Value {
    // The service does not cancel: only the family and its worker do.
    let next: Vec<_> = referral
        .next
        .iter()
        .filter(|s| **s != super::super::domain::Status::Cancelled)
        .copied()
        .collect();
    context! { referral, next, action, ..choices() }
}

const UPDATED: [(&str, &str); 1] = [("updated", "partner-referral-updated")];

pub async fn detail(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    done: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let referral = read::for_partner(&page.state, &me, &id).await?;
    let action = format!("/partner/referrals/{}/status", path_segment(&id));
    let notice = done.notice(&UPDATED);
    page.render(DETAIL, context! { notice, ..vars(referral, action) })
}

pub async fn change_status(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let outcome = match form.0.parse() {
        Ok(change) => {
            changes::change(&page.state, Mover::Partner((*me.0).clone()), &id, change).await
        }
        Err(error) => Err(error),
    };
    match outcome {
        Ok(()) => Ok(see_other(&format!(
            "/partner/referrals/{}?done=updated",
            path_segment(&id)
        ))),
        Err(error) => {
            let referral = read::for_partner(&page.state, &me, &id).await?;
            let action = format!("/partner/referrals/{}/status", path_segment(&id));
            refused(&page, DETAIL, vars(referral, action), error)
        }
    }
}

/// A token as it may stand in a path of ours (a JWT: letters, digits, `-`, `_` and dots).
fn token_segment(token: &str) -> &str {
    if token
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        token
    } else {
        ""
    }
}

pub async fn link(
    page: Page,
    token: web::Path<String>,
    done: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let referral = read::for_link(&page.state, &token, page.locale.code()).await?;
    let action = format!("/referral-link/{}", token_segment(&token));
    let notice = done.notice(&UPDATED);
    page.render(LINK, context! { notice, ..vars(referral, action) })
}

pub async fn link_status(
    page: Page,
    token: web::Path<String>,
    form: HtmlForm<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let outcome = match form.0.parse() {
        Ok(change) => {
            changes::change(
                &page.state,
                Mover::ServiceLink(token.to_string()),
                "",
                change,
            )
            .await
        }
        Err(error) => Err(error),
    };
    let action = format!("/referral-link/{}", token_segment(&token));
    match outcome {
        Ok(()) => Ok(see_other(&format!("{action}?done=updated"))),
        Err(error) => {
            let referral = read::for_link(&page.state, &token, page.locale.code()).await?;
            refused(&page, LINK, vars(referral, action), error)
        }
    }
}

pub async fn help(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let (service, status) = read::for_help_link(&page.state, &token, page.locale.code()).await?;
    let action = format!("/referral-help/{}", token_segment(&token));
    page.render(
        "referrals/help.html",
        context! { service, status, action, done => false },
    )
}

pub async fn help_done(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let outcome = changes::got_help(&page.state, Mover::FamilyLink(token.to_string()), "").await;
    let (service, status) = read::for_help_link(&page.state, &token, page.locale.code()).await?;
    let action = format!("/referral-help/{}", token_segment(&token));
    let vars = context! { service, status, action, done => outcome.is_ok() };
    match outcome {
        Ok(()) => page.render("referrals/help.html", vars),
        Err(error) => refused(&page, "referrals/help.html", vars, error),
    }
}
