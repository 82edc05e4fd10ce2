//! Families find help: near them by default, in their language where staff wrote a summary,
//! otherwise in Finnish (Swedish first for a Swedish reader) with a line saying so.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::common::groups::Api;
use crate::fixture::{clinic, directory};

#[tokio::test]
async fn a_family_finds_services_near_them_and_reads_them_in_their_language() {
    let dir = directory().await;
    let helsinki = dir
        .add(&clinic(&dir.organisation, "Kallion neuvola", "091"))
        .await;
    let espoo = dir
        .add(&clinic(&dir.organisation, "Leppävaaran neuvola", "049"))
        .await;
    let arabic = dir.family("family-ar@example.org", "ar").await;
    let page = Api::as_person(&dir.app, &arabic).await.open("/help").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains(r#"lang="ar" dir="rtl""#),
        "an Arabic page"
    );
    assert!(page.text.contains("Kallion neuvola"), "{}", page.text);
    assert!(
        !page.text.contains("Leppävaaran neuvola"),
        "only the family's own municipality by default"
    );
    assert!(
        page.text
            .contains("لا يوجد وصف لهذه الخدمة بلغتك بعد؛ إليك الوصف باللغة الفنلندية."),
        "no Arabic summary yet: the Finnish text with a line in Arabic"
    );
    assert!(page.text.contains(r#"<option value="091" selected>"#));
    let anywhere = Api::as_person(&dir.app, &arabic)
        .await
        .open("/help?municipality=any&category=child-health-clinic")
        .await;
    assert!(anywhere.text.contains("Leppävaaran neuvola"));
    let none = Api::as_person(&dir.app, &arabic)
        .await
        .open("/help?municipality=any&category=interpreters")
        .await;
    assert!(!none.text.contains("neuvola</a>"), "another category");

    let staff = dir.staff().await;
    let (status, _) = staff
        .send(
            Method::POST,
            &format!("/api/v1/staff/directory/services/{helsinki}/summaries/ar"),
            Some(json!({ "name": "عيادة كاليو", "summary": "فحوصات صحية للأطفال دون سن المدرسة." })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let page = Api::as_person(&dir.app, &arabic).await.open("/help").await;
    assert!(page.text.contains("عيادة كاليو"));
    assert!(page.text.contains("فحوصات صحية للأطفال"));
    assert!(!page.text.contains("إليك الوصف باللغة الفنلندية"));

    let detail = Api::as_person(&dir.app, &arabic)
        .await
        .open(&format!("/help/services/{helsinki}"))
        .await;
    assert_eq!(detail.status, StatusCode::OK);
    for part in [
        "Sturenkatu 10, 00510 Helsinki",
        "Tram 9 to Sturenkatu",
        "09 310 99999",
        "09:00–15:00",
        "التفاصيل أدناه باللغة الفنلندية.",
        "Terveystarkastukset ja rokotukset",
    ] {
        assert!(detail.text.contains(part), "{part}: {}", detail.text);
    }

    let english = dir.family("family-en@example.org", "en").await;
    let (status, found) = Api::as_person(&dir.app, &english)
        .await
        .send(Method::GET, "/api/v1/help/services?municipality=049", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["id"], espoo.as_str());
    assert_eq!(found["items"][0]["name"], "Leppävaaran neuvola (en)");
    assert_eq!(found["items"][0]["fallback_note"], serde_json::Value::Null);
    let swedish = dir.family("family-sv@example.org", "sv").await;
    let (_, found) = Api::as_person(&dir.app, &swedish)
        .await
        .send(Method::GET, "/api/v1/help/services", None)
        .await;
    assert_eq!(found["items"][0]["name"], "Kallion neuvola (sv)");
    assert_eq!(found["items"][0]["text_language"], "sv");
    let (status, problem) = Api::as_person(&dir.app, &swedish)
        .await
        .send(Method::GET, "/api/v1/help/services?municipality=999", None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
}

#[tokio::test]
async fn a_summary_keeps_who_wrote_and_reviewed_it_and_a_change_clears_the_review() {
    let dir = directory().await;
    let id = dir
        .add(&clinic(&dir.organisation, "Kallion neuvola", "091"))
        .await;
    let staff = dir.staff().await;
    let path = format!("/api/v1/staff/directory/services/{id}/summaries");
    let write = |summary: &str| json!({ "name": "", "summary": summary });
    staff
        .send(
            Method::POST,
            &format!("{path}/so"),
            Some(write("Xarun caafimaad.")),
        )
        .await;
    let other = dir
        .person(
            "referral@example.org",
            silta::auth::policy::Role::ReferralWorker,
        )
        .await;
    let reviewer = Api::as_person(&dir.app, &other).await;
    let (status, _) = reviewer
        .send(
            Method::POST,
            &format!("{path}/so/review"),
            Some(json!({ "reviewed": true })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, rows) = staff.send(Method::GET, &path, None).await;
    let so = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["language"] == "so")
        .unwrap();
    assert_eq!(so["written_by"], "Test Person");
    assert!(so["reviewed_at"].is_string(), "{so}");
    assert_eq!(rows.as_array().unwrap().len(), 6, "one per family language");

    staff
        .send(
            Method::POST,
            &format!("{path}/so"),
            Some(write("Xarun caafimaad.")),
        )
        .await;
    let (_, rows) = staff.send(Method::GET, &path, None).await;
    assert!(
        rows[1]["reviewed_at"].is_string(),
        "the same text keeps its review"
    );
    staff
        .send(
            Method::POST,
            &format!("{path}/so"),
            Some(write("Xarun caafimaadka carruurta.")),
        )
        .await;
    let (_, rows) = staff.send(Method::GET, &path, None).await;
    assert!(
        rows[1]["reviewed_at"].is_null(),
        "a change clears the review"
    );
    let (status, problem) = staff
        .send(Method::POST, &format!("{path}/de"), Some(write("Hallo")))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{problem}");
    let (status, problem) = staff
        .send(
            Method::POST,
            &format!("{path}/so"),
            Some(write(&"x".repeat(501))),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["errors"][0]["field"], "summary");

    let page = staff
        .open(&format!("/staff/directory/services/{id}/summaries"))
        .await;
    assert!(page.text.contains("Not reviewed") && page.text.contains("Mark as reviewed"));
    let (status, _) = staff
        .send(Method::POST, &format!("{path}/so"), Some(write("")))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, rows) = staff.send(Method::GET, &path, None).await;
    assert_eq!(rows[1]["written"], false, "emptied: removed");
}
