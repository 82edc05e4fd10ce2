//! A referral with no change for `SILTA_REFERRAL_OVERDUE_DAYS` is flagged to its worker once.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::common::supervision::sql;
use super::{REASON, WORKER, change, scene};

#[tokio::test]
async fn a_stalled_referral_is_flagged_to_its_worker_once_and_again_after_a_new_change() {
    let scene = scene().await;
    let id = scene.sent(&scene.partnered).await;
    let quiet = scene.draft(&scene.partnered).await;
    let before = scene.mails(WORKER).await;
    assert_eq!(scene.mails(WORKER).await, before, "not before ten days");
    let stall = |hours: i64| {
        format!("UPDATE referrals SET changed_at = {{ts:{hours}}} WHERE id IN ('{id}', '{quiet}')")
    };
    sql(scene.app(), stall(-9 * 24)).await;
    assert_eq!(
        scene.mails(WORKER).await,
        before,
        "nine days is not yet overdue"
    );
    sql(scene.app(), stall(-11 * 24)).await;
    let mail = scene.mail(WORKER, before).await;
    assert!(mail.contains("no change for 10 days"), "{mail}");
    assert!(mail.contains(&format!("/referrals/{id}")), "{mail}");
    assert!(!mail.contains(REASON));
    assert_eq!(
        scene.mails(WORKER).await,
        before + 1,
        "once, and never a draft"
    );

    let worker = scene.as_worker().await;
    let (status, list) = worker
        .send(Method::GET, "/api/v1/referrals?overdue=true", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["id"], id.as_str());
    assert_eq!(list["items"][0]["overdue"], true);

    let partner = scene.as_partner().await;
    let status_path = format!("/api/v1/partner/referrals/{id}/status");
    assert_eq!(
        change(&partner, &status_path, json!({ "status": "accepted" }))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    let (_, list) = worker
        .send(Method::GET, "/api/v1/referrals?overdue=true", None)
        .await;
    assert_eq!(list["total"], 0, "a change ends the wait");
    sql(
        scene.app(),
        format!("UPDATE referrals SET changed_at = {{ts:-264}} WHERE id = '{id}'"),
    )
    .await;
    assert_eq!(
        scene.mails(WORKER).await,
        before + 2,
        "flagged again after a new stall"
    );
}

#[tokio::test]
async fn workers_find_referrals_by_status_and_words() {
    let scene = scene().await;
    let sent = scene.sent(&scene.partnered).await;
    scene.draft(&scene.mailed).await;
    let worker = scene.as_worker().await;
    let (_, all) = worker.send(Method::GET, "/api/v1/referrals", None).await;
    assert_eq!(all["total"], 2);
    assert!(all["items"][0]["family_name"].is_string());
    let (_, drafts) = worker
        .send(Method::GET, "/api/v1/referrals?status=draft", None)
        .await;
    assert_eq!(drafts["total"], 1);
    let (_, found) = worker
        .send(
            Method::GET,
            "/api/v1/referrals?q=EXHAUSTED&status=received",
            None,
        )
        .await;
    assert_eq!(found["total"], 0);
    scene
        .as_partner()
        .await
        .send(
            Method::GET,
            &format!("/api/v1/partner/referrals/{sent}"),
            None,
        )
        .await;
    let (_, found) = worker
        .send(
            Method::GET,
            "/api/v1/referrals?q=EXHAUSTED&status=received",
            None,
        )
        .await;
    assert_eq!(found["total"], 1, "{found}");
    let (status, problem) = worker
        .send(Method::GET, "/api/v1/referrals?status=lost", None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["errors"][0]["field"], "status");
    let (status, _) = worker
        .send(Method::GET, "/api/v1/referrals?limit=1&page=2", None)
        .await;
    assert_eq!(status, StatusCode::OK);
}
