//! Families' feedback after each session: a short, optional question set (how useful, whether
//! one felt safe, what would help next, a line in one's own words) asked once per member and
//! session by mail and on the home page, for a week after the session. Answers are stored
//! without the person; those who lead and supervise the session see them summed once at least
//! three answered, the dashboard by month and group with the fewer-than-5 rule, and only staff
//! read the lines, without names, hiding those that identify someone.

pub mod answer;
pub mod api;
pub mod comments;
pub mod demo;
pub mod domain;
pub mod figures;
pub mod home;
pub mod invite;
pub mod pages;
mod personal;
pub mod results;
mod schema;

use crate::auth::policy::Permission::{JoinGroups, ManageSupervision, SignedIn};
use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/feedback", JoinGroups, pages::waiting)
        .get("/feedback/results", SignedIn, pages::results_of_month)
        .get(
            "/feedback/results/{id}",
            SignedIn,
            pages::results_of_session,
        )
        .get("/feedback/{id}", JoinGroups, pages::form)
        .post("/feedback/{id}", JoinGroups, pages::give)
        .post("/feedback/{id}/decline", JoinGroups, pages::decline)
        .get("/staff/feedback/comments", ManageSupervision, pages::lines)
        .post(
            "/staff/feedback/comments/{id}/hide",
            ManageSupervision,
            pages::hide,
        )
        .post(
            "/staff/feedback/comments/{id}/show",
            ManageSupervision,
            pages::show,
        )
        .get("/api/v1/me/feedback", JoinGroups, api::waiting)
        .post("/api/v1/sessions/{id}/feedback", JoinGroups, api::give)
        .post(
            "/api/v1/sessions/{id}/feedback/decline",
            JoinGroups,
            api::decline,
        )
        .get(
            "/api/v1/sessions/{id}/feedback/results",
            SignedIn,
            api::session_results,
        )
        .get("/api/v1/feedback/results", SignedIn, api::month_results)
        .get("/api/v1/feedback/comments", ManageSupervision, api::lines)
        .post(
            "/api/v1/feedback/comments/{id}/hidden",
            ManageSupervision,
            api::hide_line,
        );
    reg.api(<api::FeedbackApi as utoipa::OpenApi>::openapi())
        .periodic(
            "feedback.invite",
            std::time::Duration::from_secs(300),
            |state, _| async move { invite::run(&state).await },
        );
    home::register(reg);
    figures::register(reg);
    personal::register(reg);
}
