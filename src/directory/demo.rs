//! Demo directory: the sample PTV and HSDS files the tests use, imported, so that `silta demo`
//! has realistic services in Helsinki, Espoo, Vantaa and Turku (a child welfare contact in
//! each). Imported once: a database that has PTV or HSDS services already is left alone.

use diesel::prelude::*;

use super::import::{self, Report};
use super::schema::directory_services;
use crate::error::AppError;
use crate::state::AppState;

const PTV_SERVICES: &str = include_str!("../../tests/data/directory/ptv-services.json");
const PTV_CHANNELS: &str = include_str!("../../tests/data/directory/ptv-channels.json");
const HSDS_FI: &str = include_str!("../../tests/data/directory/hsds-services.fi.json");
const HSDS_EN: &str = include_str!("../../tests/data/directory/hsds-services.en.json");

fn failed(error: import::ImportError) -> AppError {
    AppError::internal(error)
}

/// Imports the demo services unless imported services are there; the lines to print.
pub async fn demo_directory(state: &AppState) -> Result<Vec<String>, AppError> {
    let imported: i64 = state
        .db
        .run(|conn| {
            Ok(directory_services::table
                .filter(directory_services::source.eq_any(["ptv", "hsds"]))
                .count()
                .get_result(conn)?)
        })
        .await?;
    if imported > 0 {
        return Ok(Vec::new());
    }
    let ptv = import::read_ptv(&[
        ("ptv-services.json".to_owned(), PTV_SERVICES.to_owned()),
        ("ptv-channels.json".to_owned(), PTV_CHANNELS.to_owned()),
    ])
    .map_err(failed)?;
    let ptv: Report = import::apply(state, ptv).await.map_err(failed)?;
    let mut hsds = 0;
    for (name, text, language) in [
        ("hsds-services.fi.json", HSDS_FI, "fi"),
        ("hsds-services.en.json", HSDS_EN, "en"),
    ] {
        let batch =
            import::read_hsds(&(name.to_owned(), text.to_owned()), language).map_err(failed)?;
        hsds += import::apply(state, batch).await.map_err(failed)?.added;
    }
    Ok(vec![format!(
        "{} directory services from the national register (PTV) and {} from an HSDS file, in Helsinki, Espoo, Vantaa and Turku",
        ptv.added, hsds
    )])
}
