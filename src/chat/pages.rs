//! The room's page, and pages around the rooms: the review queue of reported messages, a
//! session's moderation log and the crisis contacts staff keep.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::access::{Part, Window, authorise};
use super::help;
use super::model::ACTIONS;
use super::moderation_log::ModerationFilters;
use super::reports::{self, ReportFilters, Reviewer};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::paging::PageNumber;
use crate::web::{HtmlForm, Page, see_other};

/// The chat room page; the script in `web/static/js/chat.js` does the talking.
pub async fn room(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let access = authorise(&page.state, &me, &id).await?;
    let lead = page.state.config.room_opens_before;
    let window = access.window(lead, crate::clock::now());
    let (session_id, lang) = (id.into_inner(), page.locale.code());
    let group_id = access.group_id.clone();
    let group_name = page
        .state
        .db
        .run(move |conn| crate::groups::service::name_of(conn, &group_id, lang))
        .await?;
    let starts_at = access.starts_at;
    let local_start = page.datetime(starts_at);
    let opens_at = page.datetime(starts_at - lead);
    let crisis_contacts = help::for_language(&page.state, lang).await?;
    page.render(
        "chat/room.html",
        minijinja::context! {
            session_id, group_name, local_start,
            starts_at => starts_at.and_utc().to_rfc3339(),
            moderator => access.part == Part::Moderator,
            not_yet => window == Window::NotYet,
            over => window == Window::Over,
            opens_at,
            me => me.user_id.clone(),
            crisis_contacts,
        },
    )
}

#[derive(Serialize)]
struct ReportGroup {
    name: String,
}

/// Facilitators review their groups' reports (without the reporter); staff review all.
pub async fn report_queue(
    page: Page,
    me: CurrentUser,
    filters: web::Query<ReportFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let Some(reviewer) = Reviewer::of(&me) else {
        return Err(AppError::not_found());
    };
    let filters = filters.into_inner();
    let found = reports::queue(
        &page.state,
        &me,
        filters.clone(),
        number.into_inner().into(),
    )
    .await?;
    let pager = found.pager(
        "/reports",
        &[
            ("status", filters.status.clone()),
            ("group", filters.group.clone()),
        ],
    );
    let (total, queue) = (found.total, found.items);
    let lang = page.locale.code();
    let group_ids: Vec<String> = queue.iter().map(|r| r.group_id.clone()).collect();
    let groups: HashMap<String, ReportGroup> = page
        .state
        .db
        .run(move |conn| {
            let mut names = HashMap::new();
            for id in group_ids {
                if let Entry::Vacant(slot) = names.entry(id) {
                    let name = crate::groups::service::name_of(conn, slot.key(), lang)?;
                    slot.insert(ReportGroup { name });
                }
            }
            Ok(names)
        })
        .await?;
    let (open, handled): (Vec<_>, Vec<_>) = queue.into_iter().partition(|r| !r.handled);
    page.render(
        "chat/reports.html",
        context! {
            open, handled, groups, pager, total, status => filters.status,
            staff => reviewer == Reviewer::Staff,
        },
    )
}

#[derive(Deserialize)]
pub struct OutcomeForm {
    outcome: String,
}

pub async fn handle_report(
    state: web::Data<crate::state::AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<OutcomeForm>,
) -> Result<HttpResponse, AppError> {
    reports::handle(&state, &me, &id, &form.0.outcome).await?;
    Ok(see_other("/reports"))
}

/// What facilitators and staff did in a session's room, newest first.
pub async fn moderation_log(
    page: Page,
    id: web::Path<String>,
    filters: web::Query<ModerationFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let session_id = id.into_inner();
    let filters = filters.into_inner();
    let found = super::moderation_log::page(
        &page.state,
        &session_id,
        filters.clone(),
        number.into_inner().into(),
    )
    .await?;
    let pager = found.pager(
        &format!("/staff/sessions/{session_id}/moderation"),
        &[("action", filters.action.clone())],
    );
    let actions: Vec<Value> = ACTIONS
        .iter()
        .map(|a| {
            let name = page.t(&format!("moderation-action-{}", a.replace('_', "-")));
            context! { code => a, name, selected => filters.action.as_deref() == Some(*a) }
        })
        .collect();
    let (total, entries) = (found.total, found.items);
    #[derive(Serialize)]
    struct Entry {
        at: String,
        actor: String,
        action: String,
        seq: Option<i64>,
        reason: Option<String>,
    }
    let entries: Vec<Entry> = entries
        .into_iter()
        .map(|e| Entry {
            at: page.datetime(e.at),
            action: page.t(&format!("moderation-action-{}", e.action.replace('_', "-"))),
            actor: e.actor,
            seq: e.seq,
            reason: e.reason,
        })
        .collect();
    page.render(
        "chat/moderation.html",
        context! { entries, session_id, pager, total, actions },
    )
}

pub async fn crisis_contacts(page: Page) -> Result<HttpResponse, AppError> {
    render_contacts(&page, None, None).await
}

async fn render_contacts(
    page: &Page,
    form: Option<&help::NewContact>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let contacts = help::all(&page.state).await?;
    let vars = context! { contacts, form };
    match error {
        Some(error) => page.render_form_error("chat/crisis_contacts.html", vars, error),
        None => page.render("chat/crisis_contacts.html", vars),
    }
}

pub async fn add_crisis_contact(
    page: Page,
    form: HtmlForm<help::NewContact>,
) -> Result<HttpResponse, AppError> {
    let contact = form.0;
    let kept = contact.clone();
    match help::add(&page.state, contact).await {
        Ok(_) => Ok(see_other("/staff/crisis-contacts")),
        Err(error) => render_contacts(&page, Some(&kept), Some(error)).await,
    }
}

pub async fn delete_crisis_contact(
    state: web::Data<crate::state::AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    help::delete(&state, &id).await?;
    Ok(see_other("/staff/crisis-contacts"))
}
