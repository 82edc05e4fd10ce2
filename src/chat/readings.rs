//! What reviewers of reported messages read of families, written to the families' access
//! logs: each report quotes the messages around the reported one, and staff also see who
//! reported. One row per family per page of the queue; the reviewer's own family is left out.

use std::collections::HashMap;

use crate::access_log::Screen;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;

/// The authors of the messages a report quotes.
fn authors(context: &str) -> Vec<String> {
    let messages: Vec<serde_json::Value> = serde_json::from_str(context).unwrap_or_default();
    messages
        .iter()
        .filter_map(|m| m["author_id"].as_str().map(str::to_owned))
        .collect()
}

/// Writes that `me` read these reports, each (report id, reporter id, the messages kept with
/// it as JSON): the families of the quoted authors, and of the reporters when `staff`
/// (facilitators are not shown who reported).
pub fn log<'r>(
    conn: &mut AnyConnection,
    me: &SignedIn,
    staff: bool,
    shown: impl IntoIterator<Item = (&'r str, &'r str, &'r str)>,
) -> Result<(), AppError> {
    let mut people: Vec<(String, &str)> = Vec::new();
    for (report_id, reporter_id, context) in shown {
        if staff {
            people.push((reporter_id.to_owned(), report_id));
        }
        people.extend(authors(context).into_iter().map(|a| (a, report_id)));
    }
    let ids: Vec<String> = people.iter().map(|(id, _)| id.clone()).collect();
    let families: HashMap<String, String> = accounts::families_of(conn, &ids)?;
    let role = match me.acting_role(Permission::ManageGroups) {
        Some(role) if staff => role.as_str(),
        _ => "facilitator",
    };
    let screen = Screen {
        reader_id: &me.user_id,
        reader_role: role,
        own_family: me.family_id.as_deref(),
        item_kind: "chat_report",
        purpose: "chat_moderation",
    };
    let shown = people
        .iter()
        .filter_map(|(id, report)| families.get(id).map(|f| (f.as_str(), *report)));
    Ok(screen.record(conn, shown, now())?)
}
