//! The period a dashboard shows, cut into weeks or months (Helsinki calendar).

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, FieldError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    Week,
    Month,
}

/// The choices of the period selector.
pub const CHOICES: &[&str] = &["12w", "6m", "12m"];

/// Consecutive buckets: `starts[i]` to `starts[i + 1]` (the last ends at `end`).
#[derive(Debug, Clone)]
pub struct Period {
    pub bucket: Bucket,
    pub starts: Vec<NaiveDate>,
    pub end: NaiveDate,
}

impl Period {
    /// `12w`, `6m` or `12m` back from `today` (the current week or month included).
    pub fn parse(text: &str, today: NaiveDate) -> Result<Self, AppError> {
        match text {
            "12w" => Ok(Self::weeks(today, 12)),
            "6m" => Ok(Self::months(month_start(today), 6)),
            "12m" => Ok(Self::months(month_start(today), 12)),
            _ => Err(AppError::invalid(vec![FieldError::new(
                "period",
                "field-choice-unknown",
                vec![],
            )])),
        }
    }

    fn weeks(today: NaiveDate, count: u32) -> Self {
        let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
        let first = monday - TimeDelta::weeks(i64::from(count) - 1);
        Self {
            bucket: Bucket::Week,
            starts: (0..count)
                .map(|i| first + TimeDelta::weeks(i64::from(i)))
                .collect(),
            end: monday + TimeDelta::weeks(1),
        }
    }

    /// `count` months ending with the month of `last`.
    pub fn months(last: NaiveDate, count: u32) -> Self {
        let first = last - Months::new(count - 1);
        Self {
            bucket: Bucket::Month,
            starts: (0..count).map(|i| first + Months::new(i)).collect(),
            end: last + Months::new(1),
        }
    }

    /// The twelve months of a calendar year.
    pub fn year(year: i32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, 12, 1).map(|december| Self::months(december, 12))
    }

    /// The bucket a moment falls in, if any (times are compared as stored, in UTC).
    pub fn index_of(&self, at: NaiveDateTime) -> Option<usize> {
        let day = at.date();
        if day < *self.starts.first()? || day >= self.end {
            return None;
        }
        Some(self.starts.partition_point(|start| *start <= day) - 1)
    }

    pub fn from(&self) -> NaiveDateTime {
        self.starts[0].and_hms_opt(0, 0, 0).unwrap_or_default()
    }

    pub fn until(&self) -> NaiveDateTime {
        self.end.and_hms_opt(0, 0, 0).unwrap_or_default()
    }

    /// Labels of the buckets: `2026-W49` or `2026-12`.
    pub fn labels(&self) -> Vec<String> {
        self.starts
            .iter()
            .map(|d| match self.bucket {
                Bucket::Week => format!("{}-W{:02}", d.iso_week().year(), d.iso_week().week()),
                Bucket::Month => format!("{}-{:02}", d.year(), d.month()),
            })
            .collect()
    }

    /// Zeroes, one per bucket.
    /// Where each bucket ends: the next one's start, and the period's end for the last.
    pub fn ends(&self) -> Vec<NaiveDateTime> {
        let midnight = |d: &NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default();
        self.starts
            .iter()
            .skip(1)
            .chain(std::iter::once(&self.end))
            .map(midnight)
            .collect()
    }

    pub fn zeroes(&self) -> Vec<f64> {
        vec![0.0; self.starts.len()]
    }
}

fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn weeks_and_months_cut_the_period_and_find_the_bucket() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let weeks = Period::parse("12w", today).unwrap();
        assert_eq!(weeks.starts.len(), 12);
        assert_eq!(weeks.labels().last().unwrap(), "2026-W49");
        let at = NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(18, 0, 0)
            .unwrap();
        assert_eq!(weeks.index_of(at), Some(11));
        let months = Period::parse("6m", today).unwrap();
        assert_eq!(
            months.labels(),
            [
                "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"
            ]
        );
        assert_eq!(months.index_of(at), Some(4));
        assert_eq!(months.index_of(months.until()), None);
        assert!(Period::parse("5y", today).is_err());
        assert_eq!(Period::year(2026).unwrap().labels()[0], "2026-01");
    }
}
