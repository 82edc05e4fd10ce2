//! Group pages: finding and joining for families, creating and publishing for staff.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::catalogue::{self, Filters, GroupView, NewGroupInput, TextInput};
use super::domain::{AUDIENCES, ONLINE, TOPICS};
use super::membership;
use super::{calendar, sessions};
use crate::accounts::domain::FAMILY_LANGUAGES;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::regions;
use crate::web::{HtmlForm, Page, see_other};

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

/// Groups shown per page of the listing.
#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<i64>,
}

pub async fn browse(
    page: Page,
    filters: web::Query<Filters>,
    page_query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let filters = filters.into_inner();
    let viewer = page.principal.user().map(|u| u.user_id.clone());
    let paging = catalogue::PageRequest {
        page: page_query.page,
        ..Default::default()
    };
    let found = catalogue::browse(
        &page.state,
        filters.clone(),
        paging,
        page.locale.code(),
        viewer,
    )
    .await?;
    let (total, current) = (found.total, found.page);
    let pages = catalogue::paging::pages(total, found.limit);
    let groups = found.items;
    let labels: Vec<Value> = groups.iter().map(|g| labelled(&page, g)).collect();
    // The filters as a query string, for the links to other pages.
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            [
                ("language", filters.language.clone()),
                ("topic", filters.topic.clone()),
                ("region", filters.region.clone()),
                ("weekday", filters.weekday.map(|d| d.to_string())),
                ("time_of_day", filters.time_of_day.clone()),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v))),
        )
        .finish();
    let weekdays: Vec<Choice> = (1..=7)
        .map(|d| Choice {
            code: d.to_string(),
            name: page.t(&format!("weekday-{d}")),
        })
        .collect();
    page.render(
        "groups/browse.html",
        context! {
            groups, labels, weekdays, total, pages, current, query,
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
    let labels = labelled(&page, &group);
    let paragraphs: Vec<&str> = group
        .description
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    page.render(
        "groups/group.html",
        context! { group, labels, paragraphs, roster, manages, can_join, answers },
    )
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

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    group_id: String,
}

pub async fn answer(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    sessions::answer(&page.state, &me, &id, &form.answer).await?;
    Ok(see_other(&format!(
        "/groups/{}",
        crate::web::path_segment(&form.group_id)
    )))
}

pub async fn attendance(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let rows = sessions::attendance(&page.state, &me, &id).await?;
    page.render(
        "groups/attendance.html",
        context! { rows, session_id => id.into_inner() },
    )
}

#[derive(Deserialize)]
pub struct AttendanceForm {
    #[serde(default)]
    present: Vec<String>,
}

pub async fn mark_attendance(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<AttendanceForm>,
) -> Result<HttpResponse, AppError> {
    sessions::mark_present(&page.state, &me, &id, form.present).await?;
    Ok(see_other(&format!("/sessions/{id}/attendance?saved=1")))
}

#[derive(Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    group_id: String,
}

pub async fn cancel_session(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<CancelForm>,
) -> Result<HttpResponse, AppError> {
    sessions::cancel(&page.state, &me, &id, &form.reason).await?;
    Ok(see_other(&format!(
        "/groups/{}",
        crate::web::path_segment(&form.group_id)
    )))
}

#[derive(Deserialize)]
pub struct NewSessionForm {
    #[serde(default)]
    start: String,
    #[serde(default)]
    duration_minutes: String,
}

pub async fn add_session(
    page: Page,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<NewSessionForm>,
) -> Result<HttpResponse, AppError> {
    sessions::add(
        &page.state,
        &id,
        &form.start,
        form.duration_minutes.trim().parse().unwrap_or(0),
    )
    .await?;
    Ok(see_other(&format!("/groups/{id}")))
}

fn ics(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{filename}\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

pub async fn group_calendar(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    Ok(ics(
        calendar::group_file(&page.state, &id, page.locale.code()).await?,
        "silta-group.ics",
    ))
}

pub async fn calendar_feed(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    Ok(ics(calendar::feed(&page.state, &token).await?, "silta.ics"))
}

pub async fn calendar_settings(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let has_feed = calendar::has_feed(&page.state, &me).await?;
    page.render(
        "groups/calendar.html",
        context! { has_feed, feed_url => Value::UNDEFINED },
    )
}

pub async fn new_calendar_feed(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let feed_url = calendar::new_feed(&page.state, &me).await?;
    page.render(
        "groups/calendar.html",
        context! { has_feed => true, feed_url },
    )
}

pub async fn revoke_calendar_feed(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    calendar::revoke_feed(&page.state, &me).await?;
    Ok(see_other("/account/calendar"))
}

pub async fn staff_groups(page: Page) -> Result<HttpResponse, AppError> {
    let groups = catalogue::all(&page.state, page.locale.code()).await?;
    let labels: Vec<Value> = groups.iter().map(|g| labelled(&page, g)).collect();
    page.render("groups/staff_groups.html", context! { groups, labels })
}

#[derive(Deserialize, Serialize, Default)]
pub struct GroupForm {
    #[serde(default)]
    text_language: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    spoken_languages: Vec<String>,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    capacity: String,
    #[serde(default)]
    join_policy: String,
    #[serde(default)]
    facilitators: String,
    #[serde(default)]
    first_date: String,
    #[serde(default)]
    start_time: String,
    #[serde(default)]
    duration_minutes: String,
    #[serde(default)]
    weeks: String,
    #[serde(default)]
    publish: bool,
}

fn group_form_context(page: &Page, form: &GroupForm) -> Value {
    context! {
        form => form,
        language_options => language_choices(),
        topics => choices(page, "topic", TOPICS),
        audiences => choices(page, "audience", AUDIENCES),
        regions => region_choices(page),
        policies => choices(page, "join-policy", &["open", "approval", "invitation"]),
    }
}

pub async fn new_group_form(page: Page) -> Result<HttpResponse, AppError> {
    let form = GroupForm {
        text_language: page.locale.code().to_owned(),
        capacity: "10".to_owned(),
        duration_minutes: "90".to_owned(),
        weeks: "8".to_owned(),
        start_time: "18:00".to_owned(),
        ..GroupForm::default()
    };
    page.render("groups/new.html", group_form_context(&page, &form))
}

pub async fn create_group(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<GroupForm>,
) -> Result<HttpResponse, AppError> {
    let input = NewGroupInput {
        texts: vec![TextInput {
            language: form.text_language.clone(),
            name: form.name.clone(),
            description: form.description.clone(),
        }],
        spoken_languages: form.spoken_languages.clone(),
        topics: form.topics.clone(),
        audience: form.audience.clone(),
        region: form.region.clone(),
        // Unparsable numbers become 0 and are refused with the field's own message.
        capacity: form.capacity.trim().parse().unwrap_or(0),
        join_policy: form.join_policy.clone(),
        facilitator_emails: form
            .facilitators
            .split([',', '\n', ' '])
            .map(str::to_owned)
            .collect(),
        first_date: form.first_date.clone(),
        start_time: form.start_time.clone(),
        duration_minutes: form.duration_minutes.trim().parse().unwrap_or(0),
        weeks: form.weeks.trim().parse().unwrap_or(0),
        publish: form.publish,
    };
    match catalogue::create(&page.state, &me, input).await {
        Ok(id) => Ok(see_other(&format!("/groups/{id}"))),
        Err(error) => {
            page.render_form_error("groups/new.html", group_form_context(&page, &form), error)
        }
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn set_status(
    page: Page,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<StatusForm>,
) -> Result<HttpResponse, AppError> {
    catalogue::set_status(&page.state, &id, &form.status).await?;
    Ok(see_other("/staff/groups"))
}

#[derive(Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    email: String,
}

pub async fn add_member(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<MemberForm>,
) -> Result<HttpResponse, AppError> {
    membership::add_member(&page.state, &me, &id, &form.email).await?;
    Ok(see_other(&format!("/groups/{id}")))
}
