//! Pages of child protection: "worried about a child's safety?" with 112, the municipality's
//! child welfare contacts and a form to record a notification; the records for supervisors
//! and administrators.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::service::{self, NewNotice};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::groups::schedule::{GROUP_TIME_ZONE, local_to_utc};
use crate::groups::service as groups;
use crate::paging::PageNumber;
use crate::regions::municipality_choices;
use crate::web::{HtmlForm, Page, see_other};

const PAGE: &str = "referrals/protection/page.html";

#[derive(Debug, Default, Deserialize)]
pub struct Where {
    municipality: Option<String>,
}

/// The members of the groups I lead, each as `group:user` with the group's name beside it.
#[derive(Debug, Serialize)]
struct GroupMembers {
    name: String,
    members: Vec<(String, String)>,
}

async fn my_members(page: &Page, me: &CurrentUser) -> Result<Vec<GroupMembers>, AppError> {
    let (user_id, lang) = (me.user_id.clone(), page.locale.code());
    page.state
        .db
        .run(move |conn| {
            let mut out = Vec::new();
            for (group_id, name) in groups::groups_led_by(conn, &user_id, lang)? {
                let members = groups::seated(conn, &group_id)?
                    .into_iter()
                    .map(|(id, display)| (format!("{group_id}:{id}"), display))
                    .collect();
                out.push(GroupMembers { name, members });
            }
            Ok(out)
        })
        .await
}

async fn render(
    page: &Page,
    me: &CurrentUser,
    municipality: Option<String>,
    form: Option<NoticeForm>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let code = municipality.filter(|c| crate::regions::municipality(c).is_some());
    let contacts = match &code {
        Some(code) => service::contacts(&page.state, code.clone()).await?,
        None => Vec::new(),
    };
    let vars = context! {
        municipality => code,
        municipalities => municipality_choices(page.locale.code()),
        contacts,
        groups => my_members(page, me).await?,
        form,
    };
    match error {
        Some(error) => page.render_form_error(PAGE, vars, error),
        None => page.render(PAGE, vars),
    }
}

pub async fn show(
    page: Page,
    me: CurrentUser,
    at: web::Query<Where>,
) -> Result<HttpResponse, AppError> {
    render(&page, &me, at.into_inner().municipality, None, None).await
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct NoticeForm {
    #[serde(default)]
    municipality: String,
    #[serde(default)]
    recipient: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    member: String,
    #[serde(default)]
    adult_email: String,
    #[serde(default)]
    note: String,
}

impl NoticeForm {
    fn input(&self) -> NewNotice {
        let made_at = chrono::NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d")
            .ok()
            .zip(chrono::NaiveTime::parse_from_str(self.time.trim(), "%H:%M").ok())
            .map(|(d, t)| local_to_utc(d.and_time(t), GROUP_TIME_ZONE));
        NewNotice {
            municipality: self.municipality.clone(),
            recipient: self.recipient.clone(),
            made_at,
            member: self
                .member
                .split_once(':')
                .map(|(g, u)| (g.to_owned(), u.to_owned())),
            adult_email: Some(self.adult_email.clone()),
            note: self.note.clone(),
        }
    }
}

pub async fn record(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<NoticeForm>,
) -> Result<HttpResponse, AppError> {
    match service::record(&page.state, &me, form.input()).await {
        Ok(_) => Ok(see_other("/child-protection?recorded=1")),
        Err(error) => {
            let code = Some(form.municipality.clone());
            render(&page, &me, code, Some(form), Some(error)).await
        }
    }
}

/// The records, for supervisors and administrators.
pub async fn records(
    page: Page,
    me: CurrentUser,
    at: web::Query<Where>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let municipality = at.into_inner().municipality.filter(|m| !m.is_empty());
    let found = service::page(
        &page.state,
        &me,
        municipality.clone(),
        number.into_inner().into(),
    )
    .await?;
    let pager = found.pager(
        "/staff/child-protection",
        &[("municipality", municipality.clone())],
    );
    page.render(
        "referrals/protection/records.html",
        context! {
            records => found.items, total => found.total, pager, municipality,
            municipalities => municipality_choices(page.locale.code()),
        },
    )
}
