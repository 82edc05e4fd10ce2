//! The staff lists of training: applications paged and filtered by status, accepted or
//! declined from the page; the review queue; the overview; and the home cards of trainers
//! and coordinators.

use chrono::TimeDelta;
use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;
use silta::clock::now;
use silta::training::model::{self, NewApplication};

use crate::common::accounts::create_person;
use crate::common::groups::Api;
use crate::school::{School, school};

/// `pending` applications from three people (one each a minute apart) and two declined.
async fn applicants(school: &School, pending: usize) -> Vec<String> {
    let mut people = Vec::new();
    for n in 0..3 {
        let email = format!("applicant{n}@example.org");
        people.push(create_person(&school.app, &email, &[Role::Family]).await.id);
    }
    let ids = people.clone();
    school
        .app
        .state
        .db
        .run(move |conn| {
            for i in 0..pending + 2 {
                let id = model::new_id();
                let status = if i < pending { "pending" } else { "declined" };
                let at = now() - TimeDelta::minutes(i64::try_from(i).unwrap_or(0));
                model::insert_application(
                    conn,
                    &NewApplication {
                        id: &id,
                        user_id: &ids[i % 3],
                        languages: "so,fi",
                        municipality: "Helsinki",
                        motivation: &format!("Motivation {i}"),
                        availability: "Evenings",
                        status,
                        created_at: at,
                    },
                )?;
            }
            Ok(())
        })
        .await
        .unwrap();
    people
}

#[tokio::test]
async fn applications_are_paged_filtered_and_decided_from_the_list() {
    let school = school().await;
    applicants(&school, 21).await;
    let c = Api::as_person(&school.app, &school.coordinator).await;
    let first = c.open("/staff/training/applications").await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert!(first.text.contains("21 applications") && first.text.contains("Page 1 of 2"));
    assert_eq!(first.text.matches("Reason for declining").count(), 20);
    assert!(first.text.contains("Motivation 0") && !first.text.contains("Motivation 20<"));
    let second = c
        .open("/staff/training/applications?status=pending&page=2")
        .await;
    assert!(second.text.contains("Motivation 20") && second.text.contains("Page 2 of 2"));
    let accepted = c.open("/staff/training/applications?status=accepted").await;
    assert!(
        accepted.text.contains("One application"),
        "{}",
        accepted.text
    );
    assert!(accepted.text.contains("I want to help other parents."));
    assert!(
        c.open("/staff/training/applications?status=declined")
            .await
            .text
            .contains("2 applications")
    );
    assert!(
        c.open("/staff/training/applications?status=all")
            .await
            .text
            .contains("24 applications")
    );
    assert_eq!(
        c.open("/staff/training/applications?status=maybe")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        c.open("/staff/training/applications?page=0").await.status,
        StatusCode::BAD_REQUEST
    );

    let id = first
        .text
        .split("/staff/training/applications/")
        .nth(1)
        .unwrap()[..36]
        .to_owned();
    let decide = format!("/staff/training/applications/{id}/decide");
    let no_reason = c.submit(&decide, &[("reason", "  ")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.text.contains("This field is required."));
    let declined = c
        .submit(&decide, &[("reason", "The cohort is full.")])
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.text);
    let again = c.submit(&decide, &[("cohort_id", &school.cohort_id)]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again
            .text
            .contains("This application has already been decided.")
    );
    let list = c.open("/staff/training/applications?status=declined").await;
    assert!(list.text.contains("3 applications") && list.text.contains("The cohort is full."));

    let family = create_person(&school.app, "parent@example.org", &[Role::Family]).await;
    let f = Api::as_person(&school.app, &family).await;
    assert_eq!(
        f.open("/staff/training/applications").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        f.submit(&decide, &[("reason", "x")]).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_trainer_reviews_from_the_queue_and_the_home_cards_say_what_waits() {
    let school = school().await;
    applicants(&school, 1).await;
    let me = Api::as_person(&school.app, &school.candidate).await;
    let task = format!("/api/v1/training/modules/{}/task", school.modules[2]);
    let answer = json!({ "answer": "I hear you.", "submit": true });
    assert_eq!(
        me.send(Method::POST, &task, Some(answer)).await.0,
        StatusCode::OK
    );

    let t = Api::as_person(&school.app, &school.trainer).await;
    let home = t.open("/").await;
    assert!(
        home.text.contains("One task is waiting for review."),
        "{}",
        home.text
    );
    assert!(home.text.contains("Spring 2027"), "the trainer's cohorts");
    assert!(
        home.text
            .contains("One application is waiting for a decision.")
    );
    let c = Api::as_person(&school.app, &school.coordinator).await;
    let home = c.open("/").await;
    assert!(
        home.text
            .contains("One application is waiting for a decision.")
    );
    assert!(!home.text.contains("waiting for review"));
    let overview = c.open("/staff/training").await;
    assert!(
        overview.text.contains("Spring 2027")
            && !overview.text.contains("/staff/training/courses\"")
    );

    let queue = t.open("/staff/training/reviews").await;
    assert!(queue.text.contains("I hear you."), "{}", queue.text);
    let review = format!(
        "/staff/training/reviews/{}/{}",
        school.modules[2], school.candidate.id
    );
    let empty = t.submit(&review, &[("feedback", "")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text.contains("This field is required."));
    let accepted = t
        .submit(&review, &[("accept", "1"), ("feedback", "Good.")])
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert!(
        t.open("/staff/training/reviews")
            .await
            .text
            .contains("No tasks are waiting for review.")
    );
    assert!(
        t.open("/")
            .await
            .text
            .contains("No tasks are waiting for review.")
    );
    assert_eq!(
        c.open("/staff/training/reviews").await.status,
        StatusCode::FORBIDDEN
    );
}
