//! The referral pages: the worker prepares and sends, the family consents on its page, the
//! partner answers from its inbox, the service by its link, in any language and direction.

use reqwest::StatusCode;

use super::common::groups::Api;
use super::{FAMILY, REASON, SERVICE_MAIL, link_to, scene};

/// The value of the hidden field `name` in a page.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

async fn home(api: &Api<'_>) -> String {
    api.open("/").await.text
}

#[tokio::test]
async fn the_worker_prepares_the_family_consents_and_the_partner_answers_on_their_pages() {
    let scene = scene().await;
    let worker = scene.as_worker().await;
    let form = worker.open("/referrals/new?service_q=counselling").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text.contains(&scene.partnered.id), "{}", form.text);
    let mut fields = vec![
        ("family_email", "nobody@example.org"),
        ("service_id", scene.partnered.id.as_str()),
        ("reason", REASON),
    ];
    let refused = worker.submit("/referrals/new", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("No family was found with this address.")
    );
    assert!(refused.text.contains(REASON), "what was written is kept");
    fields[0].1 = FAMILY;
    let created = worker.submit("/referrals/new", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let page = created.text.split('?').next().unwrap().to_owned();
    let id = page.trim_start_matches("/referrals/").to_owned();
    let detail = worker.open(&page).await;
    assert!(detail.text.contains("The family has not agreed yet."));
    let refused = worker.submit(&format!("{page}/send"), &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .text
            .contains("The family has not agreed, so the referral cannot be sent.")
    );

    let family = scene.as_family().await;
    assert!(
        home(&family)
            .await
            .contains("A referral waits for your answer")
    );
    let mine = family.open("/my-referrals").await;
    assert!(
        mine.text.contains(&format!("/my-referrals/{id}")),
        "{}",
        mine.text
    );
    let consent = family.open(&format!("/my-referrals/{id}")).await;
    assert!(
        consent.text.contains("This is exactly what will be sent"),
        "{}",
        consent.text
    );
    assert!(consent.text.contains("Helsinki (091)"));
    let fingerprint = hidden(&consent.text, "fingerprint");
    let agreed = family
        .submit(
            &format!("/my-referrals/{id}/consent"),
            &[("fingerprint", &fingerprint)],
        )
        .await;
    assert_eq!(agreed.status, StatusCode::SEE_OTHER);
    let after = family.open(&agreed.text).await;
    assert!(after.text.contains("Your consent has been recorded."));
    assert!(after.text.contains("Withdraw my consent"));

    let sent = worker.submit(&format!("{page}/send"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let partner = scene.as_partner().await;
    assert!(
        home(&partner)
            .await
            .contains("One new referral to your organisation")
    );
    let inbox = partner.open("/partner/referrals").await;
    assert!(inbox.text.contains(&format!("/partner/referrals/{id}")));
    let read = partner.open(&format!("/partner/referrals/{id}")).await;
    assert!(read.text.contains(REASON) && read.text.contains("Received by the service"));
    let status = format!("/partner/referrals/{id}/status");
    let refused = partner.submit(&status, &[("status", "declined")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted = partner.submit(&status, &[("status", "accepted")]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let read = family.open(&format!("/my-referrals/{id}")).await;
    assert!(read.text.contains("Accepted") && read.text.contains("I got help"));
    let home = home(&family).await;
    assert!(home.contains("Latest changes to your referrals"), "{home}");
    assert!(!home.contains(REASON), "no texts on the home page");
}

#[tokio::test]
async fn the_service_link_page_reads_right_to_left_and_a_bad_link_says_so() {
    let scene = scene().await;
    scene.sent(&scene.mailed).await;
    let mail = scene.mail(SERVICE_MAIL, 0).await;
    let path = link_to(&mail, "/referral-link/");
    let page = scene
        .app()
        .client
        .get(scene.app().url(&path))
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"dir="rtl""#));
    assert!(html.contains(REASON));
    let bad = scene
        .app()
        .client
        .get(scene.app().url(&format!("{path}x")))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::NOT_FOUND);
    let html = bad
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        html.contains("This link has expired or is not valid."),
        "{html}"
    );

    let family_mail = scene.mail(FAMILY, 0).await;
    let help = link_to(&family_mail, "/referral-help/");
    let page = scene.app().get(&help).await;
    assert_eq!(page.status(), StatusCode::OK);
    let done = super::common::accounts::post_form(scene.app(), &help, &[]).await;
    assert_eq!(done.status(), StatusCode::OK);
    let text = done.text().await.unwrap();
    // The link's page is in the browser's language: Finnish when it names none.
    assert!(text.contains("Ohjaus on päättynyt."), "{text}");
}
