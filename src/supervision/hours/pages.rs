//! Pages of volunteer hours: one's own (with the form to add), the supervisor's approvals,
//! the staff CSV.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::api::YearQuery;
use super::{MAX_NOTE, NewHours};
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldError};
use crate::web::{HtmlForm, Page, see_other};

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct HoursForm {
    #[serde(default)]
    worked_on: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    note: String,
}

/// Arabic-Indic and Persian digits and decimal signs, as phones type them, to `0-9` and `.`.
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            ',' | '٫' => '.',
            other => other,
        })
        .collect()
}

impl HoursForm {
    /// Hours as the form takes them (`1.5` or `1,5`), to minutes.
    fn parse(&self) -> Result<NewHours, AppError> {
        let day = chrono::NaiveDate::parse_from_str(self.worked_on.trim(), "%Y-%m-%d");
        let hours = western_digits(self.hours.trim()).parse::<f64>();
        let mut errors = Vec::new();
        if day.is_err() {
            errors.push(FieldError::new("worked_on", "field-invalid-value", vec![]));
        }
        let minutes = match hours {
            Ok(h) if h.is_finite() && h > 0.0 && h <= 24.0 => (h * 60.0).round() as i32,
            _ => {
                errors.push(FieldError::new("hours", "hours-minutes-invalid", vec![]));
                0
            }
        };
        match day {
            Ok(worked_on) if errors.is_empty() => Ok(NewHours {
                worked_on,
                minutes,
                note: self.note.clone(),
            }),
            _ => Err(AppError::invalid(errors)),
        }
    }
}

async fn render_mine(
    page: &Page,
    me: &CurrentUser,
    year: Option<i32>,
    form: HoursForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let hours = super::mine(&page.state, me, year).await?;
    let vars = context! { hours, form, max_note => MAX_NOTE };
    match error {
        Some(error) => page.render_form_error("supervision/hours.html", vars, error),
        None => page.render("supervision/hours.html", vars),
    }
}

pub async fn mine(
    page: Page,
    me: CurrentUser,
    query: web::Query<YearQuery>,
) -> Result<HttpResponse, AppError> {
    let form = HoursForm {
        worked_on: crate::groups::service::local_date(crate::clock::now()).to_string(),
        ..HoursForm::default()
    };
    render_mine(&page, &me, query.year, form, None).await
}

pub async fn add(
    page: Page,
    me: CurrentUser,
    form: HtmlForm<HoursForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let added = match form.parse() {
        Ok(new) => super::add(&page.state, &me, new).await,
        Err(error) => Err(error),
    };
    match added {
        Ok(_) => Ok(see_other("/hours")),
        Err(error) => render_mine(&page, &me, None, form, Some(error)).await,
    }
}

pub async fn waiting(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let entries = super::waiting(&page.state, &me).await?;
    page.render("supervision/hours_waiting.html", context! { entries })
}

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    ids: Vec<String>,
    #[serde(default)]
    decision: String,
}

pub async fn decide(
    page: Page,
    me: CurrentUser,
    form: HtmlForm<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let DecisionForm { ids, decision } = form.0;
    super::decide(&page.state, &me, ids, decision == "approve").await?;
    Ok(see_other("/supervision/hours"))
}

pub async fn csv(page: Page, query: web::Query<YearQuery>) -> Result<HttpResponse, AppError> {
    let year = query
        .year
        .unwrap_or_else(|| chrono::Datelike::year(&crate::clock::now()));
    let text = super::csv(&page.state, year).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"silta-hours-{year}.csv\""),
        ))
        .body(text))
}
