//! Facilitator training and certification: applications, versioned courses with quizzes and
//! reviewed tasks, cohorts, supervised practice, certificates with expiry and renewal. It
//! answers groups' `Qualifies` question, so moderation in every room follows certification.

pub mod api;
pub mod apply;
pub mod catalogue;
pub mod certificates;
pub mod chart;
pub mod cohorts;
pub mod courses;
pub mod demo;
mod demo_course;
pub mod domain;
mod erase;
pub mod figures;
mod home;
pub mod lapse;
pub mod live;
pub mod model;
pub mod model_progress;
pub mod pages;
pub mod personal;
pub mod progress;
pub mod review;
pub mod schema;

use std::sync::Arc;

use crate::auth::policy::Permission::{CoordinateTraining, Public, SignedIn, TrainFacilitators};
use crate::groups::service::Qualifies;
use crate::jobs::Every;
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    pages::routes(reg.routes());
    api_routes(reg.routes());
    reg.api(<api::TrainingApi as utoipa::OpenApi>::openapi());
    figures::register(reg);
    home::register(reg);
    personal::register(reg);
    let provided = reg.state().provided.clone();
    reg.provide::<Arc<dyn Qualifies>>(certificates::qualifies(provided));
    reg.job("training.lapses", Every::Round, |state, _| async move {
        lapse::announce_lapses(&state).await
    });
    reg.job(
        "training.expiry_reminders",
        Every::Round,
        |state, _| async move { lapse::remind(&state).await },
    );
    reg.job(
        "training.live_attendance",
        Every::Round,
        |state, _| async move { live::record_attendance(&state).await },
    );
}

fn api_routes(routes: &mut Routes) {
    routes
        .post("/api/v1/training/applications", SignedIn, api::apply_now)
        .get(
            "/api/v1/training/applications",
            CoordinateTraining,
            api::applications,
        )
        .post(
            "/api/v1/training/applications/{id}/accept",
            CoordinateTraining,
            api::accept,
        )
        .post(
            "/api/v1/training/applications/{id}/decline",
            CoordinateTraining,
            api::decline,
        )
        .post(
            "/api/v1/training/cohorts",
            CoordinateTraining,
            api::create_cohort,
        )
        .get(
            "/api/v1/training/cohorts/{id}",
            CoordinateTraining,
            api::cohort,
        )
        .post(
            "/api/v1/training/cohorts/{id}/live-sessions",
            TrainFacilitators,
            api::schedule_live,
        )
        .get(
            "/api/v1/training/cohorts/{id}/live-sessions",
            CoordinateTraining,
            api::live_sessions,
        )
        .post(
            "/api/v1/training/cohorts/{id}/candidates/{user_id}/extend",
            CoordinateTraining,
            api::extend,
        )
        .post(
            "/api/v1/training/cohorts/{id}/candidates/{user_id}/practice",
            TrainFacilitators,
            api::practice,
        )
        .post(
            "/api/v1/training/cohorts/{id}/candidates/{user_id}/sign-off",
            TrainFacilitators,
            api::sign_off,
        )
        .post(
            "/api/v1/training/courses",
            TrainFacilitators,
            api::create_course,
        )
        .post(
            "/api/v1/training/courses/{id}/modules",
            TrainFacilitators,
            api::add_module,
        )
        .post(
            "/api/v1/training/courses/{id}/publish",
            TrainFacilitators,
            api::publish,
        )
        .get("/api/v1/training/modules/{id}", SignedIn, api::module)
        .post("/api/v1/training/modules/{id}/read", SignedIn, api::read)
        .post("/api/v1/training/modules/{id}/quiz", SignedIn, api::quiz)
        .post("/api/v1/training/modules/{id}/task", SignedIn, api::task)
        .get("/api/v1/training/reviews", TrainFacilitators, api::reviews)
        .post(
            "/api/v1/training/modules/{id}/tasks/{user_id}/review",
            TrainFacilitators,
            api::review,
        )
        .post(
            "/api/v1/training/modules/{id}/attempts/{user_id}/reset",
            TrainFacilitators,
            api::reset_attempts,
        )
        .post(
            "/api/v1/training/modules/{id}/attendance/{user_id}",
            TrainFacilitators,
            api::attended,
        )
        .post(
            "/api/v1/training/certificates/{id}/revoke",
            TrainFacilitators,
            api::revoke,
        )
        .get(
            "/api/v1/training/people/{user_id}/certificates",
            CoordinateTraining,
            api::of_person,
        )
        .get("/api/v1/me/training", SignedIn, api::mine)
        .post("/api/v1/me/certificates/renew", SignedIn, api::renew)
        .get("/api/v1/verify/{code}", Public, api::verify);
}
