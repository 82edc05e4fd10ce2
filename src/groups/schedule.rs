//! Session times: a weekly series in a time zone, stored in UTC. A series that crosses a
//! daylight-saving change keeps its local time.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone};
use chrono_tz::Tz;

/// Where groups meet: Finland.
pub const GROUP_TIME_ZONE: Tz = chrono_tz::Europe::Helsinki;

pub const MAX_WEEKS: u32 = 52;
pub const MAX_DURATION_MINUTES: u32 = 8 * 60;

/// "Weekly on the first date's weekday, at `start` local time, for `weeks` weeks."
#[derive(Debug, Clone, Copy)]
pub struct WeeklySeries {
    pub first_date: NaiveDate,
    pub start: NaiveTime,
    pub duration_minutes: u32,
    pub weeks: u32,
}

impl WeeklySeries {
    /// From a form's `YYYY-MM-DD` date and `HH:MM` time (Helsinki); None when either is not.
    pub fn parse(date: &str, start: &str, duration_minutes: u32, weeks: u32) -> Option<Self> {
        Some(Self {
            first_date: NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok()?,
            start: NaiveTime::parse_from_str(start.trim(), "%H:%M").ok()?,
            duration_minutes,
            weeks,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleError {
    NoSessions,
    TooManyWeeks,
    BadDuration,
}

/// Converts a local wall-clock time to UTC. A time skipped by the spring change (03:00–04:00)
/// moves an hour later; a repeated autumn time takes its first occurrence.
pub fn local_to_utc(local: NaiveDateTime, zone: Tz) -> NaiveDateTime {
    zone.from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            zone.from_local_datetime(&(local + TimeDelta::hours(1)))
                .earliest()
        })
        .map_or(local, |t| t.naive_utc())
}

pub fn utc_to_local(utc: NaiveDateTime, zone: Tz) -> NaiveDateTime {
    zone.from_utc_datetime(&utc).naive_local()
}

/// (start, end) in UTC of every session of the series.
pub fn occurrences(
    series: &WeeklySeries,
    zone: Tz,
) -> Result<Vec<(NaiveDateTime, NaiveDateTime)>, ScheduleError> {
    if series.weeks == 0 {
        return Err(ScheduleError::NoSessions);
    }
    if series.weeks > MAX_WEEKS {
        return Err(ScheduleError::TooManyWeeks);
    }
    if series.duration_minutes == 0 || series.duration_minutes > MAX_DURATION_MINUTES {
        return Err(ScheduleError::BadDuration);
    }
    Ok((0..series.weeks)
        .map(|week| {
            let day = series.first_date + TimeDelta::weeks(i64::from(week));
            let local_start = day.and_time(series.start);
            let local_end = local_start + TimeDelta::minutes(i64::from(series.duration_minutes));
            (
                local_to_utc(local_start, zone),
                local_to_utc(local_end, zone),
            )
        })
        .collect())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_weekly_series_keeps_its_local_time_across_the_autumn_change() {
        // Tuesdays 18:00 Helsinki from 20 October 2026; clocks go back on 25 October.
        let series = WeeklySeries {
            first_date: NaiveDate::from_ymd_opt(2026, 10, 20).unwrap(),
            start: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            duration_minutes: 90,
            weeks: 3,
        };
        let sessions = occurrences(&series, GROUP_TIME_ZONE).unwrap();
        let utc_hours: Vec<u32> = sessions
            .iter()
            .map(|(s, _)| chrono::Timelike::hour(s))
            .collect();
        assert_eq!(utc_hours, [15, 16, 16], "UTC+3 in summer time, UTC+2 after");
        for (start, end) in &sessions {
            assert_eq!(utc_to_local(*start, GROUP_TIME_ZONE).time(), series.start);
            assert_eq!(*end - *start, TimeDelta::minutes(90));
        }
    }

    #[test]
    fn and_across_the_spring_change() {
        let series = WeeklySeries {
            first_date: NaiveDate::from_ymd_opt(2027, 3, 23).unwrap(),
            start: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            duration_minutes: 60,
            weeks: 2,
        };
        let sessions = occurrences(&series, GROUP_TIME_ZONE).unwrap();
        assert_eq!(chrono::Timelike::hour(&sessions[0].0), 16);
        assert_eq!(chrono::Timelike::hour(&sessions[1].0), 15);
    }

    #[test]
    fn nonsense_series_are_refused() {
        let series = |weeks, minutes| WeeklySeries {
            first_date: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
            start: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            duration_minutes: minutes,
            weeks,
        };
        assert_eq!(
            occurrences(&series(0, 60), GROUP_TIME_ZONE),
            Err(ScheduleError::NoSessions)
        );
        assert_eq!(
            occurrences(&series(53, 60), GROUP_TIME_ZONE),
            Err(ScheduleError::TooManyWeeks)
        );
        assert_eq!(
            occurrences(&series(4, 0), GROUP_TIME_ZONE),
            Err(ScheduleError::BadDuration)
        );
        let skipped = local_to_utc(
            NaiveDate::from_ymd_opt(2027, 3, 28)
                .unwrap()
                .and_hms_opt(3, 30, 0)
                .unwrap(),
            GROUP_TIME_ZONE,
        );
        assert_eq!(
            chrono::Timelike::hour(&skipped),
            1,
            "03:30 does not exist; 04:30 local is 01:30 UTC"
        );
    }
}
