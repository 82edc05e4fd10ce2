//! Groups for tests: a world with a coordinator and a facilitator, a group body the API
//! accepts, and a small JSON client acting as one person.

use chrono::Datelike;
use reqwest::StatusCode;
use serde_json::{Value, json};
use silta::auth::policy::Role;

use super::accounts::{Person, bearer, create_person};
use super::smtp::SmtpSink;
use super::{TestApp, spawn_app_with};

pub struct Api<'a> {
    pub app: &'a TestApp,
    pub token: String,
}

impl Api<'_> {
    pub async fn as_person<'a>(app: &'a TestApp, person: &Person) -> Api<'a> {
        Api {
            app,
            token: bearer(app, person).await,
        }
    }

    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = reqwest::Client::new()
            .request(method, self.app.url(path))
            .bearer_auth(&self.token)
            .header("Accept-Language", "en");
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }
}

/// The next Tuesday at least a week away (so the first session is in the future).
pub fn next_tuesday() -> chrono::NaiveDate {
    let mut day = chrono::Utc::now().date_naive() + chrono::TimeDelta::days(7);
    while day.weekday() != chrono::Weekday::Tue {
        day += chrono::TimeDelta::days(1);
    }
    day
}

pub fn group_body(capacity: i32, join_policy: &str, facilitator: &str) -> Value {
    json!({
        "texts": [
            { "language": "ar", "name": "مجموعة الآباء", "description": "نلتقي كل أسبوع." },
            { "language": "en", "name": "Arabic-speaking parents", "description": "We meet every week." }
        ],
        "spoken_languages": ["ar", "fi"],
        "topics": ["two-cultures", "bilingual-children"],
        "audience": "all-parents",
        "region": "online",
        "capacity": capacity,
        "join_policy": join_policy,
        "facilitators": [facilitator],
        "schedule": { "first_date": next_tuesday().to_string(), "start_time": "18:00", "duration_minutes": 90, "weeks": 8 },
        "publish": true
    })
}

pub struct World {
    pub app: TestApp,
    pub sink: SmtpSink,
    pub coordinator: Person,
    pub facilitator: Person,
}

pub async fn world() -> World {
    let (sink, url) = SmtpSink::start().await;
    let app = spawn_app_with(|env| {
        env.insert("SMTP_URL".to_owned(), url);
    })
    .await;
    let coordinator = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    let facilitator = create_person(&app, "facilitator@example.org", &[Role::Facilitator]).await;
    World {
        app,
        sink,
        coordinator,
        facilitator,
    }
}

pub async fn create_group(world: &World, capacity: i32, join_policy: &str) -> String {
    let api = Api::as_person(&world.app, &world.coordinator).await;
    let (status, body) = api
        .send(
            reqwest::Method::POST,
            "/api/v1/groups",
            Some(group_body(capacity, join_policy, &world.facilitator.email)),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_str().unwrap().to_owned()
}
