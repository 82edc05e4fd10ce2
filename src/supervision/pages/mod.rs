//! Pages of supervision: a facilitator's reports and the report form (here), the supervisor's
//! queue, decisions and lists (`staff`).

mod staff;

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

pub use self::staff::*;
use super::domain::{ConcernLevel, MAX_CONCERN_NOTE, MAX_WENT, NewReport};
use super::{mine, reports, themes};
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldError};
use crate::web::{HtmlForm, Page, see_other};

pub async fn my_reports(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let mine = mine::mine(&page.state, &me).await?;
    page.render(
        "supervision/my_reports.html",
        context! { due => mine.due, filed => mine.filed },
    )
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct ReportForm {
    #[serde(default)]
    present: String,
    #[serde(default)]
    themes: Vec<String>,
    #[serde(default)]
    went: String,
    #[serde(default)]
    concern: String,
    #[serde(default)]
    concern_note: String,
}

impl ReportForm {
    fn parse(&self) -> Result<NewReport, AppError> {
        let present = self.present.trim().parse::<i32>();
        let concern = ConcernLevel::parse(&self.concern);
        let mut errors = Vec::new();
        if present.is_err() {
            errors.push(FieldError::new("present", "field-invalid-value", vec![]));
        }
        if concern.is_none() {
            errors.push(FieldError::new("concern", "field-required", vec![]));
        }
        match (present, concern) {
            (Ok(present), Some(concern)) if errors.is_empty() => Ok(NewReport {
                present,
                themes: self.themes.clone(),
                went: self.went.clone(),
                concern,
                concern_note: self.concern_note.clone(),
            }),
            _ => Err(AppError::invalid(errors)),
        }
    }
}

/// What the report form needs besides the form's own values, and the present count to
/// prefill.
async fn form_context(
    page: &Page,
    me: &CurrentUser,
    session_id: &str,
) -> Result<(Value, i64), AppError> {
    let (me_in, id) = (me.0.clone(), session_id.to_owned());
    let lang = page.locale.code();
    let (group_name, starts_at, present, members) = page
        .state
        .db
        .run(move |conn| {
            let (led, present, members) = reports::reportable(conn, &me_in, &id)?;
            let name = crate::groups::service::name_of(conn, &led.session.group_id, lang)?;
            Ok((name, led.session.starts_at, present, members))
        })
        .await?;
    let themes: Vec<_> = themes::list(&page.state, lang)
        .await?
        .into_iter()
        .filter(|t| !t.archived)
        .collect();
    let vars = context! {
        session_id, group_name, members, themes,
        when => page.datetime(starts_at),
        levels => ["none", "some", "urgent"],
        max_went => MAX_WENT, max_note => MAX_CONCERN_NOTE,
    };
    Ok((vars, present))
}

pub async fn report_form(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (vars, present) = form_context(&page, &me, &id).await?;
    let form = ReportForm {
        present: present.to_string(),
        concern: "none".to_owned(),
        ..ReportForm::default()
    };
    page.render("supervision/report_form.html", context! { form, ..vars })
}

pub async fn file_report(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<ReportForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let filed = match form.parse() {
        Ok(input) => reports::file(&page.state, &me, &id, input).await,
        Err(error) => Err(error),
    };
    match filed {
        Ok(report_id) => Ok(see_other(&format!("/session-reports/{report_id}?filed=1"))),
        Err(error) => {
            let (vars, _) = form_context(&page, &me, &id).await?;
            page.render_form_error(
                "supervision/report_form.html",
                context! { form, ..vars },
                error,
            )
        }
    }
}

#[derive(Deserialize)]
pub struct Filed {
    filed: Option<String>,
}

/// One report: for its facilitator at `/session-reports/{id}`, for a supervisor at
/// `/supervision/reports/{id}` with the concern's controls.
pub async fn report(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    query: web::Query<Filed>,
) -> Result<HttpResponse, AppError> {
    let report = reports::read(&page.state, &me, &id).await?;
    let supervisor =
        page.request().path().starts_with("/supervision/") && me.user_id != report.facilitator_id;
    let labels = themes::list(&page.state, page.locale.code()).await?;
    let theme_names: Vec<String> = report
        .themes
        .iter()
        .filter_map(|t| labels.iter().find(|l| l.id == *t).map(|l| l.label.clone()))
        .collect();
    let when = page.datetime(report.created_at.naive_utc());
    let filed = query.filed.is_some();
    page.render(
        "supervision/report.html",
        context! { report, theme_names, supervisor, filed, when },
    )
}
