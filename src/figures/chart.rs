//! A series drawn as a bar chart in SVG, and the same numbers as table cells: counts about
//! families below five are shown as "fewer than 5" (and drawn as a hatched stub).

use serde::Serialize;

use super::{SMALL_COUNT, Series, Unit};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 180.0;
const AXIS: f64 = 24.0;

/// One bar: its box in the chart and the text a reader sees for it.
#[derive(Debug, Serialize)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub label: String,
    /// The label under the bar: `W49` or `12`.
    pub short: String,
    /// The value as shown; `None`: fewer than five, hidden.
    pub shown: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    pub key: &'static str,
    pub title: &'static str,
    pub width: f64,
    pub height: f64,
    pub bars: Vec<Bar>,
    /// The largest value, for the axis label.
    pub top: String,
}

/// The value as a reader sees it, or `None` when it is a small count about families.
pub fn shown(series: &Series, value: f64) -> Option<String> {
    if series.about_families && value > 0.0 && value < SMALL_COUNT {
        return None;
    }
    Some(match series.unit {
        Unit::Count => format!("{value:.0}"),
        Unit::Percent => format!("{value:.0} %"),
    })
}

pub fn draw(series: &Series, labels: &[String]) -> Chart {
    let top = series
        .values
        .iter()
        .copied()
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let slot = WIDTH / labels.len().max(1) as f64;
    let bars = series
        .values
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (value, label))| {
            let shown = shown(series, *value);
            // A hidden small count is drawn as the same short stub, whatever it is.
            let drawn = if shown.is_none() { top * 0.04 } else { *value };
            let height = (drawn / top) * (HEIGHT - AXIS);
            Bar {
                x: i as f64 * slot + slot * 0.15,
                y: HEIGHT - AXIS - height,
                width: slot * 0.7,
                height,
                short: label.rsplit('-').next().unwrap_or_default().to_owned(),
                label: label.clone(),
                shown,
            }
        })
        .collect();
    Chart {
        key: series.key,
        title: series.title,
        width: WIDTH,
        height: HEIGHT,
        bars,
        top: shown(series, top).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_about_families_are_hidden_and_drawn_alike() {
        let series = Series {
            key: "families",
            title: "t",
            unit: Unit::Count,
            about_families: true,
            values: vec![0.0, 1.0, 4.0, 5.0, 40.0],
        };
        let labels: Vec<String> = (1..=5).map(|i| i.to_string()).collect();
        let chart = draw(&series, &labels);
        let shown: Vec<Option<&str>> = chart.bars.iter().map(|b| b.shown.as_deref()).collect();
        assert_eq!(shown, [Some("0"), None, None, Some("5"), Some("40")]);
        assert_eq!(
            chart.bars[1].height, chart.bars[2].height,
            "1 and 4 look the same"
        );
        let sessions = Series {
            about_families: false,
            ..series
        };
        assert_eq!(draw(&sessions, &labels).bars[1].shown.as_deref(), Some("1"));
    }
}
