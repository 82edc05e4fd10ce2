//! Supervision of facilitators: a report after every session, concerns that reach a
//! supervisor at once and are escalated when nobody answers, and who supervises whom.

pub mod access;
pub mod api;
pub mod assignments;
pub mod concerns;
pub mod demo;
pub mod domain;
mod erase;
pub mod events;
pub mod figures;
pub mod handover;
pub mod home;
pub mod hours;
pub mod meetings;
pub mod mine;
mod model;
pub mod pages;
pub mod personal;
mod purge;
pub mod queue;
pub mod reminders;
pub mod reports;
mod schema;
pub mod themes;
pub mod views;

use crate::auth::policy::Permission::{ManageSupervision, ReportSessions, SignedIn, Supervise};
use crate::jobs::Every;
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    routes(reg.routes());
    meetings::routes::register(reg);
    home::register(reg);
    figures::register(reg);
    personal::register(reg);
    reg.api(<api::SupervisionApi as utoipa::OpenApi>::openapi())
        .api(<hours::api::HoursApi as utoipa::OpenApi>::openapi())
        .figures(hours::figures)
        .job(
            "supervision.hours_from_sessions",
            Every::Round,
            |state, _| async move { hours::from_sessions(&state).await },
        );
    reg.job(
        "supervision.escalate",
        Every::Round,
        |state, _| async move { concerns::escalate(&state).await },
    )
    .job(
        "supervision.report_reminders",
        Every::Round,
        |state, _| async move { reminders::run(&state).await },
    );
}

fn routes(routes: &mut Routes) {
    routes
        .get("/session-reports", ReportSessions, pages::my_reports)
        .get("/session-reports/{id}", SignedIn, pages::report)
        .get("/sessions/{id}/report", ReportSessions, pages::report_form)
        .post("/sessions/{id}/report", ReportSessions, pages::file_report)
        .get("/supervision", Supervise, pages::queue)
        .get("/supervision/reports/{id}", Supervise, pages::report)
        .post(
            "/supervision/reports/{id}/comments",
            Supervise,
            pages::comment,
        )
        .post(
            "/supervision/reports/{id}/acknowledge",
            Supervise,
            pages::acknowledge,
        )
        .post("/supervision/reports/{id}/handle", Supervise, pages::handle)
        .get(
            "/supervision/facilitators",
            ManageSupervision,
            pages::facilitators,
        )
        .post(
            "/supervision/facilitators/{id}/supervisor",
            ManageSupervision,
            pages::set_supervisor,
        )
        .get("/supervision/themes", ManageSupervision, pages::themes)
        .post("/supervision/themes", ManageSupervision, pages::add_theme)
        .post(
            "/supervision/themes/{id}/archive",
            ManageSupervision,
            pages::archive_theme,
        )
        .get(
            "/supervision/escalations",
            ManageSupervision,
            pages::escalations,
        )
        .get("/hours", ReportSessions, hours::pages::mine)
        .post("/hours", ReportSessions, hours::pages::add)
        .get("/supervision/hours", Supervise, hours::pages::waiting)
        .post("/supervision/hours", Supervise, hours::pages::decide)
        .get("/staff/hours.csv", ManageSupervision, hours::pages::csv);
    api_routes(routes);
}

fn api_routes(routes: &mut Routes) {
    routes
        .get(
            "/api/v1/me/session-reports",
            ReportSessions,
            api::my_reports,
        )
        .post(
            "/api/v1/sessions/{id}/report",
            ReportSessions,
            api::file_report,
        )
        .get("/api/v1/session-reports/{id}", SignedIn, api::report)
        .post(
            "/api/v1/session-reports/{id}/comments",
            Supervise,
            api::comment,
        )
        .post(
            "/api/v1/session-reports/{id}/acknowledge",
            Supervise,
            api::acknowledge,
        )
        .post(
            "/api/v1/session-reports/{id}/handle",
            Supervise,
            api::handle,
        )
        .get(
            "/api/v1/supervision/queue",
            Supervise,
            api::supervision_queue,
        )
        .get(
            "/api/v1/supervision/facilitators",
            ManageSupervision,
            api::facilitators,
        )
        .post(
            "/api/v1/supervision/facilitators/{id}/supervisor",
            ManageSupervision,
            api::set_supervisor,
        )
        .get(
            "/api/v1/supervision/escalations",
            ManageSupervision,
            api::escalations,
        )
        .get("/api/v1/report-themes", SignedIn, api::report_themes)
        .post("/api/v1/report-themes", ManageSupervision, api::add_theme)
        .post(
            "/api/v1/report-themes/{id}/archive",
            ManageSupervision,
            api::archive_theme,
        )
        .get("/api/v1/me/hours", ReportSessions, hours::api::my_hours)
        .post("/api/v1/me/hours", ReportSessions, hours::api::add_hours)
        .get("/api/v1/supervision/hours", Supervise, hours::api::waiting)
        .post(
            "/api/v1/supervision/hours/decisions",
            Supervise,
            hours::api::decide,
        );
}
