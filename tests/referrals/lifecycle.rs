//! The whole loop, through a partner account and through the service's link.

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use super::common::accounts::create_person;
use super::common::directory::{add_partner, add_service};
use super::common::groups::Api;
use super::{FAMILY, PARTNER, REASON, SERVICE_MAIL, WORKER, change, history, link_to, scene};

#[tokio::test]
async fn a_partner_receives_the_referral_in_its_inbox_and_closes_the_loop() {
    let scene = scene().await;
    let id = scene.draft(&scene.partnered).await;
    let partner = scene.as_partner().await;
    let (_, inbox) = partner
        .send(Method::GET, "/api/v1/partner/referrals", None)
        .await;
    assert_eq!(inbox["total"], 0, "a draft is not in the inbox: {inbox}");
    let direct = format!("/api/v1/partner/referrals/{id}");
    assert_eq!(
        partner.send(Method::GET, &direct, None).await.0,
        StatusCode::NOT_FOUND
    );

    let family_before = scene.mails(FAMILY).await;
    let worker_before = scene.mails(WORKER).await;
    scene.consent(&id).await;
    let mail = scene.mail(WORKER, worker_before).await;
    assert!(mail.contains("agreed"), "{mail}");
    let (status, answer) = scene
        .as_worker()
        .await
        .send(Method::POST, &format!("/api/v1/referrals/{id}/send"), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");

    let mail = scene.mail(PARTNER, 0).await;
    assert!(mail.contains(&format!("/partner/referrals/{id}")), "{mail}");
    for private in [REASON, FAMILY, "Test Person"] {
        assert!(!mail.contains(private), "no personal data by mail: {mail}");
    }
    let mail = scene.mail(FAMILY, family_before).await;
    assert!(mail.contains("Your referral is now: Sent"), "{mail}");
    assert!(mail.contains("/referral-help/"), "{mail}");
    assert!(!mail.contains(REASON), "{mail}");

    let (_, inbox) = partner
        .send(Method::GET, "/api/v1/partner/referrals", None)
        .await;
    assert_eq!(inbox["total"], 1);
    assert!(inbox["items"][0].get("family_name").is_none(), "{inbox}");
    let (status, read) = partner.send(Method::GET, &direct, None).await;
    assert_eq!(status, StatusCode::OK, "{read}");
    assert_eq!(read["status"], "received", "the first opening");
    assert!(
        read.get("reason").is_none(),
        "the service sees what was consented to"
    );
    let shared = read["shared"].to_string();
    for item in [REASON, FAMILY, "FI, AR", "Helsinki (091)"] {
        assert!(shared.contains(item), "{item} in {shared}");
    }
    assert!(
        scene
            .access_log()
            .await
            .contains(&("municipal_partner".to_owned(), "referral".to_owned()))
    );

    let status_path = format!("{direct}/status");
    let (status, problem) = change(&partner, &status_path, json!({ "status": "declined" })).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a decline needs its reason"
    );
    assert_eq!(problem["errors"][0]["field"], "decline_reason");
    for next in ["accepted", "contacted", "help_started"] {
        let before = scene.mails(FAMILY).await;
        let (status, answer) = change(&partner, &status_path, json!({ "status": next })).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{next}: {answer}");
        assert!(
            scene.mails(FAMILY).await > before,
            "the family is told of {next}"
        );
    }
    let (status, problem) = change(&partner, &status_path, json!({ "status": "accepted" })).await;
    assert_eq!(status, StatusCode::CONFLICT, "{problem}");
    let closing =
        json!({ "status": "closed", "outcome": "got_help", "note": "Two visits a week." });
    assert_eq!(
        change(&partner, &status_path, closing).await.0,
        StatusCode::NO_CONTENT
    );

    let (_, mine) = scene
        .as_family()
        .await
        .send(Method::GET, &format!("/api/v1/me/referrals/{id}"), None)
        .await;
    assert_eq!(mine["status"], "closed");
    assert_eq!(mine["outcome"], "got_help");
    assert_eq!(
        history(&mine),
        vec![
            "draft",
            "sent",
            "received",
            "accepted",
            "contacted",
            "help_started",
            "closed"
        ]
    );
    assert!(
        !mine.to_string().contains("Two visits"),
        "the family does not see the service's notes"
    );

    let other = create_person(
        scene.app(),
        "other-partner@example.org",
        &[Role::MunicipalPartner],
    )
    .await;
    let elsewhere = add_service(scene.app(), "elsewhere", "Elsewhere", "").await;
    add_partner(scene.app(), &elsewhere, &other, &scene.world.coordinator).await;
    let other = Api::as_person(scene.app(), &other).await;
    assert_eq!(
        other.send(Method::GET, &direct, None).await.0,
        StatusCode::NOT_FOUND,
        "partners see only their own organisation's referrals"
    );
    let (_, inbox) = other
        .send(Method::GET, "/api/v1/partner/referrals", None)
        .await;
    assert_eq!(inbox["total"], 0);
}

#[tokio::test]
async fn a_service_without_accounts_reads_and_updates_by_its_link_and_every_opening_is_logged() {
    let scene = scene().await;
    let id = scene.draft(&scene.mailed).await;
    let worker = scene.as_worker().await;
    let family_adult = scene.family.id.clone();
    let (status, text) = worker
        .send(
            Method::GET,
            &format!("/api/v1/referrals/{id}/consent-text?adult_id={family_adult}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let body = json!({ "adult_id": family_adult, "fingerprint": text["fingerprint"] });
    let (status, answer) = worker
        .send(
            Method::POST,
            &format!("/api/v1/referrals/{id}/phone-consent"),
            Some(body),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
    let (_, read) = worker
        .send(Method::GET, &format!("/api/v1/referrals/{id}"), None)
        .await;
    assert_eq!(read["consents"][0]["channel"], "phone");
    assert_eq!(read["consents"][0]["recorded_by_name"], "Test Person");
    assert_eq!(read["consents"][0]["text_version"], "referral-consent-1");
    assert_eq!(read["consents"][0]["language"], "en");

    let (status, _) = worker
        .send(Method::POST, &format!("/api/v1/referrals/{id}/send"), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let mail = scene.mail(SERVICE_MAIL, 0).await;
    for private in [REASON, FAMILY, "Test Person", "Helsinki"] {
        assert!(!mail.contains(private), "no personal data by mail: {mail}");
    }
    let path = link_to(&mail, "/referral-link/");
    let token = path.trim_start_matches("/referral-link/").to_owned();
    let api = format!("/api/v1/referral-link/{token}");

    let logged = scene.access_log().await.len();
    let anonymous = scene.app().get(&api).await;
    assert_eq!(anonymous.status(), StatusCode::OK);
    let read: serde_json::Value = anonymous.json().await.unwrap();
    assert_eq!(read["status"], "received");
    assert!(read["shared"].to_string().contains(REASON));
    scene.app().get(&api).await;
    let log = scene.access_log().await;
    let openings = log
        .iter()
        .filter(|(role, _)| role == "service_link")
        .count();
    assert_eq!(log.len(), logged + 2, "every opening is logged");
    assert_eq!(openings, 2);

    let mut tampered = token.clone();
    let last = tampered.pop().unwrap();
    tampered.push(if last == 'A' { 'B' } else { 'A' });
    let session = scene.app().state.keys.issue(
        &id,
        "x",
        silta::auth::tokens::AUDIENCE_API,
        chrono::TimeDelta::days(1),
    );
    let expired = scene.app().state.keys.issue(
        &id,
        "referral-link",
        "referral-link",
        chrono::TimeDelta::days(-1),
    );
    for bad in [tampered, session, expired] {
        let answer = scene
            .app()
            .client
            .get(scene.app().url(&format!("/api/v1/referral-link/{bad}")))
            .header("Accept-Language", "en")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::NOT_FOUND);
        let problem: serde_json::Value = answer.json().await.unwrap();
        assert_eq!(
            problem["detail"],
            "This link has expired or is not valid. Ask Silta's referral workers for a new one."
        );
    }

    let before = scene.mails(FAMILY).await;
    let answer = scene
        .app()
        .client
        .post(scene.app().url(&format!("{api}/status")))
        .json(&json!({ "status": "declined", "decline_reason": "no_capacity" }))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    let mail = scene.mail(FAMILY, before).await;
    assert!(mail.contains("Declined"), "{mail}");
    let (_, read) = worker
        .send(Method::GET, &format!("/api/v1/referrals/{id}"), None)
        .await;
    assert_eq!(read["decline_reason"], "no_capacity");
    assert_eq!(read["history"][3]["actor_kind"], "service_link");
    let closing = json!({ "status": "closed", "outcome": "could_not_get_help" });
    let (status, _) = worker
        .send(
            Method::POST,
            &format!("/api/v1/referrals/{id}/status"),
            Some(closing),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::NO_CONTENT,
        "the worker closes a declined referral"
    );
}
