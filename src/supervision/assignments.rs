//! Who supervises whom. Coordinators and supervisors set a facilitator's supervisor; a
//! facilitator without one is in the care of every supervisor.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model;
use crate::accounts::service::{self as accounts, Person};
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Supervised {
    pub facilitator: Person,
    pub supervisor: Option<Person>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct SetSupervisor {
    /// A supervisor's id; null leaves the facilitator to every supervisor.
    pub supervisor_id: Option<String>,
}

/// Every facilitator with their supervisor, and the supervisors one may choose.
pub async fn overview(state: &AppState) -> Result<(Vec<Supervised>, Vec<Person>), AppError> {
    state
        .db
        .run(|conn| {
            let assigned = model::assignments(conn)?;
            let supervisors = accounts::people_with_role(conn, Role::Supervisor)?;
            let rows = accounts::people_with_role(conn, Role::Facilitator)?
                .into_iter()
                .map(|facilitator| {
                    let supervisor = assigned
                        .iter()
                        .find(|(f, _)| *f == facilitator.id)
                        .and_then(|(_, s)| supervisors.iter().find(|p| p.id == *s).cloned());
                    Supervised {
                        facilitator,
                        supervisor,
                    }
                })
                .collect();
            Ok((rows, supervisors))
        })
        .await
}

pub async fn set(
    state: &AppState,
    me: &SignedIn,
    facilitator: &str,
    supervisor: Option<String>,
) -> Result<(), AppError> {
    let (by, facilitator) = (me.user_id.clone(), facilitator.to_owned());
    state
        .db
        .run(move |conn| {
            if !accounts::has_role(conn, &facilitator, Role::Facilitator)? {
                return Err(AppError::not_found());
            }
            if let Some(s) = &supervisor
                && !accounts::has_role(conn, s, Role::Supervisor)?
            {
                return Err(AppError::invalid(vec![FieldError::new(
                    "supervisor_id",
                    "supervision-not-a-supervisor",
                    vec![],
                )]));
            }
            Ok(model::assign(
                conn,
                &facilitator,
                supervisor.as_deref(),
                &by,
                now(),
            )?)
        })
        .await
}
