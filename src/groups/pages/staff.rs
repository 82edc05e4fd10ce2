//! Staff pages for groups: the list, the new-group form, status and adding families.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::super::catalogue::{self, NewGroupInput, TextInput};
use super::super::domain::{AUDIENCES, TOPICS};
use super::super::membership;
use super::{choices, labelled, language_choices, region_choices};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, see_other};

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
