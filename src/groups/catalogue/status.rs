//! Staff move a group along its life: draft, published, running, ended.

use crate::clock::now;
use crate::error::{AppError, ErrorKind};
use crate::groups::domain::GroupStatus;
use crate::groups::model;
use crate::state::AppState;

pub async fn set_status(state: &AppState, group_id: &str, next: &str) -> Result<(), AppError> {
    let next =
        GroupStatus::parse(next).ok_or_else(|| AppError::bad_request("group-status-invalid"))?;
    let group_id = group_id.to_owned();
    state
        .db
        .run(move |conn| {
            let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
            let current = GroupStatus::parse(&group.status).ok_or_else(AppError::not_found)?;
            if !current.may_become(next) {
                return Err(
                    AppError::new(ErrorKind::Conflict).with_message("group-status-invalid", vec![])
                );
            }
            Ok(model::set_status(conn, &group_id, next.as_str(), now())?)
        })
        .await
}
