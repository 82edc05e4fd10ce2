//! The invitations staff have sent, paged and filtered by standing and role in the database;
//! the API and the staff page call the same function.

use crate::accounts::model::invitations::{self, Invitation, StaffFilter, Standing};
use crate::auth::policy::Role;
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::paging::{Cursor, Page, PageRequest};
use crate::state::AppState;

/// What staff narrow their invitations to.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InvitationFilters {
    /// `open`, `accepted`, `revoked` or `expired`.
    #[param(schema_with = standing)]
    pub status: Option<String>,
    /// The role invited to.
    #[param(schema_with = role)]
    pub role: Option<String>,
}

fn standing() -> utoipa::openapi::schema::Object {
    let names: Vec<&str> = Standing::ALL.iter().map(|(_, n)| *n).collect();
    crate::api::schema::one_of(&names)
}

fn role() -> utoipa::openapi::schema::Object {
    let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    crate::api::schema::one_of(&names)
}

fn chosen(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl InvitationFilters {
    fn in_database(&self) -> Result<StaffFilter, AppError> {
        let mut errors = Vec::new();
        let standing = chosen(&self.status).and_then(|s| {
            let standing = Standing::parse(s);
            if standing.is_none() {
                errors.push(FieldError::new("status", "field-choice-unknown", vec![]));
            }
            standing
        });
        let role = chosen(&self.role).and_then(|r| {
            let role = Role::parse(r);
            if role.is_none() {
                errors.push(FieldError::new("role", "field-choice-unknown", vec![]));
            }
            role.map(|r| r.as_str().to_owned())
        });
        if errors.is_empty() {
            Ok(StaffFilter { standing, role })
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

/// A page of the invitations sent by staff (not family invitations), newest first.
pub async fn staff_sent(
    state: &AppState,
    filters: InvitationFilters,
    paging: PageRequest,
) -> Result<Page<Invitation>, AppError> {
    let filter = filters.in_database()?;
    let paging = paging.check()?;
    state
        .db
        .run(move |conn| {
            let now = now();
            let total = invitations::staff_count(conn, &filter, now)?;
            let (position, page) = paging.position(total);
            let rows = invitations::staff_page(conn, &filter, now, &position, paging.limit + 1)?;
            paging.page_of(
                rows,
                total,
                page,
                |i| Cursor::new(i.created_at, i.id.clone()),
                Ok,
            )
        })
        .await
}
