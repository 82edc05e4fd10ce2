//! Figures for staff and funders: each feature registers the series it can count for a period
//! (sessions held, attendance, reports, concerns…); the core draws them as charts with a
//! table beside each and a CSV download, and hides every count about families below five.

pub mod breakdown;
pub mod chart;
pub mod pages;
pub mod period;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use serde::Serialize;
use utoipa::ToSchema;

pub use period::{Bucket, Period};

use crate::auth::policy::Permission::ReadFigures;
use crate::error::AppError;
use crate::registry::Registry;
use crate::state::AppState;

/// Counts about families below this are shown as "fewer than 5", so that a family in a small
/// municipality cannot be recognised.
pub const SMALL_COUNT: f64 = 5.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Percent,
}

/// One figure over the period's buckets.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Series {
    /// Stable name (`groups.sessions_held`), also the CSV column.
    pub key: &'static str,
    /// Fluent id of the series' title.
    #[serde(skip)]
    pub title: &'static str,
    pub unit: Unit,
    /// Counts people or families: small counts are hidden.
    pub about_families: bool,
    /// One value per bucket of the period, in order.
    pub values: Vec<f64>,
}

type SourceFuture = Pin<Box<dyn Future<Output = Result<Vec<Series>, AppError>> + Send>>;
type Source = Arc<dyn Fn(AppState, Period) -> SourceFuture + Send + Sync>;
type BreakdownFuture = Pin<Box<dyn Future<Output = Result<Vec<Breakdown>, AppError>> + Send>>;
type BreakdownSource = Arc<dyn Fn(AppState, Period) -> BreakdownFuture + Send + Sync>;

/// What a row of a breakdown is called: a Fluent id, or a name that is already in the
/// reader's language or needs none (a county's name, a category staff named).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RowLabel {
    Message(String),
    Text(String),
    /// A wellbeing services county by its code, named in the reader's language.
    County(String),
}

/// One row of a breakdown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Row {
    pub label: RowLabel,
    pub value: f64,
}

/// One count over the whole period split by something (referrals by category): drawn as a
/// table with a bar in each row.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Breakdown {
    pub key: &'static str,
    /// Fluent ids of the title and of the column the rows are named in.
    #[serde(skip)]
    pub title: &'static str,
    #[serde(skip)]
    pub dimension: &'static str,
    pub about_families: bool,
    pub rows: Vec<Row>,
}

impl Breakdown {
    /// A row's value as a reader sees it, or `None` when it is a small count about families.
    pub fn shown(&self, value: f64) -> Option<String> {
        (!self.about_families || value == 0.0 || value >= SMALL_COUNT)
            .then(|| format!("{value:.0}"))
    }
}

/// Every registered source of figures (app data for the dashboard).
#[derive(Clone, Default)]
pub struct FigureSources {
    series: Vec<Source>,
    breakdowns: Vec<BreakdownSource>,
}

impl FigureSources {
    pub fn add<F, Fut>(&mut self, source: F)
    where
        F: Fn(AppState, Period) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<Series>, AppError>> + Send + 'static,
    {
        self.series.push(Arc::new(move |state, period| {
            Box::pin(source(state, period))
        }));
    }

    pub fn add_breakdowns<F, Fut>(&mut self, source: F)
    where
        F: Fn(AppState, Period) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<Breakdown>, AppError>> + Send + 'static,
    {
        self.breakdowns.push(Arc::new(move |state, period| {
            Box::pin(source(state, period))
        }));
    }

    pub async fn all(&self, state: &AppState, period: &Period) -> Result<Vec<Series>, AppError> {
        let mut series = Vec::new();
        for source in &self.series {
            series.extend(source(state.clone(), period.clone()).await?);
        }
        Ok(series)
    }

    pub async fn breakdowns(
        &self,
        state: &AppState,
        period: &Period,
    ) -> Result<Vec<Breakdown>, AppError> {
        let mut all = Vec::new();
        for source in &self.breakdowns {
            all.extend(source(state.clone(), period.clone()).await?);
        }
        Ok(all)
    }
}

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/staff/dashboard", ReadFigures, pages::dashboard)
        .get("/staff/dashboard.csv", ReadFigures, pages::csv)
        .get("/staff/figures/{year}", ReadFigures, pages::year)
        .get("/api/v1/figures", ReadFigures, pages::api);
    reg.api(<pages::FiguresApi as utoipa::OpenApi>::openapi());
}
