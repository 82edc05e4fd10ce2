//! Dates and times as readers of each language expect them: the order, words and separators
//! come from the locale files (`datetime`, `time-of-day`), the digits from the language.

use chrono::{DateTime, Datelike, Timelike, Utc};
use fluent_bundle::{FluentArgs, FluentValue};

use super::{I18n, language};

/// Times are shown in Finnish time: groups meet in Finland.
const SHOWN_IN: chrono_tz::Tz = chrono_tz::Europe::Helsinki;

impl I18n {
    /// Weekday, date and time of day, e.g. "tiistai 1.12.2026 klo 18.00".
    pub fn datetime(&self, lang: &str, utc: DateTime<Utc>) -> String {
        let local = utc.with_timezone(&SHOWN_IN);
        let mut args = clock_args(&local);
        let weekday = local.weekday().number_from_monday();
        let month = local.month();
        args.set(
            "weekday",
            self.translate(lang, &format!("weekday-{weekday}"), None),
        );
        args.set(
            "month_name",
            self.translate(lang, &format!("month-{month}"), None),
        );
        args.set("day", local.day().to_string());
        args.set("month", month.to_string());
        args.set("year", local.year().to_string());
        with_digits(lang, self.translate(lang, "datetime", Some(&args)))
    }

    /// The time of day alone, e.g. "18.00".
    pub fn time_of_day(&self, lang: &str, utc: DateTime<Utc>) -> String {
        let args = clock_args(&utc.with_timezone(&SHOWN_IN));
        with_digits(lang, self.translate(lang, "time-of-day", Some(&args)))
    }
}

fn clock_args(local: &DateTime<chrono_tz::Tz>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    // Strings, not numbers: Fluent would format 5 minutes as "5", not "05".
    args.set("hour", FluentValue::from(format!("{:02}", local.hour())));
    args.set(
        "minute",
        FluentValue::from(format!("{:02}", local.minute())),
    );
    args
}

/// Western digits become the language's own (Arabic-Indic for Arabic, Persian for Persian).
/// Fluent's bidi isolation marks are dropped: every placeable here is a number or a weekday or
/// month name of the same language, never someone's text, and the marks would split "18:05".
fn with_digits(lang: &str, text: String) -> String {
    let zero = language(lang).and_then(|l| l.native_zero);
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .map(|c| match (zero, c.to_digit(10)) {
            (Some(zero), Some(d)) if c.is_ascii_digit() => {
                char::from_u32(zero as u32 + d).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn each_language_orders_and_writes_dates_its_own_way() {
        let i18n = I18n::load().unwrap();
        // 16:00 UTC on 1 December 2026 is 18:00 in Helsinki, a Tuesday.
        let at = DateTime::parse_from_rfc3339("2026-12-01T16:05:00Z")
            .unwrap()
            .to_utc();
        assert_eq!((i18n.datetime("fi", at)), "Tiistai 1.12.2026 klo 18.05");
        assert_eq!((i18n.datetime("en", at)), "Tuesday 1 December 2026, 18:05");
        assert_eq!((i18n.datetime("ru", at)), "Вторник, 1 декабря 2026, 18:05");
        assert!((i18n.datetime("ar", at)).contains("١٨:٠٥"));
        assert!((i18n.datetime("fa", at)).contains("۱۸:۰۵"));
        assert_eq!((i18n.time_of_day("sv", at)), "18.05");
    }

    #[test]
    fn summer_time_is_shown_as_local_time() {
        let i18n = I18n::load().unwrap();
        let at = DateTime::parse_from_rfc3339("2026-07-01T15:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!((i18n.time_of_day("en", at)), "18:00");
    }
}
