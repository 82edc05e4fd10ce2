//! Referrals on the staff dashboard: a sent referral is counted per bucket and in the
//! breakdowns by category, standing and county, each small count hidden as "fewer than 5" in
//! the JSON and the page alike.

use super::common::accounts::create_person;
use super::common::groups::Api;
use super::scene;
use reqwest::Method;
use serde_json::Value;
use silta::auth::policy::Role;

fn breakdown<'a>(figures: &'a Value, key: &str) -> &'a Value {
    figures["breakdowns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["key"] == key)
        .unwrap_or_else(|| panic!("no breakdown {key} in {figures}"))
}

#[tokio::test]
async fn a_sent_referral_is_counted_and_its_small_counts_hidden() {
    let scene = scene().await;
    scene.sent(&scene.mailed).await;
    scene.draft(&scene.partnered).await;
    let admin = create_person(scene.app(), "figures@example.org", &[Role::Admin]).await;
    let admin = Api::as_person(scene.app(), &admin).await;
    let (_, figures) = admin
        .send(Method::GET, "/api/v1/figures?period=6m", None)
        .await;
    let sent = figures["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "referrals.sent")
        .unwrap();
    let values = sent["values"].as_array().unwrap();
    let hidden = values.iter().filter(|v| v.is_null()).count();
    let zeroes = values.iter().filter(|v| v.as_f64() == Some(0.0)).count();
    assert_eq!(
        (hidden, zeroes),
        (1, values.len() - 1),
        "one family, in one bucket, hidden: {sent}"
    );
    let outcome = breakdown(&figures, "referrals.by_outcome");
    assert_eq!(outcome["fewer_than"], 5.0);
    let rows = outcome["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "only the sent one, not the draft: {outcome}");
    assert_eq!(rows[0]["label"]["message"], "figures-referral-open");
    assert!(rows[0]["value"].is_null(), "{outcome}");
    let page = admin.open("/staff/dashboard?period=6m").await;
    assert!(
        page.text.contains("breakdown__bar"),
        "the page draws the breakdowns"
    );
}
