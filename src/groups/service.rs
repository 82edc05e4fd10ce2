//! Use cases of groups: staff create and publish them, families find, join and leave them.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use minijinja::context;
use serde::Serialize;

use super::domain::{AUDIENCES, GroupStatus, JoinPolicy, MemberStatus, ONLINE, TOPICS};
use super::model::{self, Group, GroupSession, GroupText};
use super::schedule::{self, GROUP_TIME_ZONE, WeeklySeries};
use crate::accounts::domain::family_language_name;
use crate::accounts::model::users;
use crate::auth::SignedIn;
use crate::auth::policy::{Permission, Role};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind, FieldError, UserMessage};
use crate::i18n::ArgValue;
use crate::mail;
use crate::state::AppState;

pub const NAME_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 4_000;
pub const CAPACITY_MAX: i32 = 50;

fn field(field: &'static str, id: &'static str, args: Vec<(&'static str, ArgValue)>) -> FieldError {
    FieldError {
        field,
        message: UserMessage { id, args },
    }
}

/// A group's name and description in one language.
#[derive(Debug, Clone)]
pub struct TextInput {
    pub language: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct NewGroupInput {
    pub texts: Vec<TextInput>,
    pub spoken_languages: Vec<String>,
    pub topics: Vec<String>,
    pub audience: String,
    pub region: String,
    pub capacity: i32,
    pub join_policy: String,
    pub facilitator_emails: Vec<String>,
    pub first_date: String,
    pub start_time: String,
    pub duration_minutes: u32,
    pub weeks: u32,
    pub publish: bool,
}

struct ValidGroup {
    texts: Vec<TextInput>,
    spoken_languages: Vec<String>,
    topics: Vec<String>,
    audience: String,
    region: String,
    capacity: i32,
    join_policy: JoinPolicy,
    sessions: Vec<(NaiveDateTime, NaiveDateTime)>,
}

fn validate(input: &NewGroupInput) -> Result<ValidGroup, AppError> {
    let mut errors = Vec::new();
    let mut texts = Vec::new();
    for text in &input.texts {
        let name = text.name.trim();
        let description = text.description.trim();
        if name.is_empty() && description.is_empty() {
            continue;
        }
        if crate::i18n::language(&text.language).is_none()
            && family_language_name(&text.language).is_none()
        {
            errors.push(field("texts", "group-text-language-unknown", vec![]));
        } else if name.is_empty() || name.chars().count() > NAME_MAX {
            errors.push(field(
                "name",
                "group-name-invalid",
                vec![("max", ArgValue::Number(NAME_MAX as f64))],
            ));
        } else if description.chars().count() > DESCRIPTION_MAX {
            errors.push(field(
                "description",
                "group-description-too-long",
                vec![("max", ArgValue::Number(DESCRIPTION_MAX as f64))],
            ));
        } else {
            texts.push(TextInput {
                language: text.language.clone(),
                name: name.to_owned(),
                description: description.to_owned(),
            });
        }
    }
    if texts.is_empty() && errors.is_empty() {
        errors.push(field(
            "name",
            "group-name-invalid",
            vec![("max", ArgValue::Number(NAME_MAX as f64))],
        ));
    }
    match crate::accounts::domain::parse_family_languages(&input.spoken_languages) {
        Ok(_) => {}
        Err(mut error) => {
            error.field = "spoken_languages";
            errors.push(error);
        }
    }
    if input.topics.is_empty() || input.topics.iter().any(|t| !TOPICS.contains(&t.as_str())) {
        errors.push(field("topics", "group-topics-invalid", vec![]));
    }
    if !AUDIENCES.contains(&input.audience.as_str()) {
        errors.push(field("audience", "group-audience-invalid", vec![]));
    }
    if input.region != ONLINE && crate::regions::municipality(&input.region).is_none() {
        errors.push(field("region", "field-municipality-unknown", vec![]));
    }
    if !(1..=CAPACITY_MAX).contains(&input.capacity) {
        errors.push(field(
            "capacity",
            "group-capacity-invalid",
            vec![("max", ArgValue::Number(f64::from(CAPACITY_MAX)))],
        ));
    }
    let join_policy = JoinPolicy::parse(&input.join_policy);
    if join_policy.is_none() {
        errors.push(field("join_policy", "group-join-policy-invalid", vec![]));
    }
    let date = NaiveDate::parse_from_str(input.first_date.trim(), "%Y-%m-%d").ok();
    let time = NaiveTime::parse_from_str(input.start_time.trim(), "%H:%M").ok();
    let sessions = match (date, time) {
        (Some(first_date), Some(start)) => {
            let series = WeeklySeries {
                first_date,
                start,
                duration_minutes: input.duration_minutes,
                weeks: input.weeks,
            };
            match schedule::occurrences(&series, GROUP_TIME_ZONE) {
                Ok(sessions) if sessions.first().is_some_and(|(start, _)| *start > now()) => {
                    Some(sessions)
                }
                Ok(_) => {
                    errors.push(field("first_date", "group-schedule-in-past", vec![]));
                    None
                }
                Err(_) => {
                    errors.push(field(
                        "weeks",
                        "group-schedule-invalid",
                        vec![("max", ArgValue::Number(f64::from(schedule::MAX_WEEKS)))],
                    ));
                    None
                }
            }
        }
        _ => {
            errors.push(field(
                "first_date",
                "group-schedule-invalid",
                vec![("max", ArgValue::Number(f64::from(schedule::MAX_WEEKS)))],
            ));
            None
        }
    };
    match (errors.is_empty(), join_policy, sessions) {
        (true, Some(join_policy), Some(sessions)) => Ok(ValidGroup {
            texts,
            spoken_languages: input.spoken_languages.clone(),
            topics: input.topics.clone(),
            audience: input.audience.clone(),
            region: input.region.clone(),
            capacity: input.capacity,
            join_policy,
            sessions,
        }),
        _ => Err(AppError::invalid(errors)),
    }
}

/// A coordinator creates a group with its facilitators and a weekly schedule.
pub async fn create(
    state: &AppState,
    me: &SignedIn,
    input: NewGroupInput,
) -> Result<String, AppError> {
    let valid = validate(&input)?;
    let (creator, emails, publish) = (
        me.user_id.clone(),
        input.facilitator_emails.clone(),
        input.publish,
    );
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let mut facilitators = Vec::new();
                for email in emails
                    .iter()
                    .map(|e| e.trim().to_lowercase())
                    .filter(|e| !e.is_empty())
                {
                    let user = users::by_email(conn, &email)?;
                    let is_facilitator = match &user {
                        Some(user) => users::roles(conn, &user.id)?.contains(&Role::Facilitator),
                        None => false,
                    };
                    match user.filter(|_| is_facilitator) {
                        Some(user) => facilitators.push(user.id),
                        None => {
                            return Err(AppError::invalid(vec![field(
                                "facilitators",
                                "group-facilitator-unknown",
                                vec![("email", ArgValue::Text(email))],
                            )]));
                        }
                    }
                }
                let id = uuid::Uuid::new_v4().to_string();
                let status = if publish {
                    GroupStatus::Published
                } else {
                    GroupStatus::Draft
                };
                model::insert_group(
                    conn,
                    &model::NewGroup {
                        id: &id,
                        spoken_languages: &valid.spoken_languages.join(","),
                        topics: &valid.topics.join(","),
                        audience: &valid.audience,
                        region: &valid.region,
                        capacity: valid.capacity,
                        join_policy: valid.join_policy.as_str(),
                        status: status.as_str(),
                        created_by: &creator,
                    },
                    now,
                )?;
                for text in &valid.texts {
                    model::insert_text(conn, &id, &text.language, &text.name, &text.description)?;
                }
                facilitators.sort();
                facilitators.dedup();
                for facilitator in &facilitators {
                    model::add_facilitator(conn, &id, facilitator)?;
                }
                for (starts_at, ends_at) in &valid.sessions {
                    model::insert_session(conn, &id, *starts_at, *ends_at, now)?;
                }
                Ok(id)
            })
        })
        .await
}

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

/// A group as a list or a page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The language the name and description are written in.
    pub text_language: String,
    pub spoken_languages: Vec<String>,
    pub topics: Vec<String>,
    pub audience: String,
    pub region: String,
    pub capacity: i32,
    pub members: i64,
    pub seats_left: i64,
    pub join_policy: String,
    pub status: String,
    pub next_session: Option<SessionView>,
    pub sessions: Vec<SessionView>,
    pub my_status: Option<MemberStatus>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionView {
    pub id: String,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub ends_at: chrono::DateTime<chrono::Utc>,
    /// Local (Helsinki) date and time, for people.
    pub local_start: String,
    pub local_end: String,
    pub weekday: u32,
    pub cancelled: bool,
    pub cancel_reason: Option<String>,
}

impl SessionView {
    fn from_row(session: &GroupSession) -> Self {
        let local = schedule::utc_to_local(session.starts_at, GROUP_TIME_ZONE);
        Self {
            id: session.id.clone(),
            starts_at: session.starts_at.and_utc(),
            ends_at: session.ends_at.and_utc(),
            local_start: local.format("%Y-%m-%d %H:%M").to_string(),
            local_end: schedule::utc_to_local(session.ends_at, GROUP_TIME_ZONE)
                .format("%H:%M")
                .to_string(),
            weekday: local.weekday().number_from_monday(),
            cancelled: session.cancelled_at.is_some(),
            cancel_reason: session.cancel_reason.clone(),
        }
    }
}

/// Picks the text in the reader's language, else one in a language of the service most
/// readers here know, else the first one written.
pub(super) fn best_text<'a>(texts: &'a [GroupText], lang: &str) -> Option<&'a GroupText> {
    [lang, "en", "fi", "sv"]
        .iter()
        .find_map(|wanted| texts.iter().find(|t| t.language == *wanted))
        .or_else(|| texts.first())
}

/// Builds views of groups with one query per table, not per group.
fn views(
    conn: &mut AnyConnection,
    groups: Vec<Group>,
    lang: &str,
    viewer: Option<&str>,
) -> Result<Vec<GroupView>, AppError> {
    let ids: Vec<String> = groups.iter().map(|g| g.id.clone()).collect();
    let mut texts: HashMap<String, Vec<GroupText>> = HashMap::new();
    for text in model::texts(conn, &ids)? {
        texts.entry(text.group_id.clone()).or_default().push(text);
    }
    let mut sessions: HashMap<String, Vec<GroupSession>> = HashMap::new();
    for session in model::sessions(conn, &ids)? {
        sessions
            .entry(session.group_id.clone())
            .or_default()
            .push(session);
    }
    let counts: HashMap<String, i64> = model::member_counts(conn, &ids)?.into_iter().collect();
    let mine: HashMap<String, String> = match viewer {
        Some(user) => model::memberships_of(conn, user)?.into_iter().collect(),
        None => HashMap::new(),
    };
    let now = now();
    Ok(groups
        .into_iter()
        .map(|group| {
            let group_texts = texts.remove(&group.id).unwrap_or_default();
            let text = best_text(&group_texts, lang);
            let group_sessions: Vec<SessionView> = sessions
                .remove(&group.id)
                .unwrap_or_default()
                .iter()
                .map(SessionView::from_row)
                .collect();
            let members = counts.get(&group.id).copied().unwrap_or(0);
            GroupView {
                name: text.map(|t| t.name.clone()).unwrap_or_default(),
                description: text.map(|t| t.description.clone()).unwrap_or_default(),
                text_language: text.map(|t| t.language.clone()).unwrap_or_default(),
                spoken_languages: group
                    .spoken_languages
                    .split(',')
                    .map(str::to_owned)
                    .collect(),
                topics: group.topics.split(',').map(str::to_owned).collect(),
                audience: group.audience,
                region: group.region,
                capacity: group.capacity,
                members,
                seats_left: (i64::from(group.capacity) - members).max(0),
                join_policy: group.join_policy,
                status: group.status,
                next_session: group_sessions
                    .iter()
                    .find(|s| !s.cancelled && s.starts_at.naive_utc() > now)
                    .cloned(),
                sessions: group_sessions,
                my_status: mine.get(&group.id).and_then(|s| MemberStatus::parse(s)),
                id: group.id,
            }
        })
        .collect())
}

/// What families filter the list by.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Filters {
    pub language: Option<String>,
    pub topic: Option<String>,
    pub region: Option<String>,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: Option<u32>,
    /// morning (before 12), afternoon (12–17), evening (from 17).
    pub time_of_day: Option<String>,
}

impl Filters {
    fn matches(&self, group: &GroupView) -> bool {
        let chosen = |value: &Option<String>| {
            value
                .as_deref()
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        if let Some(language) = chosen(&self.language)
            && !group.spoken_languages.contains(&language)
        {
            return false;
        }
        if let Some(topic) = chosen(&self.topic)
            && !group.topics.contains(&topic)
        {
            return false;
        }
        if let Some(region) = chosen(&self.region)
            && group.region != region
            && group.region != ONLINE
        {
            return false;
        }
        let time_of_day = chosen(&self.time_of_day);
        if self.weekday.is_none() && time_of_day.is_none() {
            return true;
        }
        group.sessions.iter().filter(|s| !s.cancelled).any(|s| {
            let hour = schedule::utc_to_local(s.starts_at.naive_utc(), GROUP_TIME_ZONE).hour();
            let slot = match hour {
                0..=11 => "morning",
                12..=16 => "afternoon",
                _ => "evening",
            };
            self.weekday.is_none_or(|d| d == s.weekday)
                && time_of_day.as_deref().is_none_or(|t| t == slot)
        })
    }
}

/// Published and running groups matching the filters, in the reader's language.
pub async fn browse(
    state: &AppState,
    filters: Filters,
    lang: &'static str,
    viewer: Option<String>,
) -> Result<Vec<GroupView>, AppError> {
    state
        .db
        .run(move |conn| {
            let groups = model::listed_groups(conn)?;
            Ok(views(conn, groups, lang, viewer.as_deref())?
                .into_iter()
                .filter(|g| filters.matches(g))
                .collect())
        })
        .await
}

/// Every group, drafts included, for staff.
pub async fn all(state: &AppState, lang: &'static str) -> Result<Vec<GroupView>, AppError> {
    state
        .db
        .run(move |conn| {
            let groups = model::all_groups(conn)?;
            views(conn, groups, lang, None)
        })
        .await
}

/// One group: listed groups for everyone; drafts only for staff and its facilitators.
pub async fn detail(
    state: &AppState,
    id: &str,
    lang: &'static str,
    viewer: Option<&SignedIn>,
) -> Result<(GroupView, bool), AppError> {
    let (id, viewer) = (id.to_owned(), viewer.cloned());
    state
        .db
        .run(move |conn| {
            let group = model::group(conn, &id)?.ok_or_else(AppError::not_found)?;
            let facilitators = model::facilitator_ids(conn, &id)?;
            let manages = viewer.as_ref().is_some_and(|v| {
                v.can(Permission::ManageGroups) || facilitators.contains(&v.user_id)
            });
            let listed = GroupStatus::parse(&group.status).is_some_and(GroupStatus::is_listed);
            if !listed && !manages {
                return Err(AppError::not_found());
            }
            let view = views(
                conn,
                vec![group],
                lang,
                viewer.as_ref().map(|v| v.user_id.as_str()),
            )?
            .pop()
            .ok_or_else(AppError::not_found)?;
            Ok((view, manages))
        })
        .await
}

/// Joins (or asks to join, or queues for) a group. Seats are decided under the group's lock,
/// so two families taking the last seat at once get one seat and one waiting place.
pub async fn join(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
) -> Result<MemberStatus, AppError> {
    let (state_in, me, group_id) = (state.clone(), me.clone(), group_id.to_owned());
    let status = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                if !model::lock_group(conn, &group_id, now)? {
                    return Err(AppError::not_found());
                }
                let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
                if !GroupStatus::parse(&group.status).is_some_and(GroupStatus::is_listed) {
                    return Err(AppError::not_found());
                }
                let current = model::membership(conn, &group_id, &me.user_id)?
                    .and_then(|s| MemberStatus::parse(&s));
                if let Some(
                    status @ (MemberStatus::Member
                    | MemberStatus::Requested
                    | MemberStatus::Waiting),
                ) = current
                {
                    return Ok(status);
                }
                let status = match JoinPolicy::parse(&group.join_policy) {
                    Some(JoinPolicy::Invitation) => {
                        return Err(
                            AppError::forbidden().with_message("group-by-invitation", vec![])
                        );
                    }
                    Some(JoinPolicy::Approval) => MemberStatus::Requested,
                    _ => seat_or_waiting(conn, &group)?,
                };
                model::set_membership(conn, &group_id, &me.user_id, status.as_str(), now)?;
                let name = group_name(conn, &group_id, me.language.code)?;
                let key = match status {
                    MemberStatus::Member => "group-joined",
                    MemberStatus::Waiting => "group-waiting",
                    _ => "group-requested",
                };
                mail::queue_action(
                    &state_in,
                    conn,
                    key,
                    me.language.code,
                    &me.email,
                    &format!("/groups/{group_id}"),
                    context! { name => name },
                )?;
                Ok(status)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(status)
}

/// A seat while there is one, else a waiting-list place. Call with the group locked.
fn seat_or_waiting(conn: &mut AnyConnection, group: &Group) -> Result<MemberStatus, AppError> {
    let members = model::member_counts(conn, std::slice::from_ref(&group.id))?
        .first()
        .map_or(0, |(_, n)| *n);
    Ok(if members < i64::from(group.capacity) {
        MemberStatus::Member
    } else {
        MemberStatus::Waiting
    })
}

/// A group's name in the reader's language, for other features.
pub fn name_of(conn: &mut AnyConnection, group_id: &str, lang: &str) -> Result<String, AppError> {
    group_name(conn, group_id, lang)
}

pub(super) fn group_name(
    conn: &mut AnyConnection,
    group_id: &str,
    lang: &str,
) -> Result<String, AppError> {
    let texts = model::texts(conn, &[group_id.to_owned()])?;
    Ok(best_text(&texts, lang)
        .map(|t| t.name.clone())
        .unwrap_or_default())
}

/// Leaves a group; the first family on the waiting list gets the seat and is told.
pub async fn leave(state: &AppState, me: &SignedIn, group_id: &str) -> Result<(), AppError> {
    let (state_in, me, group_id) = (state.clone(), me.clone(), group_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                if !model::lock_group(conn, &group_id, now)? {
                    return Err(AppError::not_found());
                }
                let Some(current) = model::membership(conn, &group_id, &me.user_id)?
                    .and_then(|s| MemberStatus::parse(&s))
                else {
                    return Err(AppError::not_found());
                };
                model::set_membership(
                    conn,
                    &group_id,
                    &me.user_id,
                    MemberStatus::Left.as_str(),
                    now,
                )?;
                if current == MemberStatus::Member {
                    promote_waiting(&state_in, conn, &group_id, now)?;
                }
                Ok(())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

fn promote_waiting(
    state: &AppState,
    conn: &mut AnyConnection,
    group_id: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let Some(next) = model::first_waiting(conn, group_id)? else {
        return Ok(());
    };
    model::set_membership(conn, group_id, &next, MemberStatus::Member.as_str(), now)?;
    if let Some(user) = users::by_id(conn, &next)? {
        let name = group_name(conn, group_id, &user.ui_language)?;
        mail::queue_action(
            state,
            conn,
            "group-promoted",
            &user.ui_language,
            &user.email,
            &format!("/groups/{group_id}"),
            context! { name => name },
        )?;
    }
    Ok(())
}

/// Facilitators of the group (and staff) accept a family that asked to join.
pub async fn approve(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let (state_in, me, group_id, user_id) = (
        state.clone(),
        me.clone(),
        group_id.to_owned(),
        user_id.to_owned(),
    );
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let facilitators = model::facilitator_ids(conn, &group_id)?;
                if !(me.can(Permission::ManageGroups) || facilitators.contains(&me.user_id))
                    || !model::lock_group(conn, &group_id, now)?
                {
                    return Err(AppError::not_found());
                }
                if model::membership(conn, &group_id, &user_id)?.as_deref()
                    != Some(MemberStatus::Requested.as_str())
                {
                    return Err(AppError::not_found());
                }
                let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
                let status = seat_or_waiting(conn, &group)?;
                model::set_membership(conn, &group_id, &user_id, status.as_str(), now)?;
                if let Some(user) = users::by_id(conn, &user_id)? {
                    let name = group_name(conn, &group_id, &user.ui_language)?;
                    let key = if status == MemberStatus::Member {
                        "group-joined"
                    } else {
                        "group-waiting"
                    };
                    mail::queue_action(
                        &state_in,
                        conn,
                        key,
                        &user.ui_language,
                        &user.email,
                        &format!("/groups/{group_id}"),
                        context! { name => name },
                    )?;
                }
                Ok(())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct RosterEntry {
    pub user_id: String,
    pub display_name: String,
    pub status: String,
}

/// Display names and statuses only, for the group's facilitators and staff.
pub async fn roster(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
) -> Result<Vec<RosterEntry>, AppError> {
    let (me, group_id) = (me.clone(), group_id.to_owned());
    state
        .db
        .run(move |conn| {
            let facilitators = model::facilitator_ids(conn, &group_id)?;
            if !(me.can(Permission::ManageGroups) || facilitators.contains(&me.user_id)) {
                return Err(AppError::not_found());
            }
            Ok(model::roster(conn, &group_id)?
                .into_iter()
                .map(|(user_id, display_name, status)| RosterEntry {
                    user_id,
                    display_name,
                    status,
                })
                .collect())
        })
        .await
}

/// The groups a person belongs to, waits for, or has asked to join.
pub async fn my_groups(state: &AppState, me: &SignedIn) -> Result<Vec<GroupView>, AppError> {
    let (user_id, lang) = (me.user_id.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let mine = model::memberships_of(conn, &user_id)?;
            let mut groups = Vec::new();
            for (group_id, _) in mine {
                if let Some(group) = model::group(conn, &group_id)? {
                    groups.push(group);
                }
            }
            views(conn, groups, lang, Some(&user_id))
        })
        .await
}

/// The groups a facilitator leads.
pub async fn facilitated_groups(
    state: &AppState,
    me: &SignedIn,
) -> Result<Vec<GroupView>, AppError> {
    let (user_id, lang) = (me.user_id.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let groups = model::groups_led_by(conn, &user_id)?;
            views(conn, groups, lang, None)
        })
        .await
}

/// Facilitators and staff add a family by its account's email address: the way into groups
/// that are by invitation only (and a shortcut in any group). Seats still decide.
pub async fn add_member(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
    email: &str,
) -> Result<MemberStatus, AppError> {
    let email =
        crate::accounts::domain::Email::parse(email).map_err(|e| AppError::invalid(vec![e]))?;
    let (state_in, me, group_id) = (state.clone(), me.clone(), group_id.to_owned());
    let status = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let facilitators = model::facilitator_ids(conn, &group_id)?;
                if !(me.can(Permission::ManageGroups) || facilitators.contains(&me.user_id))
                    || !model::lock_group(conn, &group_id, now)?
                {
                    return Err(AppError::not_found());
                }
                let not_a_family =
                    || AppError::invalid(vec![field("email", "group-member-unknown", vec![])]);
                let user = users::by_email(conn, email.as_str())?.ok_or_else(not_a_family)?;
                if !users::roles(conn, &user.id)?.contains(&Role::Family) {
                    return Err(not_a_family());
                }
                let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
                let status = seat_or_waiting(conn, &group)?;
                model::set_membership(conn, &group_id, &user.id, status.as_str(), now)?;
                let name = group_name(conn, &group_id, &user.ui_language)?;
                let key = if status == MemberStatus::Member {
                    "group-joined"
                } else {
                    "group-waiting"
                };
                mail::queue_action(
                    &state_in,
                    conn,
                    key,
                    &user.ui_language,
                    &user.email,
                    &format!("/groups/{group_id}"),
                    context! { name => name },
                )?;
                Ok(status)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(status)
}
