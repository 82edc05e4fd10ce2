//! Which page of the group listing is asked for: its size and an opaque cursor (the API) or a
//! page number (the HTML page).

use chrono::{DateTime, NaiveDateTime};

use crate::error::{AppError, FieldError};
use crate::groups::listing::Position;
use crate::groups::model::Group;
use crate::i18n::ArgValue;

pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 100;

/// The paging part of the listing's query string.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageRequest {
    /// Groups per page, 1 to 100; 20 if not given.
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    /// `next_cursor` of the page before.
    #[param(pattern = "^[0-9a-f]*$", max_length = 200)]
    pub cursor: Option<String>,
    /// 1-based page number, where no cursor is given.
    pub page: Option<i64>,
}

impl PageRequest {
    /// The page size, or a field error naming the allowed range.
    pub(super) fn limit(&self) -> Result<i64, AppError> {
        match self.limit {
            None => Ok(DEFAULT_LIMIT),
            Some(limit) if (1..=MAX_LIMIT).contains(&limit) => Ok(limit),
            Some(_) => Err(AppError::invalid(vec![FieldError::new(
                "limit",
                "field-limit-range",
                vec![
                    ("min", ArgValue::Number(1.0)),
                    ("max", ArgValue::Number(MAX_LIMIT as f64)),
                ],
            )])),
        }
    }

    /// Where the page begins, given how many groups match; with the 1-based page number.
    pub(super) fn position(&self, limit: i64, total: i64) -> Result<(Position, i64), AppError> {
        if let Some(cursor) = self.cursor.as_deref().filter(|c| !c.is_empty()) {
            let (created_at, id) = decode(cursor).ok_or_else(|| {
                AppError::invalid(vec![FieldError::new(
                    "cursor",
                    "field-cursor-invalid",
                    vec![],
                )])
            })?;
            return Ok((Position::After(created_at, id), 0));
        }
        let pages = pages(total, limit);
        let page = self.page.unwrap_or(1).clamp(1, pages);
        Ok((Position::Skip((page - 1) * limit), page))
    }
}

/// How many pages `total` groups fill; at least one.
pub fn pages(total: i64, limit: i64) -> i64 {
    ((total + limit - 1) / limit.max(1)).max(1)
}

/// The cursor that continues after `group`.
pub(super) fn cursor_after(group: &Group) -> String {
    let micros = group.created_at.and_utc().timestamp_micros();
    hex::encode(format!("{micros}|{}", group.id))
}

fn decode(cursor: &str) -> Option<(NaiveDateTime, String)> {
    let bytes = hex::decode(cursor).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (micros, id) = text.split_once('|')?;
    let created_at = DateTime::from_timestamp_micros(micros.parse().ok()?)?.naive_utc();
    Some((created_at, id.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_and_garbage_is_refused() {
        let at = DateTime::from_timestamp_micros(1_780_000_000_123_456)
            .map(|d| d.naive_utc())
            .unwrap_or_default();
        let group = Group {
            id: "g-1|x".into(),
            spoken_languages: String::new(),
            topics: String::new(),
            audience: String::new(),
            region: String::new(),
            capacity: 1,
            join_policy: String::new(),
            status: String::new(),
            created_by: String::new(),
            created_at: at,
            updated_at: at,
        };
        assert_eq!(decode(&cursor_after(&group)), Some((at, "g-1|x".into())));
        assert_eq!(decode("not a cursor"), None);
        assert_eq!(decode(&hex::encode("x|y")), None);
        assert_eq!(pages(0, 20), 1);
        assert_eq!(pages(21, 20), 2);
    }
}
