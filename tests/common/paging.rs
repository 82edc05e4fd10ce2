//! Paged lists for tests: follow `next_cursor` through a list, check that bad paging values
//! are refused naming the field, and read an HTML page as one person.

use std::collections::BTreeSet;

use reqwest::StatusCode;

use super::TestApp;
use super::groups::Api;

/// Follows `next_cursor` from `path` with pages of `limit`; every item's `key`, in order.
pub async fn walk(api: &Api<'_>, path: &str, limit: usize, key: &str) -> Vec<String> {
    let joiner = if path.contains('?') { '&' } else { '?' };
    let mut url = format!("{path}{joiner}limit={limit}");
    let mut seen = Vec::new();
    for _ in 0..100 {
        let (status, page) = api.send(reqwest::Method::GET, &url, None).await;
        assert_eq!(status, StatusCode::OK, "{url}: {page}");
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= limit, "{url}");
        seen.extend(items.iter().map(|i| i[key].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                assert_eq!(items.len(), limit, "a page before the last is full");
                url = format!("{path}{joiner}limit={limit}&cursor={cursor}");
            }
            None => return seen,
        }
    }
    panic!("{path} did not end");
}

/// Walks the whole list and checks each item came once and `total` counted them all.
pub async fn walk_all(api: &Api<'_>, path: &str, limit: usize, key: &str) -> Vec<String> {
    let seen = walk(api, path, limit, key).await;
    let unique: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "{path}: each item once");
    seen
}

/// `limit=0`, `limit=101`, `limit=abc`, a forged cursor and `page=0` are 400 naming the field.
pub async fn bad_paging_is_refused(api: &Api<'_>, path: &str) {
    let joiner = if path.contains('?') { '&' } else { '?' };
    for (query, field) in [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=abc", "limit"),
        ("cursor=zz", "cursor"),
        ("cursor=00ff", "cursor"),
        ("page=0", "page"),
    ] {
        let (status, problem) = api
            .send(
                reqwest::Method::GET,
                &format!("{path}{joiner}{query}"),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path} {query}: {problem}");
        let fields: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, [field], "{path} {query}: {problem}");
        assert!(
            !problem["errors"][0]["message"].as_str().unwrap().is_empty(),
            "translated"
        );
    }
}

pub async fn html(app: &TestApp, token: &str, path: &str) -> (StatusCode, String) {
    let response = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(token)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, text.replace(['\u{2068}', '\u{2069}'], ""))
}
