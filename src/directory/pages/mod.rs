//! The directory's pages: families find help and ask staff to help them get there
//! (`family`); staff keep services, summaries, organisations, partners and categories
//! (`services`, `summaries`, `organisations`, `categories`); referral workers work through
//! the help requests (`requests`). The JSON doors onto the same use cases are in `api`.

pub mod api;
mod categories;
mod family;
mod organisations;
mod requests;
mod services;
mod summaries;

use serde::Serialize;

use crate::auth::policy::Permission::{MakeReferrals, ManageDirectory, RequestHelp};
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    family_routes(reg.routes());
    staff_routes(reg.routes());
    api_routes(reg.routes());
    reg.api(<api::DirectoryPagesApi as utoipa::OpenApi>::openapi());
}

fn family_routes(routes: &mut Routes) {
    routes
        .get("/help", RequestHelp, family::find)
        .get("/help/services/{id}", RequestHelp, family::service)
        .post("/help/services/{id}/ask", RequestHelp, family::ask_about)
        .post("/help/ask", RequestHelp, family::ask_general)
        .get("/help/requests", RequestHelp, family::requests)
        .get("/staff/help-requests", MakeReferrals, requests::queue)
        .post(
            "/staff/help-requests/{id}/handled",
            MakeReferrals,
            requests::set_handled,
        );
}

fn staff_routes(routes: &mut Routes) {
    routes
        .get("/staff/directory", ManageDirectory, services::list)
        .get(
            "/staff/directory/services/new",
            ManageDirectory,
            services::new_form,
        )
        .post(
            "/staff/directory/services",
            ManageDirectory,
            services::create,
        )
        .get(
            "/staff/directory/services/{id}",
            ManageDirectory,
            services::edit_form,
        )
        .post(
            "/staff/directory/services/{id}",
            ManageDirectory,
            services::save,
        )
        .post(
            "/staff/directory/services/{id}/checked",
            ManageDirectory,
            services::checked,
        )
        .get(
            "/staff/directory/services/{id}/summaries",
            ManageDirectory,
            summaries::page,
        )
        .post(
            "/staff/directory/services/{id}/summaries/{language}",
            ManageDirectory,
            summaries::write,
        )
        .post(
            "/staff/directory/services/{id}/summaries/{language}/review",
            ManageDirectory,
            summaries::review,
        )
        .get(
            "/staff/directory/organisations",
            ManageDirectory,
            organisations::list,
        )
        .post(
            "/staff/directory/organisations",
            ManageDirectory,
            organisations::create,
        )
        .get(
            "/staff/directory/organisations/{id}",
            ManageDirectory,
            organisations::edit,
        )
        .post(
            "/staff/directory/organisations/{id}",
            ManageDirectory,
            organisations::save,
        )
        .post(
            "/staff/directory/organisations/{id}/partners",
            ManageDirectory,
            organisations::link,
        )
        .post(
            "/staff/directory/organisations/{id}/partners/{user_id}/remove",
            ManageDirectory,
            organisations::unlink,
        )
        .get(
            "/staff/directory/categories",
            ManageDirectory,
            categories::list,
        )
        .post(
            "/staff/directory/categories",
            ManageDirectory,
            categories::add,
        )
        .post(
            "/staff/directory/categories/{id}",
            ManageDirectory,
            categories::rename,
        )
        .post(
            "/staff/directory/categories/{id}/archive",
            ManageDirectory,
            categories::archive,
        );
}

fn api_routes(routes: &mut Routes) {
    routes
        .get("/api/v1/help/services", RequestHelp, api::find)
        .get("/api/v1/help/services/{id}", RequestHelp, api::service)
        .post("/api/v1/help-requests", RequestHelp, api::ask)
        .get("/api/v1/me/help-requests", RequestHelp, api::my_requests)
        .get("/api/v1/staff/help-requests", MakeReferrals, api::queue)
        .post(
            "/api/v1/staff/help-requests/{id}/handled",
            MakeReferrals,
            api::set_handled,
        )
        .get(
            "/api/v1/staff/directory/categories",
            ManageDirectory,
            api::categories,
        )
        .post(
            "/api/v1/staff/directory/categories",
            ManageDirectory,
            api::add_category,
        )
        .get(
            "/api/v1/staff/directory/services/{id}/summaries",
            ManageDirectory,
            api::summaries,
        )
        .post(
            "/api/v1/staff/directory/services/{id}/summaries/{language}",
            ManageDirectory,
            api::write_summary,
        )
        .post(
            "/api/v1/staff/directory/services/{id}/summaries/{language}/review",
            ManageDirectory,
            api::review_summary,
        );
}

/// A value and its name, for a form's choices.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Choice {
    code: String,
    name: String,
}

/// Municipalities by name in `lang`.
pub(crate) fn municipality_choices(lang: &str) -> Vec<Choice> {
    let mut choices: Vec<Choice> = crate::regions::municipalities()
        .iter()
        .map(|m| Choice {
            code: m.code.to_owned(),
            name: m.name(lang).to_owned(),
        })
        .collect();
    choices.sort_by(|a, b| a.name.cmp(&b.name));
    choices
}

/// Wellbeing services counties by name in `lang`.
fn county_choices(lang: &str) -> Vec<Choice> {
    let mut choices: Vec<Choice> = crate::regions::counties()
        .iter()
        .map(|c| Choice {
            code: c.code.to_owned(),
            name: c.name(lang).to_owned(),
        })
        .collect();
    choices.sort_by(|a, b| a.name.cmp(&b.name));
    choices
}

/// The languages a service can be delivered in, each named in itself.
fn language_choices() -> Vec<Choice> {
    crate::accounts::domain::FAMILY_LANGUAGES
        .iter()
        .map(|(code, name)| Choice {
            code: (*code).to_owned(),
            name: (*name).to_owned(),
        })
        .collect()
}

/// The categories offered in a filter or form (active ones), in `lang`.
async fn category_choices(
    state: &crate::state::AppState,
    lang: &'static str,
) -> Result<Vec<Choice>, crate::error::AppError> {
    Ok(crate::directory::categories::list(state, lang)
        .await?
        .into_iter()
        .filter(|c| !c.archived)
        .map(|c| Choice {
            code: c.id,
            name: c.label,
        })
        .collect())
}
