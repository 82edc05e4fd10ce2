//! A breakdown drawn as a table with a bar in each row (the numbers are the table; the bars
//! only repeat them), and the same numbers for JSON readers. Small counts about families are
//! "fewer than 5" and drawn as the same stub, whatever they are.

use serde::Serialize;
use utoipa::ToSchema;

use super::{Breakdown, RowLabel, SMALL_COUNT};

#[derive(Debug, Serialize)]
pub struct RowView {
    pub label: RowLabel,
    pub shown: Option<String>,
    /// The bar's length, 0–100 % of the largest row.
    pub width: f64,
}

#[derive(Debug, Serialize)]
pub struct BreakdownView {
    pub key: &'static str,
    pub title: &'static str,
    pub dimension: &'static str,
    pub rows: Vec<RowView>,
}

pub fn view(breakdown: &Breakdown, language: &str) -> BreakdownView {
    let top = breakdown
        .rows
        .iter()
        .map(|r| r.value)
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let rows = breakdown
        .rows
        .iter()
        .map(|row| {
            let shown = breakdown.shown(row.value);
            let drawn = if shown.is_none() {
                top * 0.04
            } else {
                row.value
            };
            RowView {
                label: named(&row.label, language),
                shown,
                width: (drawn / top * 100.0).round(),
            }
        })
        .collect();
    BreakdownView {
        key: breakdown.key,
        title: breakdown.title,
        dimension: breakdown.dimension,
        rows,
    }
}

/// A county's code as its name in `language`; other labels as they are.
fn named(label: &RowLabel, language: &str) -> RowLabel {
    match label {
        RowLabel::County(code) => RowLabel::Text(
            crate::regions::county(code)
                .map(|c| c.name(language).to_owned())
                .unwrap_or_else(|| code.clone()),
        ),
        other => other.clone(),
    }
}

/// A breakdown for JSON readers: hidden values are null, with the threshold beside them.
#[derive(Debug, Serialize, ToSchema)]
pub struct BreakdownOut {
    pub key: &'static str,
    pub about_families: bool,
    pub rows: Vec<RowOut>,
    pub fewer_than: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RowOut {
    pub label: RowLabel,
    pub value: Option<f64>,
}

pub fn out(breakdown: &Breakdown) -> BreakdownOut {
    BreakdownOut {
        key: breakdown.key,
        about_families: breakdown.about_families,
        rows: breakdown
            .rows
            .iter()
            .map(|r| RowOut {
                label: r.label.clone(),
                value: breakdown.shown(r.value).map(|_| r.value),
            })
            .collect(),
        fewer_than: breakdown.about_families.then_some(SMALL_COUNT),
    }
}

#[cfg(test)]
mod tests {
    use super::super::Row;
    use super::*;

    #[test]
    fn small_counts_about_families_are_hidden_in_both_views() {
        let breakdown = Breakdown {
            key: "k",
            title: "t",
            dimension: "d",
            about_families: true,
            rows: [0.0, 3.0, 10.0]
                .into_iter()
                .map(|value| Row {
                    label: RowLabel::Text(format!("{value}")),
                    value,
                })
                .collect(),
        };
        let view = view(&breakdown, "fi");
        let shown: Vec<Option<String>> = view.rows.iter().map(|r| r.shown.clone()).collect();
        assert_eq!(shown, [Some("0".into()), None, Some("10".into())]);
        assert_eq!(view.rows[2].width, 100.0);
        let values: Vec<Option<f64>> = out(&breakdown).rows.iter().map(|r| r.value).collect();
        assert_eq!(values, [Some(0.0), None, Some(10.0)]);
    }
}
