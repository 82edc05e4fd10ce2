//! Course authoring through the pages: a course, a module with a quiz typed into the form
//! (refused with each error at its field and what was typed kept, previewed), publishing and
//! the next version; and who may not author.

use reqwest::StatusCode;
use silta::auth::policy::Role;

use crate::common::accounts::create_person;
use crate::common::groups::Api;
use crate::school::school;

/// The fields of a module in Finnish and English with one quiz question; `extra` replaces or
/// adds fields.
fn module_form<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("languages", "fi"),
        ("languages", "en"),
        ("rule", "quiz"),
        ("title.fi", "Kuunteleminen"),
        ("title.en", "Listening"),
        ("body.fi", "# Kuuntele\n\nAnna **tilaa**."),
        ("body.en", "# Listen\n\nMake **room**."),
        ("pass_mark", "100"),
        ("attempts", "2"),
        ("questions", "1"),
        ("q1.text.fi", "Mikä auttaa?"),
        ("q1.text.en", "What helps?"),
        ("q1.a1.text.en", "Silence now and then"),
        ("q1.a1.correct", "1"),
        ("q1.a1.feedback.en", "Yes: silence gives room."),
        ("q1.a2.text.en", "Talking over others"),
        ("q1.a2.feedback.en", "No: let them finish."),
    ];
    for (key, value) in extra {
        fields.retain(|(k, _)| k != key || key.starts_with("languages"));
        fields.push((key, value));
    }
    fields
}

#[tokio::test]
async fn a_trainer_writes_a_course_with_a_quiz_publishes_it_and_publishes_again() {
    let school = school().await;
    let t = Api::as_person(&school.app, &school.trainer).await;
    let list = t.open("/staff/training/courses").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    assert!(list.text.contains("Basic course") && list.text.contains("Version 1 published"));

    let refused = t
        .submit(
            "/staff/training/courses",
            &[("title", " "), ("expiry_days", "45")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("This field is required."));
    assert!(
        refused.text.contains(r#"value="45""#),
        "what was typed is kept"
    );
    let created = t
        .submit(
            "/staff/training/courses",
            &[("title", "Listening well"), ("expiry_days", "365")],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let course = created.text.trim_end_matches("?created=1").to_owned();
    let id = course.rsplit('/').next().unwrap().to_owned();

    let form = t.open(&format!("{course}/modules/new")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    assert!(form.text.contains(r#"name="title.fi""#) && form.text.contains(r#"name="title.en""#));
    let add = format!("{course}/modules");
    let preview = t.submit(&add, &module_form(&[("action", "preview")])).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview.text.contains("<strong>room</strong>"),
        "{}",
        preview.text
    );
    assert!(
        preview.text.contains("Silence now and then"),
        "typed text is kept"
    );

    let broken: Vec<(&str, &str)> = module_form(&[])
        .into_iter()
        .filter(|(k, _)| *k != "q1.a1.correct")
        .collect();
    let no_right = t.submit(&add, &broken).await;
    assert_eq!(no_right.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_right
            .text
            .contains("the right number are marked correct")
    );
    assert!(
        no_right.text.contains("What helps?"),
        "the question is kept"
    );
    let untitled = t.submit(&add, &module_form(&[("title.fi", "")])).await;
    assert_eq!(untitled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        untitled.text.contains(r#"id="error-title-fi""#),
        "{}",
        untitled.text
    );
    assert!(!untitled.text.contains(r#"id="error-title-en""#));

    let saved = t.submit(&add, &module_form(&[])).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let page = t.open(&course).await;
    assert!(page.text.contains("Listening") && page.text.contains("one quiz question"));
    assert!(page.text.contains("not published"), "{}", page.text);
    let quiz = stored_quiz(&school.app, &id).await;
    assert_eq!(quiz["questions"][0]["answers"][0]["correct"], true);
    assert_eq!(
        quiz["questions"][0]["answers"][1]["feedback"]["en"],
        "No: let them finish."
    );

    let published = t.submit(&format!("{course}/publish"), &[]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let page = t.open(&course).await;
    assert!(
        page.text
            .contains("Version 1 published; the draft has no changes"),
        "{}",
        page.text
    );
    let read = module_form(&[
        ("rule", "read"),
        ("questions", "1"),
        ("q1.text.fi", ""),
        ("q1.text.en", ""),
    ]);
    assert_eq!(t.submit(&add, &read).await.status, StatusCode::SEE_OTHER);
    let page = t.open(&course).await;
    assert!(
        page.text.contains("changes not yet published"),
        "editing makes a new draft"
    );
    t.submit(&format!("{course}/publish"), &[]).await;
    assert!(t.open(&course).await.text.contains("Version 2 published"));
}

/// The quiz of the draft's first module of a course, as stored.
async fn stored_quiz(app: &crate::common::TestApp, course: &str) -> serde_json::Value {
    let course = course.to_owned();
    let quiz = app
        .state
        .db
        .run(move |conn| Ok(silta::training::model::modules_of(conn, &course, 0)?))
        .await
        .unwrap()[0]
        .quiz
        .clone()
        .unwrap();
    serde_json::from_str(&quiz).unwrap()
}

#[tokio::test]
async fn an_empty_course_is_not_published_and_only_trainers_author() {
    let school = school().await;
    let t = Api::as_person(&school.app, &school.trainer).await;
    let created = t
        .submit(
            "/staff/training/courses",
            &[("title", "Empty"), ("expiry_days", "730")],
        )
        .await;
    let course = created.text.trim_end_matches("?created=1").to_owned();
    let empty = t.submit(&format!("{course}/publish"), &[]).await;
    assert_eq!(empty.status, StatusCode::CONFLICT);
    assert!(
        empty
            .text
            .contains("Add at least one module before publishing.")
    );

    let c = Api::as_person(&school.app, &school.coordinator).await;
    assert_eq!(
        c.open("/staff/training/courses").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(c.open(&course).await.status, StatusCode::FORBIDDEN);
    let posted = c
        .submit(
            "/staff/training/courses",
            &[("title", "Mine"), ("expiry_days", "730")],
        )
        .await;
    assert_eq!(posted.status, StatusCode::FORBIDDEN);
    let family = create_person(&school.app, "parent@example.org", &[Role::Family]).await;
    let f = Api::as_person(&school.app, &family).await;
    assert_eq!(
        f.open("/staff/training").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        f.submit(&format!("{course}/modules"), &module_form(&[]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
