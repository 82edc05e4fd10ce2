//! The pages of contacts: a group's contacts (with linking, advice and visiting experts), the
//! advice threads, a partner's groups and visits, and the offer of an individual contact.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::domain::{NewContact, NewGuest, NewMessage, ROLES, role_message};
use super::{advice, guests, links, offers, partner, visits};
use crate::accounts::domain::FAMILY_LANGUAGES;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::web::{HtmlForm, Page, path_segment, see_other};

#[derive(Serialize)]
struct Choice {
    code: String,
    name: String,
}

/// The upcoming sessions of a group that take place: (id, start in the reader's words).
async fn upcoming(page: &Page, group_id: &str) -> Result<Vec<Choice>, AppError> {
    let group_id = group_id.to_owned();
    let sessions = page
        .state
        .db
        .run(move |conn| {
            let ids = groups::session_ids_of_group(conn, &group_id)?;
            let mut held = Vec::new();
            for id in ids {
                if let Some(s) = groups::held_session(conn, &id)?
                    && s.starts_at > crate::clock::now()
                {
                    held.push((id, s.starts_at));
                }
            }
            held.sort_by_key(|(_, at)| *at);
            Ok(held)
        })
        .await?;
    Ok(sessions
        .into_iter()
        .map(|(code, at)| Choice {
            code,
            name: page.datetime(at),
        })
        .collect())
}

fn roles(page: &Page) -> Vec<Choice> {
    ROLES
        .iter()
        .map(|r| Choice {
            code: (*r).to_owned(),
            name: page.t(&role_message(r)),
        })
        .collect()
}

/// Everything the group's contacts page shows, with the forms' values.
async fn group_context(page: &Page, me: &CurrentUser, id: &str) -> Result<Value, AppError> {
    let contacts = links::list(&page.state, me, id).await?;
    let visits = visits::of_group(&page.state, me, id).await?;
    let leads = contacts.manages || contacts.facilitates;
    let sessions = if leads {
        upcoming(page, id).await?
    } else {
        Vec::new()
    };
    let partners = if contacts.manages {
        links::choices(&page.state, page.locale.code()).await?
    } else {
        Vec::new()
    };
    let spoken: Vec<Choice> = FAMILY_LANGUAGES
        .iter()
        .map(|(code, name)| Choice {
            code: (*code).to_owned(),
            name: (*name).to_owned(),
        })
        .collect();
    let now = chrono::Utc::now();
    let visits: Vec<_> = visits.into_iter().filter(|v| v.ends_at > now).collect();
    Ok(context! {
        contacts, visits, sessions, partners, spoken, leads,
        roles => roles(page),
        max_reach => super::domain::MAX_REACH,
        max_topic => super::domain::MAX_TOPIC,
        max_message => super::domain::MAX_MESSAGE,
    })
}

pub async fn group_contacts(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let vars = group_context(&page, &me, &id).await?;
    page.render("contacts/group.html", vars)
}

/// Renders the group's page again with a form's errors, or goes back to it.
async fn back_to_group(
    page: Page,
    me: CurrentUser,
    id: &str,
    done: Result<(), AppError>,
    typed: Value,
) -> Result<HttpResponse, AppError> {
    match done {
        Ok(()) => Ok(see_other(&format!("/groups/{}/contacts", path_segment(id)))),
        Err(error) => {
            let vars = group_context(&page, &me, id).await?;
            page.render_form_error("contacts/group.html", context! { ..typed, ..vars }, error)
        }
    }
}

pub async fn link(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<NewContact>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let done = links::link(&page.state, &me, &id, form.clone())
        .await
        .map(|_| ());
    let form = Value::from_serialize(&form);
    back_to_group(page, me, &id, done, context! { form }).await
}

pub async fn unlink(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (group_id, contact_id) = path.into_inner();
    links::unlink(&page.state, &me, &group_id, &contact_id).await?;
    Ok(see_other(&format!(
        "/groups/{}/contacts",
        path_segment(&group_id)
    )))
}

pub async fn ask(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    form: HtmlForm<NewMessage>,
) -> Result<HttpResponse, AppError> {
    let (group_id, contact_id) = path.into_inner();
    let form = form.0;
    match advice::ask(&page.state, &me, &group_id, &contact_id, form.clone()).await {
        Ok(thread) => Ok(see_other(&format!("/advice/{thread}"))),
        Err(error) => {
            let advice = context! { contact_id, body => form.body };
            back_to_group(page, me, &group_id, Err(error), context! { advice }).await
        }
    }
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct GuestForm {
    #[serde(default)]
    session_id: String,
    #[serde(default)]
    partner_id: String,
    #[serde(default)]
    topic: String,
}

pub async fn invite(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<GuestForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let (session, lookup) = (form.session_id.clone(), form.session_id.clone());
    let group = page
        .state
        .db
        .run(move |conn| groups::group_of_session(conn, &lookup))
        .await?;
    let done = if group.as_deref() == Some(id.as_str()) {
        let input = NewGuest {
            partner_id: form.partner_id.clone(),
            topic: form.topic.clone(),
        };
        guests::invite(&page.state, &me, &session, input)
            .await
            .map(|_| ())
    } else {
        Err(AppError::invalid(vec![crate::error::FieldError::new(
            "session_id",
            "field-required",
            vec![],
        )]))
    };
    let guest = Value::from_serialize(&form);
    back_to_group(page, me, &id, done, context! { guest }).await
}

#[derive(Debug, Deserialize)]
pub struct Back {
    #[serde(default)]
    group_id: String,
}

pub async fn cancel_guest(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<Back>,
) -> Result<HttpResponse, AppError> {
    guests::cancel(&page.state, &me, &id).await?;
    Ok(see_other(&format!(
        "/groups/{}/contacts",
        path_segment(&form.0.group_id)
    )))
}

pub async fn threads(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let threads = advice::mine(&page.state, &me).await?;
    page.render("contacts/threads.html", context! { threads })
}

pub async fn thread(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let thread = advice::read(&page.state, &me, &id).await?;
    let max_message = super::domain::MAX_MESSAGE;
    page.render("contacts/thread.html", context! { thread, max_message })
}

pub async fn write(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<NewMessage>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    match advice::write(&page.state, &me, &id, form.clone()).await {
        Ok(()) => Ok(see_other(&format!("/advice/{}", path_segment(&id)))),
        Err(error) => {
            let thread = advice::read(&page.state, &me, &id).await?;
            let max_message = super::domain::MAX_MESSAGE;
            let vars = context! { thread, max_message, form };
            page.render_form_error("contacts/thread.html", vars, error)
        }
    }
}

pub async fn partner_groups(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let groups = partner::my_groups(&page.state, &me).await?;
    let visits = visits::mine(&page.state, &me).await?;
    let now = chrono::Utc::now();
    let current: Vec<bool> = visits.iter().map(|v| v.ends_at > now).collect();
    page.render(
        "contacts/partner.html",
        context! { groups, visits, current },
    )
}

pub async fn offer_form(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let people = offers::present(&page.state, &me, &id).await?;
    page.render(
        "contacts/offer.html",
        context! { people, guest_id => id.into_inner() },
    )
}

#[derive(Debug, Deserialize)]
pub struct OfferForm {
    #[serde(default)]
    user_id: String,
}

pub async fn offer(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<OfferForm>,
) -> Result<HttpResponse, AppError> {
    offers::offer(&page.state, &me, &id, &form.0.user_id).await?;
    Ok(see_other(&format!("/guests/{}/offers", path_segment(&id))))
}

pub async fn accept(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    offers::decide(&page.state, &me, &id, true).await?;
    Ok(see_other("/"))
}

pub async fn decline(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    offers::decide(&page.state, &me, &id, false).await?;
    Ok(see_other("/"))
}
