//! A cohort's page: every candidate's progress (a `<progress>` with its text), who is
//! overdue, the actions of coordinators and trainers, and the completion chart with its
//! table. Also the form that opens a cohort on a published course.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::courses::number;
use super::render_refused;
use crate::auth::CurrentUser;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::training::cohorts::{self, CandidateRow};
use crate::training::domain::DEFAULT_DEADLINE_DAYS;
use crate::training::{catalogue, chart, courses, review};
use crate::web::{HtmlForm, Page, path_segment, see_other};

const COHORT: &str = "training/staff/cohort.html";
const NEW: &str = "training/staff/cohort_new.html";

/// A module a trainer can act on for one candidate.
#[derive(Serialize)]
struct ModuleRef {
    id: String,
    title: String,
}

#[derive(Serialize)]
struct Candidate {
    #[serde(flatten)]
    row: CandidateRow,
    /// Quizzes failed with every attempt: the trainer may give another round.
    resettable: Vec<ModuleRef>,
    /// Live sessions not yet marked attended.
    live: Vec<ModuleRef>,
}

/// The cohort page's values; `extra` says which candidate's form failed and what was typed.
pub(super) async fn cohort_vars(
    page: &Page,
    me: &CurrentUser,
    id: &str,
    extra: Value,
) -> Result<Value, AppError> {
    let view = cohorts::cohort(&page.state, id, page.locale.code()).await?;
    let stuck = review::exhausted(&page.state, id).await?;
    let chart = Value::from_safe_string(chart::svg(&view.completion, view.possible));
    let (live_sessions, live_modules) =
        crate::training::live::overview(&page.state, id, page.locale.code()).await?;
    let (deadline, name, completion, possible) =
        (view.deadline, view.name, view.completion, view.possible);
    let candidates: Vec<Candidate> = view
        .candidates
        .into_iter()
        .map(|row| {
            let modules = &row.progress.modules;
            let pick = |keep: &dyn Fn(&cohorts::ModuleProgress) -> bool| {
                modules
                    .iter()
                    .filter(|m| keep(m))
                    .map(|m| ModuleRef {
                        id: m.module.id.clone(),
                        title: m.module.title.clone(),
                    })
                    .collect()
            };
            Candidate {
                resettable: pick(&|m| stuck.contains(&(row.user_id.clone(), m.module.id.clone()))),
                live: pick(&|m| m.module.rule == "live" && !m.completed),
                row,
            }
        })
        .collect();
    Ok(context! {
        cohort => context! { id => view.id, name, deadline, completion, possible },
        candidates, chart, live_sessions, live_modules,
        trainer => me.can(Permission::TrainFacilitators), ..extra
    })
}

pub async fn page(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let vars = cohort_vars(&page, &me, &id, context! {}).await?;
    page.render(COHORT, vars)
}

/// The cohort page again after a candidate's action was refused.
pub(super) async fn refused(
    page: &Page,
    me: &CurrentUser,
    id: &str,
    extra: Value,
    error: AppError,
) -> Result<HttpResponse, AppError> {
    let vars = cohort_vars(page, me, id, extra).await?;
    render_refused(page, COHORT, vars, error)
}

#[derive(Deserialize, Serialize, Default)]
pub struct CohortForm {
    #[serde(default)]
    course_id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    deadline_days: String,
}

async fn new_vars(page: &Page, form: &CohortForm) -> Result<Value, AppError> {
    let courses: Vec<catalogue::CourseSummary> = catalogue::courses(&page.state)
        .await?
        .into_iter()
        .filter(|c| c.current_version > courses::DRAFT)
        .collect();
    Ok(context! { courses, form })
}

pub async fn new(page: Page) -> Result<HttpResponse, AppError> {
    let form = CohortForm {
        deadline_days: DEFAULT_DEADLINE_DAYS.to_string(),
        ..CohortForm::default()
    };
    page.render(NEW, new_vars(&page, &form).await?)
}

pub async fn create(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<CohortForm>,
) -> Result<HttpResponse, AppError> {
    let created = match number(
        "deadline_days",
        &form.deadline_days,
        "training-deadline-invalid",
    ) {
        Ok(days) => {
            courses::create_cohort(&page.state, &me, &form.course_id, &form.name, Some(days)).await
        }
        Err(error) => Err(error),
    };
    let error = match created {
        Ok(id) => {
            return Ok(see_other(&format!(
                "/staff/training/cohorts/{}?created=1",
                path_segment(&id)
            )));
        }
        // No course was chosen, or not one that exists.
        Err(error) if error.kind() == crate::error::ErrorKind::NotFound => {
            AppError::invalid(vec![crate::error::FieldError::new(
                "course_id",
                "training-field-required",
                vec![],
            )])
        }
        Err(error) => error,
    };
    render_refused(&page, NEW, new_vars(&page, &form).await?, error)
}
