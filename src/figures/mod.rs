//! Figures for staff and funders: each feature registers the series it can count for a period
//! (sessions held, attendance, reports, concerns…); the core draws them as charts with a
//! table beside each and a CSV download, and hides every count about families below five.

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

/// Every registered source of figures (app data for the dashboard).
#[derive(Clone, Default)]
pub struct FigureSources(Vec<Source>);

impl FigureSources {
    pub fn add<F, Fut>(&mut self, source: F)
    where
        F: Fn(AppState, Period) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<Series>, AppError>> + Send + 'static,
    {
        self.0.push(Arc::new(move |state, period| {
            Box::pin(source(state, period))
        }));
    }

    pub async fn all(&self, state: &AppState, period: &Period) -> Result<Vec<Series>, AppError> {
        let mut series = Vec::new();
        for source in &self.0 {
            series.extend(source(state.clone(), period.clone()).await?);
        }
        Ok(series)
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
