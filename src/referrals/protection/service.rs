//! Child protection: where to make a child welfare notification (the municipality's child
//! welfare contacts from the directory, and 112 in an emergency), and the record that one was
//! made. A notification needs no consent from the family; the record is kept apart from the
//! consented referrals and only supervisors and administrators read it.

use chrono::{NaiveDateTime, TimeDelta};

use diesel::prelude::*;

use super::model::{self, Notice, notices};
use crate::access_log::{self, Reading};
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::directory::service as directory;
use crate::error::{AppError, FieldError};
use crate::groups::service as groups;
use crate::paging::{Cursor, Page, PageRequest};
use crate::state::AppState;
use crate::supervision::domain::short_text;

/// The directory category whose services take child welfare notifications.
pub const CHILD_WELFARE: &str = "child-welfare";
pub const MAX_RECIPIENT: usize = 200;
pub const MAX_NOTE: usize = 2_000;
/// How far back a notification may be recorded.
pub const RECORD_WINDOW: TimeDelta = TimeDelta::days(365);

/// What the person recording says about a notification they made.
#[derive(Debug, Clone, Default)]
pub struct NewNotice {
    pub municipality: String,
    pub recipient: String,
    /// When it was made (UTC); `None` when the form's date and time did not parse.
    pub made_at: Option<NaiveDateTime>,
    /// A member of a group the recorder leads: `(group id, user id)`.
    pub member: Option<(String, String)>,
    /// A family adult's address, for staff who know the family.
    pub adult_email: Option<String>,
    pub note: String,
}

fn field(field: &'static str, key: &'static str) -> AppError {
    AppError::invalid(vec![FieldError::new(field, key, vec![])])
}

fn check_time(made_at: Option<NaiveDateTime>) -> Result<NaiveDateTime, AppError> {
    let at = made_at.ok_or_else(|| field("made_at", "field-invalid-value"))?;
    let now = now();
    if at > now + TimeDelta::minutes(5) {
        return Err(field("made_at", "protection-made-in-future"));
    }
    if at < now - RECORD_WINDOW {
        return Err(field("made_at", "protection-made-too-long-ago"));
    }
    Ok(at)
}

/// The family the record is about, if the recorder named one they may name.
fn family_of(
    state: &AppState,
    conn: &mut crate::db::AnyConnection,
    me: &SignedIn,
    input: &NewNotice,
) -> Result<(Option<String>, Option<String>), AppError> {
    if let Some((group_id, user_id)) = &input.member {
        let gate = groups::Gate::of(state);
        let seated = groups::seated(conn, group_id)?;
        if !groups::may_lead(conn, &gate, me, group_id)?
            || !seated.iter().any(|(id, _)| id == user_id)
        {
            return Err(field("member", "field-choice-unknown"));
        }
        let family = accounts::families_of(conn, std::slice::from_ref(user_id))?;
        return Ok((family.get(user_id).cloned(), Some(group_id.clone())));
    }
    let Some(email) = input
        .adult_email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    else {
        return Ok((None, None));
    };
    if !me.can(Permission::MakeReferrals) && !me.can(Permission::ReadChildProtection) {
        return Err(field("adult_email", "field-choice-unknown"));
    }
    let user = accounts::user_id_by_email(conn, email)?;
    let family = match user {
        Some(id) => accounts::families_of(conn, std::slice::from_ref(&id))?.remove(&id),
        None => None,
    };
    family
        .map(|f| (Some(f), None))
        .ok_or_else(|| field("adult_email", "protection-no-such-family"))
}

/// Records that `me` made a child welfare notification; the record's id.
pub async fn record(state: &AppState, me: &SignedIn, input: NewNotice) -> Result<String, AppError> {
    let code = input.municipality.trim().to_owned();
    if crate::regions::municipality(&code).is_none() {
        return Err(field("municipality", "field-choice-unknown"));
    }
    let recipient = short_text("recipient", &input.recipient, MAX_RECIPIENT)?;
    let made_at = check_time(input.made_at)?;
    let note = input.note.trim().to_owned();
    if note.chars().count() > MAX_NOTE {
        return Err(AppError::invalid(vec![FieldError::new(
            "note",
            "field-too-long",
            vec![("max", crate::i18n::ArgValue::Number(MAX_NOTE as f64))],
        )]));
    }
    let (state_in, me) = (state.clone(), me.clone());
    state
        .db
        .run(move |conn| {
            let (family_id, group_id) = family_of(&state_in, conn, &me, &input)?;
            let notice = Notice {
                id: uuid::Uuid::new_v4().to_string(),
                family_id,
                group_id,
                municipality_code: code,
                recipient,
                made_by: me.user_id.clone(),
                made_at,
                note,
                recorded_at: now(),
            };
            model::insert(conn, &notice)?;
            Ok(notice.id)
        })
        .await
}

/// Where a notification about a family in `municipality` goes, from the directory.
pub async fn contacts(
    state: &AppState,
    municipality: String,
) -> Result<Vec<directory::Contact>, AppError> {
    state
        .db
        .run(move |conn| Ok(directory::contacts_for(conn, CHILD_WELFARE, &municipality)?))
        .await
}

/// A record as supervisors and administrators read it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NoticeView {
    pub id: String,
    pub municipality_code: String,
    pub municipality: String,
    pub recipient: String,
    pub made_by: String,
    pub made_at: chrono::DateTime<chrono::Utc>,
    pub recorded_at: chrono::DateTime<chrono::Utc>,
    /// Whether the record names a family (its details are not shown here).
    pub about_family: bool,
    pub note: String,
}

/// A page of records; each family named in them gets an access-log row for this reading.
pub async fn page(
    state: &AppState,
    me: &SignedIn,
    municipality: Option<String>,
    paging: PageRequest,
) -> Result<Page<NoticeView>, AppError> {
    let paging = paging.check()?;
    let me = me.clone();
    let language = me.language.code;
    let municipality = municipality.filter(|m| !m.trim().is_empty());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let filter = municipality.as_deref();
                let total = model::in_municipality(filter).count().get_result(conn)?;
                let (position, page) = paging.position(total);
                let rows: Vec<Notice> = crate::keyset_page!(
                    model::in_municipality(filter),
                    notices::made_at,
                    notices::id,
                    &position,
                    paging.limit + 1
                )
                .select(Notice::as_select())
                .load(conn)?;
                paging.page_of(
                    rows,
                    total,
                    page,
                    |n| Cursor::new(n.made_at, n.id.clone()),
                    |rows| views(conn, &me, rows, language),
                )
            })
        })
        .await
}

/// The rows as read, each reading of a family's record logged.
fn views(
    conn: &mut crate::db::AnyConnection,
    me: &SignedIn,
    rows: Vec<Notice>,
    language: &str,
) -> Result<Vec<NoticeView>, AppError> {
    let makers: Vec<String> = rows.iter().map(|n| n.made_by.clone()).collect();
    let names = accounts::display_names(conn, &makers)?;
    let role = me
        .acting_role(Permission::ReadChildProtection)
        .map_or("admin", |r| r.as_str());
    let mut items = Vec::with_capacity(rows.len());
    for n in rows {
        if let Some(family_id) = &n.family_id {
            let reading = Reading {
                family_id,
                reader_id: Some(&me.user_id),
                reader_role: role,
                item_kind: "child_protection_notice",
                item_id: &n.id,
                purpose: "child_protection_record",
            };
            access_log::record(conn, &reading, now())?;
        }
        items.push(view(n, &names, language));
    }
    Ok(items)
}

fn view(
    n: Notice,
    names: &std::collections::HashMap<String, String>,
    language: &str,
) -> NoticeView {
    let municipality = crate::regions::municipality(&n.municipality_code)
        .map(|m| m.name(language).to_owned())
        .unwrap_or_else(|| n.municipality_code.clone());
    NoticeView {
        made_by: names.get(&n.made_by).cloned().unwrap_or_default(),
        about_family: n.family_id.is_some(),
        made_at: n.made_at.and_utc(),
        recorded_at: n.recorded_at.and_utc(),
        id: n.id,
        municipality_code: n.municipality_code,
        municipality,
        recipient: n.recipient,
        note: n.note,
    }
}
