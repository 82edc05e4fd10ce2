//! Paged lists, shared by every feature: which page is asked for ([`PageRequest`]: a `limit`
//! and an opaque `cursor` for the API, or a `page` number for HTML), the page answered
//! ([`Page`]: `items`, `next_cursor`, `total`), a keyset over `(created_at, id)` newest first
//! ([`Cursor`], [`Position`], [`keyset_page!`](crate::keyset_page)) and the HTML pager
//! ([`Pager`], `web/templates/_pager.html`, texts in `locales/<lang>/paging.ftl`).

mod cursor;
mod pager;

pub use cursor::{Cursor, Position};
pub use pager::Pager;

use crate::error::{AppError, FieldError};
use crate::i18n::ArgValue;

pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 100;

/// The paging part of a list's query string. Numbers are read here, not by serde, so that
/// `limit=abc` is a field error naming `limit` like `limit=0` is.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageRequest {
    /// Items per page, 1 to 100; 20 if not given.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 100)]
    pub limit: Option<String>,
    /// `next_cursor` of the page before.
    #[param(pattern = "^[0-9a-f]*$", max_length = 200)]
    pub cursor: Option<String>,
    /// 1-based page number, where no cursor is given (the HTML pages).
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: Option<String>,
}

fn range_error(field: &'static str, max: Option<i64>) -> FieldError {
    match max {
        Some(max) => FieldError::new(
            field,
            "field-limit-range",
            vec![
                ("min", ArgValue::Number(1.0)),
                ("max", ArgValue::Number(max as f64)),
            ],
        ),
        None => FieldError::new(field, "field-page-invalid", vec![]),
    }
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The page number of an HTML list's query string (`?page=`), read beside its filters.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct PageNumber {
    pub page: Option<String>,
}

impl From<PageNumber> for PageRequest {
    fn from(number: PageNumber) -> Self {
        Self::numbered(number.page)
    }
}

/// Where a list's page begins and how long it is, checked: what a service reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub limit: i64,
    /// A cursor, if one was given.
    pub after: Option<Cursor>,
    /// The 1-based page number asked for (1 where none or a cursor was given).
    pub page: i64,
}

impl PageRequest {
    /// A request for a page by number, as the HTML pages make it.
    pub fn numbered(page: Option<String>) -> Self {
        Self {
            page,
            ..Self::default()
        }
    }

    /// The page size, cursor and page number, or field errors naming each bad one.
    pub fn check(&self) -> Result<Checked, AppError> {
        let mut errors = Vec::new();
        let limit = match given(&self.limit).map(str::parse::<i64>) {
            None => DEFAULT_LIMIT,
            Some(Ok(limit)) if (1..=MAX_LIMIT).contains(&limit) => limit,
            Some(_) => {
                errors.push(range_error("limit", Some(MAX_LIMIT)));
                DEFAULT_LIMIT
            }
        };
        let page = match given(&self.page).map(str::parse::<i64>) {
            None => 1,
            Some(Ok(page)) if page >= 1 => page,
            Some(_) => {
                errors.push(range_error("page", None));
                1
            }
        };
        let after = match given(&self.cursor) {
            None => None,
            Some(text) => {
                let cursor = Cursor::decode(text);
                if cursor.is_none() {
                    errors.push(FieldError::new("cursor", "field-cursor-invalid", vec![]));
                }
                cursor
            }
        };
        if errors.is_empty() {
            Ok(Checked { limit, after, page })
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

impl Checked {
    /// Where the page begins once the list's `total` is known: after the cursor, or the page
    /// number's offset (a number past the last page shows the last page).
    pub fn position(&self, total: i64) -> (Position, i64) {
        match &self.after {
            Some(cursor) => (Position::After(cursor.clone()), 0),
            None => {
                let page = self.page.clamp(1, pages(total, self.limit));
                (Position::Skip((page - 1) * self.limit), page)
            }
        }
    }

    /// Cuts the `limit + 1` rows read for a page to the page, with the cursor after its last
    /// row when there is more.
    pub fn page_of<R, T>(
        &self,
        mut rows: Vec<R>,
        total: i64,
        page: i64,
        cursor_of: impl Fn(&R) -> Cursor,
        view: impl FnOnce(Vec<R>) -> Result<Vec<T>, AppError>,
    ) -> Result<Page<T>, AppError> {
        let more = i64::try_from(rows.len()).unwrap_or(i64::MAX) > self.limit;
        rows.truncate(usize::try_from(self.limit).unwrap_or_default());
        let next_cursor = rows.last().filter(|_| more).map(|r| cursor_of(r).encode());
        Ok(Page {
            items: view(rows)?,
            next_cursor,
            total,
            page,
            limit: self.limit,
        })
    }
}

/// A text filter of a list longer than its documented `max` characters is a field error (a
/// list's search box or id, never cut silently).
pub fn too_long(field: &'static str, value: &Option<String>, max: usize) -> Option<FieldError> {
    let length = value.as_deref().map_or(0, |v| v.chars().count());
    (length > max).then(|| {
        FieldError::new(
            field,
            "field-too-long",
            vec![("max", ArgValue::Number(max as f64))],
        )
    })
}

/// How many pages `total` items fill; at least one.
pub fn pages(total: i64, limit: i64) -> i64 {
    let limit = limit.max(1);
    ((total + limit - 1) / limit).max(1)
}

/// One page of a list.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Asks for the page after this one (`cursor`); `None` on the last.
    pub next_cursor: Option<String>,
    /// How many items match the filters, on all pages.
    pub total: i64,
    /// The page's number, when it was asked for by number (0 after a cursor).
    #[serde(skip)]
    pub page: i64,
    #[serde(skip)]
    pub limit: i64,
}

impl<T> Page<T> {
    /// The pager of an HTML page at `path` whose other query parameters are `query`.
    pub fn pager(&self, path: &str, query: &[(&str, Option<String>)]) -> Pager {
        Pager::new(path, query, self.page.max(1), pages(self.total, self.limit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(limit: &str, cursor: &str, page: &str) -> PageRequest {
        let some = |v: &str| Some(v.to_owned()).filter(|v| !v.is_empty());
        PageRequest {
            limit: some(limit),
            cursor: some(cursor),
            page: some(page),
        }
    }

    #[test]
    fn limits_and_pages_are_checked() {
        assert_eq!(request("", "", "").check().map(|c| c.limit).ok(), Some(20));
        assert_eq!(
            request("100", "", "").check().map(|c| c.limit).ok(),
            Some(100)
        );
        for bad in ["0", "101", "-1", "abc"] {
            assert!(request(bad, "", "").check().is_err(), "{bad}");
        }
        assert!(request("", "zz", "").check().is_err());
        assert!(request("", "", "0").check().is_err());
        let checked = request("10", "", "9").check().ok();
        assert_eq!(
            checked.map(|c| c.position(25)),
            Some((Position::Skip(20), 3))
        );
        assert_eq!(pages(0, 20), 1);
        assert_eq!(pages(21, 20), 2);
    }
}
