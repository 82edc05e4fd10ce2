//! The family's pages: its referrals, one referral with the consent text in the adult's own
//! language, agreeing, withdrawing in one click, "don't contact me" and "I got help".

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use super::super::access::Reader;
use super::super::changes::{self, Mover};
use super::super::domain::Status;
use super::super::{consent, lists, read};
use super::{Done, refused};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, path_segment, see_other};

const DETAIL: &str = "referrals/family_detail.html";

pub async fn list(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let rows = lists::for_family(&page.state, &me).await?;
    page.render("referrals/family_list.html", context! { rows })
}

async fn vars(page: &Page, me: &CurrentUser, id: &str) -> Result<minijinja::Value, AppError> {
    let referral = read::for_family(&page.state, me, id).await?;
    let asked = referral.status == Status::Draft && !referral.consents.iter().any(|c| c.valid);
    let text = match asked {
        true => Some(consent::text_for_family(&page.state, me, id).await?),
        false => None,
    };
    let in_force = referral.consents.iter().find(|c| c.valid).cloned();
    let with_service = referral.next.contains(&Status::Closed);
    Ok(context! { referral, text, in_force, with_service })
}

pub async fn detail(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    done: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let vars = vars(&page, &me, &id).await?;
    let notice = done.notice(&[
        ("agreed", "my-referral-agreed"),
        ("withdrawn", "my-referral-withdrawn"),
        ("quiet", "my-referral-quiet-on"),
        ("loud", "my-referral-quiet-off"),
        ("thanks", "my-referral-thanks"),
    ]);
    page.render(DETAIL, context! { notice, ..vars })
}

async fn after(
    page: Page,
    me: CurrentUser,
    id: &str,
    outcome: Result<(), AppError>,
    done: &str,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(()) => Ok(see_other(&format!(
            "/my-referrals/{}?done={done}",
            path_segment(id)
        ))),
        Err(error) => {
            let vars = vars(&page, &me, id).await?;
            refused(&page, DETAIL, vars, error)
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AgreeForm {
    #[serde(default)]
    fingerprint: String,
}

pub async fn agree(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<AgreeForm>,
) -> Result<HttpResponse, AppError> {
    let outcome = consent::give(&page.state, &me, &id, &form.0.fingerprint).await;
    after(page, me, &id, outcome, "agreed").await
}

pub async fn withdraw(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let outcome = consent::withdraw(&page.state, &me, &id, Reader::Family).await;
    after(page, me, &id, outcome, "withdrawn").await
}

#[derive(Debug, Default, Deserialize)]
pub struct QuietForm {
    #[serde(default)]
    quiet: String,
}

pub async fn quiet(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<QuietForm>,
) -> Result<HttpResponse, AppError> {
    let quiet = form.0.quiet == "1";
    let outcome = changes::set_quiet(&page.state, &me, &id, quiet).await;
    after(page, me, &id, outcome, if quiet { "quiet" } else { "loud" }).await
}

pub async fn got_help(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let outcome = changes::got_help(&page.state, Mover::Family((*me.0).clone()), &id).await;
    after(page, me, &id, outcome, "thanks").await
}
