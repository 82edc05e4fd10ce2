//! From a facilitator's concern to a referral: referral workers see the concerns nobody has
//! handled yet, open one to see its note and the group's families, and prepare a referral
//! draft for one of them, linked to the concern. Creating the draft marks the concern handled
//! (in the same transaction); the facilitator sees only "handled", never the referral.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use minijinja::context;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::access_log::{self, Reading};
use crate::accounts::service as accounts;
use crate::auth::policy::Permission;
use crate::auth::{CurrentUser, SignedIn};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::paging::{self, PageNumber, Pager};
use crate::state::AppState;
use crate::supervision::handover::{self, OpenConcern};
use crate::web::Page;

/// A family of the concern's group, as the worker chooses one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FamilyChoice {
    pub family_id: String,
    /// The display names of the family's adults in the group.
    pub names: Vec<String>,
}

/// An open concern as a referral worker sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConcernView {
    pub report_id: String,
    /// `some` or `urgent`.
    pub level: String,
    pub note: String,
    pub group: String,
    pub raised_at: DateTime<Utc>,
    /// Only when one concern is opened: the group's families (each reading is logged).
    pub families: Vec<FamilyChoice>,
}

fn view(
    conn: &mut AnyConnection,
    concern: OpenConcern,
    lang: &str,
) -> Result<ConcernView, AppError> {
    Ok(ConcernView {
        group: groups::name_of(conn, &concern.group_id, lang)?,
        report_id: concern.report_id,
        level: concern.level,
        note: concern.note,
        raised_at: concern.raised_at.and_utc(),
        families: Vec::new(),
    })
}

/// The families seated in the group, each reading of one written to its access log.
fn families(
    conn: &mut AnyConnection,
    me: &SignedIn,
    group_id: &str,
    report_id: &str,
) -> Result<Vec<FamilyChoice>, AppError> {
    let seated = groups::seated(conn, group_id)?;
    let ids: Vec<String> = seated.iter().map(|(id, _)| id.clone()).collect();
    let family_of = accounts::families_of(conn, &ids)?;
    let mut by_family: HashMap<String, Vec<String>> = HashMap::new();
    for (user_id, name) in seated {
        if let Some(family) = family_of.get(&user_id) {
            by_family.entry(family.clone()).or_default().push(name);
        }
    }
    let role = me
        .acting_role(Permission::MakeReferrals)
        .map_or("referral_worker", |r| r.as_str());
    let mut choices: Vec<FamilyChoice> = by_family
        .into_iter()
        .map(|(family_id, names)| FamilyChoice { family_id, names })
        .collect();
    choices.sort_by(|a, b| a.names.cmp(&b.names));
    for choice in &choices {
        let reading = Reading {
            family_id: &choice.family_id,
            reader_id: Some(&me.user_id),
            reader_role: role,
            item_kind: "group_membership",
            item_id: report_id,
            purpose: "concern_referral",
        };
        access_log::record(conn, &reading, now())?;
    }
    Ok(choices)
}

/// The concerns nobody has handled yet: urgent ones first, each kind oldest first.
pub async fn open(state: &AppState, lang: &'static str) -> Result<Vec<ConcernView>, AppError> {
    let mut concerns: Vec<ConcernView> = state
        .db
        .run(move |conn| {
            handover::open(conn)?
                .into_iter()
                .map(|c| view(conn, c, lang))
                .collect()
        })
        .await?;
    concerns.sort_by_key(|c| c.level != "urgent");
    Ok(concerns)
}

/// One open concern with the families of its group.
pub async fn one(
    state: &AppState,
    me: &SignedIn,
    report_id: &str,
) -> Result<ConcernView, AppError> {
    let (me, report_id) = (me.clone(), report_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let concern =
                    handover::open_one(conn, &report_id)?.ok_or_else(AppError::not_found)?;
                let group_id = concern.group_id.clone();
                let mut found = view(conn, concern, me.language.code)?;
                found.families = families(conn, &me, &group_id, &report_id)?;
                Ok(found)
            })
        })
        .await
}

/// Open concerns shown on one page of the list.
const PER_PAGE: i64 = 20;

pub async fn list_page(
    page: Page,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let concerns = open(&page.state, page.locale.code()).await?;
    let total = i64::try_from(concerns.len()).unwrap_or(i64::MAX);
    let pages = paging::pages(total, PER_PAGE);
    let current = number
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, pages);
    let shown: Vec<ConcernView> = concerns
        .into_iter()
        .skip(usize::try_from((current - 1) * PER_PAGE).unwrap_or_default())
        .take(usize::try_from(PER_PAGE).unwrap_or_default())
        .collect();
    let pager = Pager::new("/concerns", &[], current, pages);
    page.render(
        "referrals/concerns.html",
        context! { concerns => shown, total, pager },
    )
}

pub async fn one_page(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let concern = one(&page.state, &me, &id).await?;
    page.render("referrals/concern.html", context! { concern })
}

#[derive(OpenApi)]
#[openapi(
    paths(list_api, one_api),
    tags((name = "referrals", description = "Consented referrals of families to services")),
)]
pub struct ConcernsApi;

/// Concerns from session reports nobody has handled yet (referral workers)
#[utoipa::path(get, path = "/api/v1/concerns", tag = "referrals",
    responses((status = 200, description = "Open concerns, oldest first", body = Vec<ConcernView>)))]
pub async fn list_api(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(open(&state, me.language.code).await?))
}

/// An open concern with the families of its group (each reading is logged); prepare the
/// referral with `POST /api/v1/referrals` and its `concern_report_id`
#[utoipa::path(get, path = "/api/v1/concerns/{id}", tag = "referrals",
    params(("id" = String, Path, description = "The session report's id")),
    responses(
        (status = 200, description = "The concern", body = ConcernView),
        (status = 404, description = "No such open concern", body = crate::web::errors::Problem),
    ))]
pub async fn one_api(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(one(&state, &me, &id).await?))
}

pub fn register(reg: &mut crate::registry::Registry) {
    use crate::auth::policy::Permission::MakeReferrals;
    reg.routes()
        .get("/concerns", MakeReferrals, list_page)
        .get("/concerns/{id}", MakeReferrals, one_page)
        .get("/api/v1/concerns", MakeReferrals, list_api)
        .get("/api/v1/concerns/{id}", MakeReferrals, one_api);
    reg.api(<ConcernsApi as utoipa::OpenApi>::openapi());
}
