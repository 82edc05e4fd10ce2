//! Group pages: finding and joining for families, creating and publishing for staff.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::Serialize;

use super::catalogue::{self, Filters, GroupView};
use super::domain::{ONLINE, TOPICS};
use super::membership;
use super::sessions;
use crate::accounts::domain::FAMILY_LANGUAGES;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::regions;
use crate::web::{Page, see_other};

mod staff;
mod timetable;

pub use staff::*;
pub use timetable::*;

#[derive(Serialize)]
struct Choice {
    code: String,
    name: String,
}

fn choices(page: &Page, prefix: &str, codes: &[&str]) -> Vec<Choice> {
    codes
        .iter()
        .map(|code| Choice {
            code: (*code).to_owned(),
            name: page.t(&format!("{prefix}-{code}")),
        })
        .collect()
}

fn language_choices() -> Vec<Choice> {
    FAMILY_LANGUAGES
        .iter()
        .map(|(code, name)| Choice {
            code: (*code).to_owned(),
            name: (*name).to_owned(),
        })
        .collect()
}

fn region_choices(page: &Page) -> Vec<Choice> {
    let lang = page.locale.code();
    let mut regions: Vec<Choice> = regions::municipalities()
        .iter()
        .map(|m| Choice {
            code: m.code.to_owned(),
            name: m.name(lang).to_owned(),
        })
        .collect();
    regions.sort_by(|a, b| a.name.cmp(&b.name));
    regions.insert(
        0,
        Choice {
            code: ONLINE.to_owned(),
            name: page.t("region-online"),
        },
    );
    regions
}

/// Names of the codes a group view carries, in the reader's language.
fn labelled(page: &Page, group: &GroupView) -> Value {
    let topics: Vec<String> = group
        .topics
        .iter()
        .map(|t| page.t(&format!("topic-{t}")))
        .collect();
    let languages: Vec<&str> = group
        .spoken_languages
        .iter()
        .filter_map(|l| crate::accounts::domain::family_language_name(l))
        .collect();
    let region = if group.region == ONLINE {
        page.t("region-online")
    } else {
        regions::municipality(&group.region)
            .map(|m| m.name(page.locale.code()).to_owned())
            .unwrap_or_default()
    };
    context! {
        topics, languages, region,
        audience => page.t(&format!("audience-{}", group.audience)),
        status => page.t(&format!("group-status-{}", group.status)),
    }
}

pub async fn browse(
    page: Page,
    filters: web::Query<Filters>,
    number: web::Query<crate::paging::PageNumber>,
) -> Result<HttpResponse, AppError> {
    let filters = filters.into_inner();
    let viewer = page.principal.user().map(|u| u.user_id.clone());
    let paging = number.into_inner().into();
    let found = catalogue::browse(
        &page.state,
        filters.clone(),
        paging,
        page.locale.code(),
        viewer,
    )
    .await?;
    // The filters stay in the links to other pages.
    let pager = found.pager(
        "/groups",
        &[
            ("language", filters.language.clone()),
            ("topic", filters.topic.clone()),
            ("region", filters.region.clone()),
            ("weekday", filters.weekday.map(|d| d.to_string())),
            ("time_of_day", filters.time_of_day.clone()),
        ],
    );
    let total = found.total;
    let groups = found.items;
    let labels: Vec<Value> = groups.iter().map(|g| labelled(&page, g)).collect();
    let weekdays: Vec<Choice> = (1..=7)
        .map(|d| Choice {
            code: d.to_string(),
            name: page.t(&format!("weekday-{d}")),
        })
        .collect();
    page.render(
        "groups/browse.html",
        context! {
            groups, labels, weekdays, total, pager,
            filters => context! {
                language => filters.language, topic => filters.topic, region => filters.region,
                weekday => filters.weekday.map(|d| d.to_string()), time_of_day => filters.time_of_day,
            },
            language_options => language_choices(),
            topics => choices(&page, "topic", TOPICS),
            regions => region_choices(&page),
            times => choices(&page, "time-of-day", &["morning", "afternoon", "evening"]),
        },
    )
}

pub async fn group(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let viewer = page.principal.user().cloned();
    let (group, manages) =
        catalogue::detail(&page.state, &id, page.locale.code(), viewer.as_deref()).await?;
    let roster = match (&viewer, manages) {
        (Some(me), true) => membership::roster(&page.state, me, &id).await?,
        _ => Vec::new(),
    };
    let can_join = viewer
        .as_ref()
        .is_some_and(|v| v.can(crate::auth::policy::Permission::JoinGroups));
    let answers = match (&viewer, &group.my_status) {
        (Some(me), Some(super::domain::MemberStatus::Member)) => {
            sessions::my_answers(&page.state, &me.user_id, &id).await?
        }
        _ => Default::default(),
    };
    let (notes, links) = page_notes(&page, &group, viewer.as_deref()).await?;
    let labels = labelled(&page, &group);
    let paragraphs: Vec<&str> = group
        .description
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    page.render(
        "groups/group.html",
        context! { group, labels, paragraphs, roster, manages, can_join, answers, notes, links },
    )
}

/// What higher features add to the page: a line under sessions, links for the reader.
async fn page_notes(
    page: &Page,
    group: &GroupView,
    viewer: Option<&crate::auth::SignedIn>,
) -> Result<(HashMap<String, String>, Vec<(String, String)>), AppError> {
    let notes = super::service::Notes::of(&page.state);
    let (group_id, viewer, lang) = (group.id.clone(), viewer.cloned(), page.locale.code());
    let sessions: Vec<String> = group.sessions.iter().map(|s| s.id.clone()).collect();
    page.state
        .db
        .run(move |conn| {
            Ok((
                notes.session_notes(conn, &sessions, lang)?,
                notes.group_links(conn, &group_id, viewer.as_ref(), lang)?,
            ))
        })
        .await
}

pub async fn join(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    membership::join(&page.state, &me, &id).await?;
    Ok(see_other(&format!("/groups/{id}")))
}

pub async fn leave(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    membership::leave(&page.state, &me, &id).await?;
    Ok(see_other(&format!("/groups/{id}")))
}

pub async fn approve(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (group_id, user_id) = path.into_inner();
    membership::approve(&page.state, &me, &group_id, &user_id).await?;
    Ok(see_other(&format!("/groups/{group_id}")))
}

pub async fn my_groups(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let groups = membership::my_groups(&page.state, &me).await?;
    let labels: Vec<Value> = groups.iter().map(|g| labelled(&page, g)).collect();
    let led = membership::facilitated_groups(&page.state, &me).await?;
    let led_labels: Vec<Value> = led.iter().map(|g| labelled(&page, g)).collect();
    page.render(
        "groups/my_groups.html",
        context! { groups, labels, led, led_labels },
    )
}
