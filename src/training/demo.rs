//! Demo training: the basic course in Finnish and English, a cohort with candidates at
//! different stages (one task waiting for review, one application waiting), and certificates
//! for the demo facilitators, one about to expire. Running it twice changes nothing.

use std::collections::BTreeMap;

use chrono::TimeDelta;

use super::courses::{self, ModuleInput, TextInput};
use super::demo_course::{COURSE_TITLE, DemoModule, MODULES};
use super::domain::{Answer, Question, Quiz};
use super::model::{self, Cohort};
use super::model_progress::{self as progress, Certificate, Task};
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

fn both(fi: &str, en: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("fi".to_owned(), fi.to_owned()),
        ("en".to_owned(), en.to_owned()),
    ])
}

fn input(m: &DemoModule) -> ModuleInput {
    let answers = m
        .answers
        .iter()
        .enumerate()
        .map(|(i, (fi, en, correct))| Answer {
            id: format!("q1a{}", i + 1),
            text: both(fi, en),
            correct: *correct,
            feedback: if *correct {
                both("Oikein.", "Right.")
            } else {
                both(
                    "Ei aivan: lue osio uudelleen.",
                    "Not quite: read the module again.",
                )
            },
        })
        .collect();
    let (task_fi, task_en) = m.task.unwrap_or(("", ""));
    ModuleInput {
        rule: if m.task.is_some() { "task" } else { "quiz" }.to_owned(),
        refresher: false,
        texts: vec![
            TextInput {
                language: "fi".to_owned(),
                title: m.title.0.to_owned(),
                body: m.body.0.to_owned(),
                task_prompt: task_fi.to_owned(),
            },
            TextInput {
                language: "en".to_owned(),
                title: m.title.1.to_owned(),
                body: m.body.1.to_owned(),
                task_prompt: task_en.to_owned(),
            },
        ],
        quiz: Some(Quiz {
            pass_mark: 100,
            attempts: 3,
            questions: vec![Question {
                id: "q1".to_owned(),
                text: both(m.question.0, m.question.1),
                multiple: false,
                answers,
            }],
        }),
    }
}

fn refresher() -> ModuleInput {
    ModuleInput {
        rule: "read".to_owned(),
        refresher: true,
        texts: vec![
            TextInput { language: "fi".to_owned(), title: "Kertaus: mitä on muuttunut".to_owned(), body: "Kertaa Siltan arvot, moderointityökalut ja huolen puheeksi ottaminen. Mieti yhtä tilannetta viime vuodelta ja mitä tekisit nyt toisin.".to_owned(), task_prompt: String::new() },
            TextInput { language: "en".to_owned(), title: "Refresher: what has changed".to_owned(), body: "Go over Silta's values, the moderation tools and raising a worry. Think of one situation from the past year and what you would do differently now.".to_owned(), task_prompt: String::new() },
        ],
        quiz: None,
    }
}

/// Adds the demo training unless the course exists; returns lines for the summary.
pub async fn demo_training(state: &AppState) -> Result<Vec<String>, AppError> {
    let exists = state
        .db
        .run(|conn| {
            Ok(model::all_courses(conn)?
                .into_iter()
                .any(|c| c.title == COURSE_TITLE))
        })
        .await?;
    if exists {
        return Ok(Vec::new());
    }
    let course_id = state
        .db
        .run(|conn| {
            let trainer = accounts::user_id_by_email(conn, "trainer@demo.silta.test")?
                .ok_or_else(AppError::not_found)?;
            let id = model::new_id();
            model::insert_course(
                conn,
                &id,
                COURSE_TITLE,
                super::domain::DEFAULT_EXPIRY_DAYS,
                &trainer,
                now(),
            )?;
            Ok(id)
        })
        .await?;
    for m in MODULES {
        courses::add_module(state, &course_id, input(m)).await?;
    }
    courses::add_module(state, &course_id, refresher()).await?;
    let version = courses::publish(state, &course_id).await?;
    state
        .db
        .run(move |conn| crate::db::transaction(conn, |conn| people(conn, &course_id, version)))
        .await?;
    Ok(vec![format!(
        "course: {COURSE_TITLE} (cohort \"Kevät 2027\", a task to review at /staff/training)"
    )])
}

fn id_of(conn: &mut AnyConnection, email: &str) -> Result<Option<String>, AppError> {
    accounts::user_id_by_email(conn, email)
}

fn people(conn: &mut AnyConnection, course_id: &str, version: i32) -> Result<(), AppError> {
    let at = now();
    let trainer = id_of(conn, "trainer@demo.silta.test")?.unwrap_or_default();
    let cohort = Cohort {
        id: model::new_id(),
        course_id: course_id.to_owned(),
        course_version: version,
        name: "Kevät 2027".to_owned(),
        starts_at: at - TimeDelta::days(20),
        deadline: at + TimeDelta::days(70),
        created_by: trainer,
        created_at: at,
    };
    model::insert_cohort(conn, &cohort)?;
    let modules = model::modules_of(conn, course_id, version)?;
    // Aisha has read the first module; Olga is further and waits for a review of her task.
    for (email, done) in [("aisha@demo.silta.test", 1), ("olga@demo.silta.test", 2)] {
        let Some(user) = id_of(conn, email)? else {
            continue;
        };
        model::enrol(conn, &cohort.id, &user, at)?;
        for m in modules.iter().take(done) {
            if m.rule == "task" {
                progress::save_task(conn, &Task {
                    user_id: user.clone(),
                    module_id: m.id.clone(),
                    answer: "Kiitos, että kerroit. Moni meistä on tuntenut samoin. Haluaisitko kertoa, mikä tuntuu vaikeimmalta?".to_owned(),
                    status: "submitted".to_owned(),
                    feedback: String::new(),
                    updated_at: at,
                })?;
            } else {
                progress::complete(conn, &user, &m.id, at)?;
            }
        }
    }
    if let Some(hodan) = id_of(conn, "hodan@demo.silta.test")? {
        model::insert_application(
            conn,
            &model::NewApplication {
                id: &model::new_id(),
                user_id: &hodan,
                languages: "so,fi",
                municipality: "Helsinki",
                motivation: "Haluan tukea muita somalinkielisiä perheitä. / I want to support other Somali-speaking families.",
                availability: "Arki-illat / weekday evenings",
                status: "pending",
                created_at: at,
            },
        )?;
    }
    certify(conn, "facilitator.ar@demo.silta.test", course_id, 700)?;
    // About to expire: the 14-day reminder and then the lapse can be seen.
    certify(conn, "facilitator.ru@demo.silta.test", course_id, 12)
}

fn certify(
    conn: &mut AnyConnection,
    email: &str,
    course_id: &str,
    days_left: i64,
) -> Result<(), AppError> {
    let Some(user) = id_of(conn, email)? else {
        return Ok(());
    };
    if progress::has_valid(conn, &user, now())? {
        return Ok(());
    }
    let at = now();
    progress::insert_certificate(
        conn,
        &Certificate {
            id: model::new_id(),
            user_id: user,
            course_id: Some(course_id.to_owned()),
            kind: "course".to_owned(),
            code: uuid::Uuid::new_v4().simple().to_string(),
            issued_at: at - TimeDelta::days(730 - days_left),
            expires_at: at + TimeDelta::days(days_left),
            revoked_at: None,
            lapsed_at: None,
            replaced_by: None,
        },
    )?;
    Ok(())
}
