//! The referral worker's pages: the list (by status, words, overdue), a new referral, and one
//! referral with its history, consents, the phone consent, sending, cancelling and closing.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::super::access::Reader;
use super::super::changes::{self, Mover};
use super::super::domain::{MAX_HOPES, MAX_REASON, MAX_SUMMARY, Status, Texts};
use super::super::drafts::{self, DraftEdit, NewDraft};
use super::super::lists::{self, WorkerFilter};
use super::super::{consent, delivery, read};
use super::{ChangeForm, Done, choices, refused};
use crate::accounts::service as accounts;
use crate::auth::CurrentUser;
use crate::directory::search::{self, Filter};
use crate::directory::service as directory;
use crate::error::AppError;
use crate::paging::PageNumber;
use crate::web::{HtmlForm, Page, path_segment, see_other};

const LIST: &str = "referrals/list.html";
const NEW: &str = "referrals/new.html";
const DETAIL: &str = "referrals/detail.html";

pub async fn list(
    page: Page,
    me: CurrentUser,
    filter: web::Query<WorkerFilter>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let filter = filter.into_inner();
    let found =
        lists::for_workers(&page.state, &me, filter.clone(), number.into_inner().into()).await;
    let query = [
        ("status", filter.status.clone()),
        ("q", filter.q.clone()),
        ("overdue", filter.overdue.clone()),
    ];
    let vars = context! {
        status => filter.status.clone().unwrap_or_default(),
        q => filter.q.clone().unwrap_or_default(),
        overdue => filter.overdue.is_some(),
        statuses => Status::ALL.map(Status::as_str),
    };
    match found {
        Ok(found) => {
            let pager = found.pager("/referrals", &query);
            page.render(
                LIST,
                context! { rows => found.items, total => found.total, pager, ..vars },
            )
        }
        Err(error) => page.render_form_error(
            LIST,
            context! { rows => Vec::<()>::new(), total => 0, ..vars },
            error,
        ),
    }
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct DraftForm {
    #[serde(default)]
    family_email: String,
    #[serde(default)]
    family_id: String,
    #[serde(default)]
    service_id: String,
    #[serde(default)]
    service_q: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    hopes: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    concern_report_id: String,
}

/// Services to choose from: those matching `words` (up to 50), and the one chosen.
async fn services(page: &Page, words: &str, chosen: &str) -> Result<Value, AppError> {
    let (words, chosen, lang) = (
        words.trim().to_owned(),
        chosen.to_owned(),
        page.locale.code(),
    );
    page.state
        .db
        .run(move |conn| {
            let filter = Filter {
                text: Some(words).filter(|w| !w.is_empty()),
                ..Filter::default()
            };
            let (mut ids, _) = search::find(conn, &filter, 0, 50)?;
            if !chosen.is_empty() && !ids.contains(&chosen) {
                ids.insert(0, chosen);
            }
            let names = directory::names(conn, &ids, lang)?;
            let options: Vec<Value> = ids
                .iter()
                .filter_map(|id| {
                    let name = names.get(id)?;
                    Some(
                        context! { id, service => name.service, organisation => name.organisation },
                    )
                })
                .collect();
            Ok(Value::from(options))
        })
        .await
}

async fn new_vars(page: &Page, form: &DraftForm) -> Result<Value, AppError> {
    let services = services(page, &form.service_q, &form.service_id).await?;
    Ok(context! {
        form, services,
        max_reason => MAX_REASON, max_hopes => MAX_HOPES, max_summary => MAX_SUMMARY,
    })
}

pub async fn new_form(page: Page, query: web::Query<DraftForm>) -> Result<HttpResponse, AppError> {
    let form = query.into_inner();
    let vars = new_vars(&page, &form).await?;
    page.render(NEW, vars)
}

pub async fn create(
    page: Page,
    me: CurrentUser,
    form: HtmlForm<DraftForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let draft = NewDraft {
        family_id: form.family_id.clone(),
        service_id: form.service_id.clone(),
        reason: form.reason.clone(),
        hopes: form.hopes.clone(),
        summary: form.summary.clone(),
        concern_report_id: Some(form.concern_report_id.clone()).filter(|r| !r.is_empty()),
    };
    let email = Some(form.family_email.clone()).filter(|_| form.family_id.is_empty());
    match drafts::create_by_email(&page.state, &me, email, draft).await {
        Ok(id) => Ok(see_other(&format!(
            "/referrals/{}?done=saved",
            path_segment(&id)
        ))),
        Err(error) => {
            let vars = new_vars(&page, &form).await?;
            refused(&page, NEW, vars, error)
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct DetailQuery {
    #[serde(default)]
    adult_id: Option<String>,
    #[serde(flatten)]
    done: Done,
}

async fn detail_vars(
    page: &Page,
    me: &CurrentUser,
    id: &str,
    adult: Option<&str>,
) -> Result<Value, AppError> {
    let referral = read::for_worker(&page.state, me, id).await?;
    let family_id = referral.family_id.clone();
    let adults: Vec<Value> = page
        .state
        .db
        .run(move |conn| {
            Ok(accounts::family(conn, &family_id)?
                .map(|f| f.adults)
                .unwrap_or_default())
        })
        .await?
        .into_iter()
        .map(|a| context! { id => a.id, name => a.display_name })
        .collect();
    let phone_text = match adult.filter(|_| referral.status == Status::Draft) {
        Some(adult) => Some(consent::text_for_phone(&page.state, me, id, adult).await?),
        None => None,
    };
    let services = match referral.status {
        Status::Draft => services(page, "", &referral.service_id).await?,
        _ => Value::from(Vec::<Value>::new()),
    };
    Ok(context! {
        referral, adults, phone_text, services,
        max_reason => MAX_REASON, max_hopes => MAX_HOPES, max_summary => MAX_SUMMARY,
        ..choices()
    })
}

pub async fn detail(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    query: web::Query<DetailQuery>,
) -> Result<HttpResponse, AppError> {
    let vars = detail_vars(&page, &me, &id, query.adult_id.as_deref()).await?;
    let notice = query.done.notice(&[
        ("saved", "referral-saved"),
        ("sent", "referral-sent-notice"),
    ]);
    page.render(DETAIL, context! { notice, ..vars })
}

/// Back to the referral's page, or the page again with the refusal shown.
async fn after(
    page: Page,
    me: CurrentUser,
    id: &str,
    outcome: Result<(), AppError>,
    done: &str,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(()) => Ok(see_other(&format!(
            "/referrals/{}?done={done}",
            path_segment(id)
        ))),
        Err(error) => {
            let vars = detail_vars(&page, &me, id, None).await?;
            refused(&page, DETAIL, vars, error)
        }
    }
}

pub async fn edit(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<DraftForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let edit = DraftEdit {
        service_id: form.service_id,
        texts: Texts {
            reason: form.reason,
            hopes: form.hopes,
            summary: form.summary,
        },
    };
    let outcome = drafts::edit(&page.state, &me, &id, edit).await;
    after(page, me, &id, outcome, "saved").await
}

#[derive(Debug, Default, Deserialize)]
pub struct PhoneForm {
    #[serde(default)]
    adult_id: String,
    #[serde(default)]
    fingerprint: String,
}

pub async fn phone_consent(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<PhoneForm>,
) -> Result<HttpResponse, AppError> {
    let outcome =
        consent::record_phone(&page.state, &me, &id, &form.0.adult_id, &form.0.fingerprint).await;
    after(page, me, &id, outcome, "saved").await
}

pub async fn phone_withdrawal(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let outcome = consent::withdraw(&page.state, &me, &id, Reader::Worker).await;
    after(page, me, &id, outcome, "saved").await
}

pub async fn send(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let outcome = delivery::send(&page.state, &me, &id).await;
    after(page, me, &id, outcome, "sent").await
}

pub async fn change_status(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let outcome = match form.0.parse() {
        Ok(change) => {
            changes::change(&page.state, Mover::Worker((*me.0).clone()), &id, change).await
        }
        Err(error) => Err(error),
    };
    after(page, me, &id, outcome, "saved").await
}
