//! Referrals through HTTP: a worker prepares one, the family consents in its own language (or
//! a worker records a consent given by phone), nothing is sent without that consent, the
//! service follows it through a partner account or its signed link until the loop is closed,
//! withdrawal cancels it, and a stalled referral is flagged to its worker once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "referrals/concern.rs"]
mod concern;
#[path = "referrals/consent.rs"]
mod consent;
#[path = "referrals/figures.rs"]
mod figures;
#[path = "referrals/lifecycle.rs"]
mod lifecycle;
#[path = "referrals/overdue.rs"]
mod overdue;
#[path = "referrals/pages.rs"]
mod pages;
#[path = "referrals/protection.rs"]
mod protection;

use common::accounts::{Person, create_person, last_mail_text, mails_to};
use common::directory::{Service, add_partner, add_service};
use common::groups::{Api, World, world};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

pub const FAMILY: &str = "parent@example.org";
pub const WORKER: &str = "worker@example.org";
pub const PARTNER: &str = "partner@example.org";
pub const SERVICE_MAIL: &str = "referrals@service.example.org";
pub const REASON: &str = "The parents are exhausted and sleep badly since the baby came.";

pub struct Scene {
    pub world: World,
    pub worker: Person,
    pub family: Person,
    pub partner: Person,
    /// A service whose organisation has a partner account.
    pub partnered: Service,
    /// A service reached only by its referral address.
    pub mailed: Service,
}

pub async fn scene() -> Scene {
    let world = world().await;
    let app = &world.app;
    let worker = create_person(app, WORKER, &[Role::ReferralWorker]).await;
    let family = create_person(app, FAMILY, &[Role::Family]).await;
    let partner = create_person(app, PARTNER, &[Role::MunicipalPartner]).await;
    let partnered = add_service(app, "counselling", "Family counselling", "").await;
    add_partner(app, &partnered, &partner, &world.coordinator).await;
    let mailed = add_service(app, "home-help", "Home help", SERVICE_MAIL).await;
    Scene {
        world,
        worker,
        family,
        partner,
        partnered,
        mailed,
    }
}

impl Scene {
    pub fn app(&self) -> &common::TestApp {
        &self.world.app
    }

    pub async fn as_worker(&self) -> Api<'_> {
        Api::as_person(self.app(), &self.worker).await
    }

    pub async fn as_family(&self) -> Api<'_> {
        Api::as_person(self.app(), &self.family).await
    }

    pub async fn as_partner(&self) -> Api<'_> {
        Api::as_person(self.app(), &self.partner).await
    }

    /// A draft to `service` for the family, by the adult's email; its id.
    pub async fn draft(&self, service: &Service) -> String {
        let (status, created) = self
            .as_worker()
            .await
            .send(
                Method::POST,
                "/api/v1/referrals",
                Some(json!({
                    "family_email": FAMILY,
                    "service_id": service.id,
                    "reason": REASON,
                    "hopes": "Help at home two mornings a week.",
                    "summary": "Two small children; the family speaks Arabic and Finnish.",
                })),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        created["id"].as_str().unwrap().to_owned()
    }

    /// The family agrees in its account to the text it is shown.
    pub async fn consent(&self, id: &str) -> Value {
        let family = self.as_family().await;
        let path = format!("/api/v1/me/referrals/{id}/consent");
        let (status, text) = family.send(Method::GET, &path, None).await;
        assert_eq!(status, StatusCode::OK, "{text}");
        let body = json!({ "fingerprint": text["fingerprint"] });
        let (status, answer) = family.send(Method::POST, &path, Some(body)).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
        text
    }

    /// A referral consented to and sent to `service`; its id.
    pub async fn sent(&self, service: &Service) -> String {
        let id = self.draft(service).await;
        self.consent(&id).await;
        let (status, answer) = self
            .as_worker()
            .await
            .send(Method::POST, &format!("/api/v1/referrals/{id}/send"), None)
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
        id
    }

    /// How many mails `to` has been delivered (due jobs run first).
    pub async fn mails(&self, to: &str) -> usize {
        self.app().run_pending_jobs().await;
        mails_to(&self.world.sink, to)
    }

    /// The newest mail to `to`, which must be newer than `before` mails.
    pub async fn mail(&self, to: &str, before: usize) -> String {
        last_mail_text(self.app(), &self.world.sink, to, before)
            .await
            .replace(['\u{2068}', '\u{2069}'], "")
    }

    /// The access log of the family, as (reader role, item kind) pairs.
    pub async fn access_log(&self) -> Vec<(String, String)> {
        let id = self.family.id.clone();
        self.app()
            .state
            .db
            .run(move |conn| {
                let family = silta::accounts::model::users::by_id(conn, &id)?
                    .and_then(|u| u.family_id)
                    .unwrap_or_default();
                let (rows, _) = silta::access_log::of_family(conn, &family, 0, 1000)?;
                Ok(rows
                    .into_iter()
                    .map(|r| (r.reader_role, r.item_kind))
                    .collect())
            })
            .await
            .unwrap()
    }
}

/// The path of the first link in `text` that starts with `prefix` (e.g. `/referral-link/`).
pub fn link_to(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in {text}"));
    text[start..].split_whitespace().next().unwrap().to_owned()
}

/// The statuses of a referral's history, oldest first.
pub fn history(referral: &Value) -> Vec<String> {
    referral["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap().to_owned())
        .collect()
}

pub async fn change(api: &Api<'_>, path: &str, body: Value) -> (StatusCode, Value) {
    api.send(Method::POST, path, Some(body)).await
}
