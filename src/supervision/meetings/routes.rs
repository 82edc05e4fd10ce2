//! What supervision meetings add to the registry: pages, API, the lapse job, and the answers
//! training asks (the lapse rule, renewal credit).

use std::sync::Arc;

use utoipa::OpenApi;

use super::{api, lapse, pages};
use crate::auth::policy::Permission::{ReportSessions, SignedIn, Supervise};
use crate::jobs::Every;
use crate::registry::Registry;
use crate::training::certificates::{RenewalCredit, RightsLapse};

#[derive(OpenApi)]
#[openapi(
    paths(
        api::create_circle, api::circles, api::circle, api::schedule, api::add_note, api::notes,
        api::own,
    ),
    tags((name = "supervision", description = "Session reports, concerns and supervision")),
)]
pub struct MeetingsApi;

pub fn register(reg: &mut Registry) {
    let (rights, renewal) = lapse::answers(reg.state().config.supervision_lapse_months);
    reg.provide::<Arc<dyn RightsLapse>>(rights);
    reg.provide::<Arc<dyn RenewalCredit>>(renewal);
    reg.api(MeetingsApi::openapi());
    reg.home_card(pages::home_card);
    reg.job(
        "supervision.lapse_notices",
        Every::Round,
        |state, _| async move { lapse::notify(&state).await },
    );
    reg.routes()
        .get("/supervision/circles", Supervise, pages::circles)
        .post("/supervision/circles", Supervise, pages::create)
        .get("/supervision/circles/{id}", SignedIn, pages::circle)
        .post(
            "/supervision/circles/{id}/meetings",
            Supervise,
            pages::schedule,
        )
        .post(
            "/supervision/circles/{id}/meetings/{session_id}/attendance",
            Supervise,
            pages::attendance,
        )
        .get(
            "/supervision/facilitators/{id}/notes",
            Supervise,
            pages::notes,
        )
        .post(
            "/supervision/facilitators/{id}/notes",
            Supervise,
            pages::add_note,
        )
        .get("/my-supervision", ReportSessions, pages::mine)
        .post("/api/v1/supervision/circles", Supervise, api::create_circle)
        .get("/api/v1/supervision/circles", SignedIn, api::circles)
        .get("/api/v1/supervision/circles/{id}", SignedIn, api::circle)
        .post(
            "/api/v1/supervision/circles/{id}/meetings",
            Supervise,
            api::schedule,
        )
        .post(
            "/api/v1/supervision/facilitators/{id}/notes",
            Supervise,
            api::add_note,
        )
        .get(
            "/api/v1/supervision/facilitators/{id}/notes",
            SignedIn,
            api::notes,
        )
        .get("/api/v1/me/supervision", ReportSessions, api::own);
}
