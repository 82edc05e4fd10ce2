//! A cohort's completion over time: required modules completed, counted per day from the
//! cohort's start, drawn as a small server-rendered SVG beside a table of the same figures.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// How many required modules were completed by the end of `day` (all candidates together).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ChartPoint {
    #[schema(format = Date)]
    pub day: NaiveDate,
    pub completed: usize,
}

/// Cumulative completions per day on which something was completed, from the start.
pub fn over_time(start: NaiveDateTime, completions: &[NaiveDateTime]) -> Vec<ChartPoint> {
    let mut per_day: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    per_day.insert(start.date(), 0);
    for at in completions {
        *per_day.entry(at.date().max(start.date())).or_default() += 1;
    }
    let mut total = 0;
    per_day
        .into_iter()
        .map(|(day, n)| {
            total += n;
            ChartPoint {
                day,
                completed: total,
            }
        })
        .collect()
}

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 120.0;
const PAD: f64 = 8.0;

/// The line of `points` against `possible` (every candidate done with every module). The SVG
/// is decoration for sighted readers (`aria-hidden`): the table beside it carries the figures.
pub fn svg(points: &[ChartPoint], possible: usize) -> String {
    let first = points.first().map(|p| p.day);
    let last = points.last().map(|p| p.day);
    let span = match (first, last) {
        (Some(a), Some(b)) => (b - a).num_days().max(1) as f64,
        _ => 1.0,
    };
    let top = possible.max(1) as f64;
    let mut line = String::new();
    for p in points {
        let days = first.map_or(0, |f| (p.day - f).num_days()) as f64;
        let x = PAD + days / span * (WIDTH - 2.0 * PAD);
        let y = HEIGHT - PAD - (p.completed as f64).min(top) / top * (HEIGHT - 2.0 * PAD);
        let _ = write!(line, "{x:.1},{y:.1} ");
    }
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" aria-hidden="true" focusable="false" class="chart"><rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="none" stroke="currentColor" stroke-opacity="0.3"/><line x1="{PAD}" y1="{PAD}" x2="{x2}" y2="{PAD}" stroke="currentColor" stroke-dasharray="4 4" stroke-opacity="0.5"/><polyline points="{}" fill="none" stroke="currentColor" stroke-width="3"/></svg>"#,
        line.trim_end(),
        x2 = WIDTH - PAD,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_accumulate_per_day_and_the_svg_has_one_point_each() {
        let day = |d: u32| {
            NaiveDate::from_ymd_opt(2027, 3, d)
                .and_then(|x| x.and_hms_opt(12, 0, 0))
                .unwrap_or_default()
        };
        let points = over_time(day(1), &[day(3), day(3), day(5)]);
        let counts: Vec<usize> = points.iter().map(|p| p.completed).collect();
        assert_eq!(counts, vec![0, 2, 3]);
        let drawn = svg(&points, 6);
        assert_eq!(drawn.matches(',').count(), 3);
        assert!(drawn.contains("aria-hidden=\"true\""));
    }
}
