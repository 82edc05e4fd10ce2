//! Consent first: what the family is shown, nothing sent without it, a changed referral needs
//! it again, withdrawal cancels, "don't contact me" and "I got help" by the link.

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use super::common::accounts::create_person;
use super::common::groups::Api;
use super::common::supervision::sql;
use super::{FAMILY, REASON, history, link_to, scene};

#[tokio::test]
async fn the_family_sees_exactly_what_would_be_sent_in_its_language_and_nothing_goes_without_it() {
    let scene = scene().await;
    sql(
        scene.app(),
        format!(
            "UPDATE users SET ui_language = 'fi' WHERE id = '{}'",
            scene.family.id
        ),
    )
    .await;
    let id = scene.draft(&scene.partnered).await;
    let worker = scene.as_worker().await;
    let send = format!("/api/v1/referrals/{id}/send");
    let (status, problem) = worker.send(Method::POST, &send, None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["detail"],
        "The family has not agreed, so the referral cannot be sent."
    );

    let family = scene.as_family().await;
    let path = format!("/api/v1/me/referrals/{id}/consent");
    let (_, text) = family.send(Method::GET, &path, None).await;
    assert_eq!(text["language"], "fi", "the adult's own language");
    assert_eq!(text["version"], "referral-consent-1");
    assert!(
        text["service_name"].as_str().unwrap().contains("(fi)"),
        "{text}"
    );
    let items: Vec<(&str, &str)> = text["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["key"].as_str().unwrap(), i["value"].as_str().unwrap()))
        .collect();
    assert_eq!(items[0], ("name", "Test Person"));
    assert_eq!(items[1], ("email", FAMILY));
    assert_eq!(items[2], ("languages", "FI, AR"));
    assert_eq!(items[3], ("municipality", "Helsinki (091)"));
    assert_eq!(items[4], ("reason", REASON));
    assert_eq!(items.len(), 7);
    assert_eq!(text["paragraphs"].as_array().unwrap().len(), 5);

    let (status, _) = family
        .send(Method::POST, &path, Some(json!({ "fingerprint": "0000" })))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "a text that was not shown");
    let edit = json!({ "service_id": scene.partnered.id, "reason": "Sleep, and a new reason." });
    let first = scene.consent(&id).await;
    let (status, _) = worker
        .send(Method::POST, &format!("/api/v1/referrals/{id}"), Some(edit))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, problem) = worker.send(Method::POST, &send, None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["detail"],
        "The referral changed after the family agreed. Ask the family to agree again."
    );
    let second = scene.consent(&id).await;
    assert_ne!(first["fingerprint"], second["fingerprint"]);
    let (status, _) = worker.send(Method::POST, &send, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = worker
        .send(
            Method::POST,
            &format!("/api/v1/referrals/{id}"),
            Some(json!({ "service_id": scene.partnered.id, "reason": "Later." })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a sent referral is not rewritten"
    );

    let (_, read) = worker
        .send(Method::GET, &format!("/api/v1/referrals/{id}"), None)
        .await;
    let consents = read["consents"].as_array().unwrap();
    assert_eq!(consents.len(), 2);
    assert_eq!(consents[0]["valid"], true);
    assert_eq!(consents[0]["channel"], "account");
    assert!(
        consents[1]["withdrawn_at"].is_string(),
        "the old one was replaced"
    );
    let log = scene.access_log().await;
    assert!(log.contains(&("referral_worker".to_owned(), "consent".to_owned())));
}

#[tokio::test]
async fn withdrawing_cancels_the_open_referral_and_the_service_no_longer_sees_what_was_shared() {
    let scene = scene().await;
    let id = scene.sent(&scene.partnered).await;
    let partner = scene.as_partner().await;
    let partner_path = format!("/api/v1/partner/referrals/{id}");
    let (_, read) = partner.send(Method::GET, &partner_path, None).await;
    assert!(read["shared"].to_string().contains(REASON));

    let family = scene.as_family().await;
    let withdraw = format!("/api/v1/me/referrals/{id}/withdrawal");
    assert_eq!(
        family.send(Method::POST, &withdraw, None).await.0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        family.send(Method::POST, &withdraw, None).await.0,
        StatusCode::CONFLICT,
        "nothing left to withdraw"
    );
    let (_, mine) = family
        .send(Method::GET, &format!("/api/v1/me/referrals/{id}"), None)
        .await;
    assert_eq!(mine["status"], "cancelled");
    assert!(mine["consents"][0]["withdrawn_at"].is_string());
    assert_eq!(mine["consents"][0]["withdrawn_by_name"], "Test Person");
    let (_, read) = partner.send(Method::GET, &partner_path, None).await;
    assert_eq!(read["status"], "cancelled");
    assert_eq!(read["shared"], json!([]));
    let (status, _) = partner
        .send(
            Method::POST,
            &format!("{partner_path}/status"),
            Some(json!({ "status": "accepted" })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    let stranger = create_person(scene.app(), "stranger@example.org", &[Role::Family]).await;
    let stranger = Api::as_person(scene.app(), &stranger).await;
    for path in [
        format!("/api/v1/me/referrals/{id}"),
        format!("/api/v1/me/referrals/{id}/consent"),
    ] {
        assert_eq!(
            stranger.send(Method::GET, &path, None).await.0,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let facilitator = Api::as_person(scene.app(), &scene.world.facilitator).await;
    assert_eq!(
        facilitator
            .send(Method::GET, &format!("/api/v1/referrals/{id}"), None)
            .await
            .0,
        StatusCode::FORBIDDEN,
        "facilitators never see referrals"
    );
}

#[tokio::test]
async fn a_quiet_family_is_not_mailed_and_says_i_got_help_by_its_link() {
    let scene = scene().await;
    let id = scene.sent(&scene.mailed).await;
    let mail = scene.mail(FAMILY, 0).await;
    let help = link_to(&mail, "/referral-help/");
    let family = scene.as_family().await;
    let (status, _) = family
        .send(
            Method::POST,
            &format!("/api/v1/me/referrals/{id}/quiet"),
            Some(json!({ "quiet": true })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let before = scene.mails(FAMILY).await;
    let service = super::common::accounts::last_mail_text(
        scene.app(),
        &scene.world.sink,
        super::SERVICE_MAIL,
        0,
    )
    .await;
    let token = link_to(&service, "/referral-link/")
        .trim_start_matches("/referral-link/")
        .to_owned();
    scene
        .app()
        .client
        .post(
            scene
                .app()
                .url(&format!("/api/v1/referral-link/{token}/status")),
        )
        .json(&json!({ "status": "accepted" }))
        .send()
        .await
        .unwrap();
    assert_eq!(scene.mails(FAMILY).await, before, "don't contact me");

    let token = help.trim_start_matches("/referral-help/");
    let answer = scene
        .app()
        .client
        .post(scene.app().url(&format!("/api/v1/referral-help/{token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    let (_, mine) = family
        .send(Method::GET, &format!("/api/v1/me/referrals/{id}"), None)
        .await;
    assert_eq!(mine["status"], "closed");
    assert_eq!(mine["outcome"], "got_help");
    assert_eq!(history(&mine).last().unwrap(), "closed");
    assert_eq!(
        mine["history"].as_array().unwrap().last().unwrap()["actor_kind"],
        "family_link"
    );
}
