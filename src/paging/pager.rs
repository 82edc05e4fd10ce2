//! The pager under an HTML list: previous and next links and "page X of Y", rendered by
//! `web/templates/_pager.html` (an `<nav aria-label>`, logical CSS properties, so it reads
//! right in both directions).

/// What the pager partial shows; `previous` and `next` are links, `None` at either end.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Pager {
    pub current: i64,
    pub pages: i64,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    /// The pager of page `current` of `pages` at `path`, keeping the list's other query
    /// parameters (`query`; empty values are left out).
    pub fn new(path: &str, query: &[(&str, Option<String>)], current: i64, pages: i64) -> Self {
        let link = |page: i64| {
            let mut serializer = url::form_urlencoded::Serializer::new(String::new());
            for (key, value) in query {
                if let Some(value) = value.as_deref().filter(|v| !v.is_empty()) {
                    serializer.append_pair(key, value);
                }
            }
            serializer.append_pair("page", &page.to_string());
            format!("{path}?{}", serializer.finish())
        };
        Self {
            current,
            pages,
            previous: (current > 1).then(|| link(current - 1)),
            next: (current < pages).then(|| link(current + 1)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_filters_and_stop_at_the_ends() {
        let query = [("q", Some("a b".to_owned())), ("role", None)];
        let pager = Pager::new("/admin", &query, 2, 3);
        assert_eq!(pager.previous.as_deref(), Some("/admin?q=a+b&page=1"));
        assert_eq!(pager.next.as_deref(), Some("/admin?q=a+b&page=3"));
        let last = Pager::new("/admin", &[], 3, 3);
        assert_eq!((last.previous.is_some(), last.next), (true, None));
    }
}
