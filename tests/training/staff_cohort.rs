//! The cohort page: a coordinator opens a cohort and extends a deadline; a trainer marks the
//! live session, scores the practice, signs off, and resets a failed quiz; a coordinator may
//! not do the trainer's part.

use reqwest::{Method, StatusCode};

use crate::common::groups::Api;
use crate::path::{use_every_attempt, work_through};
use crate::school::{School, school};

fn candidate_path(school: &School, action: &str) -> String {
    format!(
        "/staff/training/cohorts/{}/candidates/{}/{action}",
        school.cohort_id, school.candidate.id
    )
}

async fn extended_days(school: &School) -> i32 {
    let (cohort, user) = (school.cohort_id.clone(), school.candidate.id.clone());
    school
        .app
        .state
        .db
        .run(move |conn| Ok(silta::training::model::enrolment(conn, &cohort, &user)?))
        .await
        .unwrap()
        .unwrap()
        .extended_days
}

#[tokio::test]
async fn a_coordinator_opens_a_cohort_and_extends_a_deadline_but_cannot_score() {
    let school = school().await;
    let c = Api::as_person(&school.app, &school.coordinator).await;
    let form = c.open("/staff/training/cohorts/new").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    assert!(form.text.contains("Basic course (version 1)"));
    let refused = c
        .submit(
            "/staff/training/cohorts",
            &[
                ("course_id", &school.course_id),
                ("name", "Autumn"),
                ("deadline_days", "1000"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("The deadline must be 1 to 730 days away.")
    );
    assert!(
        refused.text.contains(r#"value="Autumn""#),
        "what was typed is kept"
    );
    let opened = c
        .submit(
            "/staff/training/cohorts",
            &[
                ("course_id", &school.course_id),
                ("name", "Autumn"),
                ("deadline_days", "60"),
            ],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    assert!(
        c.open(&opened.text)
            .await
            .text
            .contains("No candidates in this cohort yet.")
    );

    let cohort = format!("/staff/training/cohorts/{}", school.cohort_id);
    let page = c.open(&cohort).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("0 of 4 required modules done"));
    assert!(page.text.contains(r#"<progress max="4" value="0""#));
    assert!(page.text.contains("<polyline") && page.text.contains("Completed in all"));
    assert!(
        !page.text.contains("/practice\""),
        "the practice form is the trainer's"
    );

    let extend = candidate_path(&school, "extend");
    let wrong = c.submit(&extend, &[("days", "0")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text.contains("An extension must be 1 to 365 days."));
    assert!(wrong.text.contains(r#"value="0""#) && wrong.text.contains(r#"aria-invalid="true""#));
    let done = c.submit(&extend, &[("days", "10")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(
        done.text
            .ends_with(&format!("#candidate-{}", school.candidate.id))
    );
    assert_eq!(extended_days(&school).await, 10);

    let practice = c
        .submit(&candidate_path(&school, "practice"), &[("result", "pass")])
        .await;
    assert_eq!(practice.status, StatusCode::FORBIDDEN);
    assert_eq!(
        c.submit(&candidate_path(&school, "sign-off"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_trainer_records_the_live_session_scores_the_practice_and_signs_off() {
    let school = school().await;
    work_through(&school).await;
    let t = Api::as_person(&school.app, &school.trainer).await;
    let cohort = format!("/staff/training/cohorts/{}", school.cohort_id);
    let page = t.open(&cohort).await;
    assert!(
        page.text.contains("3 of 4 required modules done"),
        "{}",
        page.text
    );
    let live = format!("modules/{}/attended", school.modules[3]);
    assert!(page.text.contains(&live), "the live session can be marked");
    let sign_off = candidate_path(&school, "sign-off");
    let early = t.submit(&sign_off, &[]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early
            .text
            .contains("Some required modules are not completed yet.")
    );
    assert_eq!(
        t.submit(&candidate_path(&school, &live), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = t.open(&cohort).await;
    assert!(page.text.contains("4 of 4 required modules done") && !page.text.contains(&live));
    let no_practice = t.submit(&sign_off, &[]).await;
    assert_eq!(no_practice.status, StatusCode::CONFLICT);
    assert!(
        no_practice
            .text
            .contains("The supervised practice has not been passed yet.")
    );

    let practice = candidate_path(&school, "practice");
    let unscored = t.submit(&practice, &[("comments", "Warm and calm")]).await;
    assert_eq!(unscored.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unscored
            .text
            .contains("Choose &quot;pass&quot; or &quot;not yet&quot;.")
    );
    assert!(
        unscored.text.contains("Warm and calm"),
        "the comment is kept"
    );
    let scored = t
        .submit(
            &practice,
            &[("result", "pass"), ("comments", "Warm and calm")],
        )
        .await;
    assert_eq!(scored.status, StatusCode::SEE_OTHER);
    assert_eq!(t.submit(&sign_off, &[]).await.status, StatusCode::SEE_OTHER);
    let page = t.open(&cohort).await;
    assert!(page.text.contains("signed off") && page.text.contains("Warm and calm"));
    let me = Api::as_person(&school.app, &school.candidate).await;
    let (_, mine) = me.send(Method::GET, "/api/v1/me/training", None).await;
    assert_eq!(mine["qualified"], true, "{mine}");
}

#[tokio::test]
async fn a_trainer_gives_a_candidate_who_failed_every_attempt_a_new_round() {
    let school = school().await;
    let me = Api::as_person(&school.app, &school.candidate).await;
    use_every_attempt(&school).await;
    let t = Api::as_person(&school.app, &school.trainer).await;
    let page = t
        .open(&format!("/staff/training/cohorts/{}", school.cohort_id))
        .await;
    assert!(
        page.text
            .contains("Every attempt at the quiz “Confidentiality” has been used."),
        "{}",
        page.text
    );
    let reset = candidate_path(&school, &format!("modules/{}/reset", school.modules[1]));
    assert_eq!(t.submit(&reset, &[]).await.status, StatusCode::SEE_OTHER);
    let (_, view) = me
        .send(
            Method::GET,
            &format!("/api/v1/training/modules/{}", school.modules[1]),
            None,
        )
        .await;
    assert_eq!(view["quiz"]["attempts_left"], 2);
    let page = t
        .open(&format!("/staff/training/cohorts/{}", school.cohort_id))
        .await;
    assert!(!page.text.contains(&reset), "nothing left to reset");
}
