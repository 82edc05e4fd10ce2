//! Training's pages. Candidates: their training, a module with its quiz and task, the
//! certificate and the public verification (`candidate`). Staff: the overview (`overview`),
//! course authoring (`courses`, `module_form`), cohorts (`cohort`, `cohort_actions`), the
//! application list (`applications`) and the review queue (`reviews`).

mod applications;
mod candidate;
mod cohort;
mod cohort_actions;
mod courses;
mod live;
mod module_form;
mod overview;
mod reviews;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use minijinja::{Value, context};
use serde::Serialize;

use crate::auth::policy::Permission::{CoordinateTraining, Public, SignedIn, TrainFacilitators};
use crate::error::{AppError, ErrorKind};
use crate::i18n::LANGUAGES;
use crate::routing::Routes;
use crate::web::Page;

pub fn routes(routes: &mut Routes) {
    candidate_routes(routes);
    authoring_routes(routes);
    cohort_routes(routes);
    routes
        .get("/staff/training", CoordinateTraining, overview::overview)
        .get(
            "/staff/training/applications",
            CoordinateTraining,
            applications::list,
        )
        .post(
            "/staff/training/applications/{id}/decide",
            CoordinateTraining,
            applications::decide,
        )
        .get("/staff/training/reviews", TrainFacilitators, reviews::queue)
        .post(
            "/staff/training/reviews/{module_id}/{user_id}",
            TrainFacilitators,
            reviews::review,
        );
}

fn candidate_routes(routes: &mut Routes) {
    routes
        .get("/training", SignedIn, candidate::mine)
        .post("/training/apply", SignedIn, candidate::apply)
        .get("/training/modules/{id}", SignedIn, candidate::module)
        .post("/training/modules/{id}/read", SignedIn, candidate::read)
        .post("/training/modules/{id}/quiz", SignedIn, candidate::quiz)
        .post("/training/modules/{id}/task", SignedIn, candidate::task)
        .get(
            "/training/certificates/{id}",
            SignedIn,
            candidate::certificate,
        )
        .get("/verify/{code}", Public, candidate::verify);
}

fn authoring_routes(routes: &mut Routes) {
    routes
        .get("/staff/training/courses", TrainFacilitators, courses::list)
        .post(
            "/staff/training/courses",
            TrainFacilitators,
            courses::create,
        )
        .get(
            "/staff/training/courses/{id}",
            TrainFacilitators,
            courses::course,
        )
        .post(
            "/staff/training/courses/{id}/publish",
            TrainFacilitators,
            courses::publish,
        )
        .get(
            "/staff/training/courses/{id}/modules/new",
            TrainFacilitators,
            module_form::new,
        )
        .post(
            "/staff/training/courses/{id}/modules",
            TrainFacilitators,
            module_form::add,
        );
}

fn cohort_routes(routes: &mut Routes) {
    routes
        .get(
            "/staff/training/cohorts/new",
            CoordinateTraining,
            cohort::new,
        )
        .post(
            "/staff/training/cohorts",
            CoordinateTraining,
            cohort::create,
        )
        .get(
            "/staff/training/cohorts/{id}",
            CoordinateTraining,
            cohort::page,
        )
        .post(
            "/staff/training/cohorts/{id}/candidates/{user_id}/extend",
            CoordinateTraining,
            cohort_actions::extend,
        )
        .post(
            "/staff/training/cohorts/{id}/candidates/{user_id}/practice",
            TrainFacilitators,
            cohort_actions::practice,
        )
        .post(
            "/staff/training/cohorts/{id}/candidates/{user_id}/sign-off",
            TrainFacilitators,
            cohort_actions::sign_off,
        )
        .post(
            "/staff/training/cohorts/{id}/candidates/{user_id}/modules/{module_id}/reset",
            TrainFacilitators,
            cohort_actions::reset,
        )
        .post(
            "/staff/training/cohorts/{id}/candidates/{user_id}/modules/{module_id}/attended",
            TrainFacilitators,
            cohort_actions::attended,
        )
        .post(
            "/staff/training/cohorts/{id}/live-sessions",
            TrainFacilitators,
            live::schedule,
        );
}

/// The translated message an error carries (a conflict's reason), if any.
fn message_of(page: &Page, error: &AppError) -> Option<String> {
    error.message().map(|m| {
        page.state
            .i18n
            .translate_with(page.locale.code(), m.id, &m.args)
    })
}

/// Renders `template` again with what went wrong: field errors next to their fields (422), or
/// a conflict's reason at the top (409); any other error goes to the error page.
fn render_refused(
    page: &Page,
    template: &str,
    vars: Value,
    error: AppError,
) -> Result<HttpResponse, AppError> {
    if error.kind() != ErrorKind::Conflict {
        return page.render_form_error(template, vars, error);
    }
    let form_error = message_of(page, &error);
    let mut response = page.render(template, context! { form_error, ..vars })?;
    *response.status_mut() = StatusCode::CONFLICT;
    Ok(response)
}

/// One of Silta's languages as a form offers it: named in its own language.
#[derive(Debug, Clone, Serialize)]
struct LanguageOption {
    code: &'static str,
    name: String,
    dir: &'static str,
}

fn language_options(page: &Page) -> Vec<LanguageOption> {
    LANGUAGES
        .iter()
        .map(|l| LanguageOption {
            code: l.code,
            name: page.state.i18n.translate(l.code, "language-name", None),
            dir: if l.right_to_left { "rtl" } else { "ltr" },
        })
        .collect()
}
