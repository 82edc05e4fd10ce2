//! The staff dashboard (`/staff/dashboard`), its CSV, the yearly report for funders and the
//! same figures as JSON.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::breakdown::{self, BreakdownOut, BreakdownView};
use super::chart::{self, Chart};
use super::period::{CHOICES, Period};
use super::{FigureSources, Series};
use crate::error::{AppError, FieldError};
use crate::state::AppState;
use crate::web::Page;

#[derive(OpenApi)]
#[openapi(paths(api), tags((name = "figures", description = "Aggregated figures for staff")))]
pub struct FiguresApi;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    /// `12w` (weeks), `6m` or `12m` (months); default `12w`.
    #[param(pattern = "^(12w|6m|12m)$")]
    period: Option<String>,
}

impl PeriodQuery {
    fn period(&self) -> Result<(String, Period), AppError> {
        let text = self.period.clone().unwrap_or_else(|| CHOICES[0].to_owned());
        let period = Period::parse(&text, crate::clock::now().date())?;
        Ok((text, period))
    }
}

fn charts(series: &[Series], labels: &[String]) -> Vec<Chart> {
    series.iter().map(|s| chart::draw(s, labels)).collect()
}

async fn breakdown_views(
    sources: &FigureSources,
    page: &Page,
    period: &Period,
) -> Result<Vec<BreakdownView>, AppError> {
    let all = sources.breakdowns(&page.state, period).await?;
    let language = page.locale.code();
    Ok(all.iter().map(|b| breakdown::view(b, language)).collect())
}

pub async fn dashboard(
    page: Page,
    sources: web::Data<FigureSources>,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    let (chosen, period) = query.period()?;
    let series = sources.all(&page.state, &period).await?;
    let labels = period.labels();
    let charts = charts(&series, &labels);
    let breakdowns = breakdown_views(&sources, &page, &period).await?;
    page.render(
        "figures/dashboard.html",
        context! {
            charts, labels, chosen, breakdowns,
            choices => CHOICES,
            now_year => chrono::Datelike::year(&crate::clock::now().date()),
        },
    )
}

/// The yearly report for funders: the twelve months of `year`, with the year's totals.
pub async fn year(
    page: Page,
    sources: web::Data<FigureSources>,
    year: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let year = year.into_inner();
    let period = Period::year(year)
        .filter(|_| (2020..=2100).contains(&year))
        .ok_or_else(|| {
            AppError::invalid(vec![FieldError::new("year", "field-invalid-value", vec![])])
        })?;
    let series = sources.all(&page.state, &period).await?;
    let labels = period.labels();
    let totals: Vec<Option<String>> = series
        .iter()
        .map(|s| match s.unit {
            super::Unit::Count => chart::shown(s, s.values.iter().sum()),
            super::Unit::Percent => None,
        })
        .collect();
    let charts = charts(&series, &labels);
    let breakdowns = breakdown_views(&sources, &page, &period).await?;
    page.render(
        "figures/year.html",
        context! { charts, labels, totals, year, breakdowns },
    )
}

/// A figure for JSON readers: hidden values are null, with the threshold beside them.
#[derive(Debug, Serialize, ToSchema)]
pub struct SeriesOut {
    pub key: &'static str,
    pub unit: super::Unit,
    pub about_families: bool,
    /// One per bucket; null where a count about families is below `fewer_than`.
    pub values: Vec<Option<f64>>,
    pub fewer_than: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Figures {
    pub bucket: super::Bucket,
    /// `2026-W49` or `2026-12`.
    pub labels: Vec<String>,
    pub series: Vec<SeriesOut>,
    /// Counts over the whole period split by something (referrals by category).
    pub breakdowns: Vec<BreakdownOut>,
}

/// Figures over a period (counts about families below five are null)
#[utoipa::path(get, path = "/api/v1/figures", tag = "figures", params(PeriodQuery),
    responses(
        (status = 200, description = "The figures", body = Figures),
        (status = 400, description = "An unknown period", body = crate::web::errors::Problem),
    ))]
pub async fn api(
    state: web::Data<AppState>,
    sources: web::Data<FigureSources>,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    let (_, period) = query.period()?;
    let series = sources.all(&state, &period).await?;
    let out = series
        .iter()
        .map(|s| SeriesOut {
            key: s.key,
            unit: s.unit,
            about_families: s.about_families,
            values: s
                .values
                .iter()
                .map(|v| chart::shown(s, *v).map(|_| *v))
                .collect(),
            fewer_than: s.about_families.then_some(super::SMALL_COUNT),
        })
        .collect();
    let breakdowns = sources.breakdowns(&state, &period).await?;
    Ok(HttpResponse::Ok().json(Figures {
        bucket: period.bucket,
        labels: period.labels(),
        series: out,
        breakdowns: breakdowns.iter().map(breakdown::out).collect(),
    }))
}

/// The figures as CSV: a row per bucket, a column per series; hidden counts as `<5`.
pub async fn csv(
    page: Page,
    sources: web::Data<FigureSources>,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    let (chosen, period) = query.period()?;
    let series = sources.all(&page.state, &period).await?;
    let mut text = String::from("period");
    for s in &series {
        text.push(',');
        text.push_str(s.key);
    }
    text.push('\n');
    for (i, label) in period.labels().iter().enumerate() {
        text.push_str(label);
        for s in &series {
            text.push(',');
            text.push_str(
                &chart::shown(s, s.values[i])
                    .unwrap_or_else(|| "<5".to_owned())
                    .replace(" %", ""),
            );
        }
        text.push('\n');
    }
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"silta-figures-{chosen}.csv\""),
        ))
        .body(text))
}
