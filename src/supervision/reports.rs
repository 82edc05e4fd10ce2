//! Filing and reading session reports.

use chrono::NaiveDateTime;
use minijinja::context;

use super::access::{self, Reader};
use super::domain::{ConcernLevel, MAX_COMMENT, NewReport, REPORT_WINDOW, short_text};
use super::events::ConcernRaised;
use super::model::{self, Comment, Report};
use super::views::{self, DueReport, Names, ReportView};
use crate::accounts::service::{self as accounts, SecurityEvent};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::groups::service::{self as groups, LedSession};
use crate::mail;
use crate::state::AppState;

/// The sessions `me` led in the last two weeks that have no report yet, oldest first.
pub fn due_for(
    conn: &mut AnyConnection,
    me: &SignedIn,
    now: NaiveDateTime,
) -> Result<Vec<DueReport>, AppError> {
    let led = groups::ended_sessions(conn, now - REPORT_WINDOW, now, Some(&me.user_id))?;
    let missing = without_report(conn, led)?;
    let names = Names::load(
        conn,
        missing.iter().map(|l| l.session.group_id.clone()),
        &[],
        me.language.code,
    )?;
    Ok(missing
        .iter()
        .map(|l| views::due_report(l, &names, now))
        .collect())
}

/// The sessions of `led` that have no report.
pub fn without_report(
    conn: &mut AnyConnection,
    led: Vec<LedSession>,
) -> Result<Vec<LedSession>, AppError> {
    let ids: Vec<String> = led.iter().map(|l| l.session.id.clone()).collect();
    let reported: Vec<String> = model::reports_of_sessions(conn, &ids)?
        .into_iter()
        .map(|r| r.session_id)
        .collect();
    Ok(led
        .into_iter()
        .filter(|l| !reported.contains(&l.session.id))
        .collect())
}

/// The session `me` led and may report on now, with its attendance for the form.
pub fn reportable(
    conn: &mut AnyConnection,
    me: &SignedIn,
    session_id: &str,
) -> Result<(LedSession, i64, i64), AppError> {
    let led = groups::led_session(conn, session_id)?.ok_or_else(AppError::not_found)?;
    if !led.facilitators.contains(&me.user_id) {
        return Err(AppError::forbidden().with_message("report-not-led", vec![]));
    }
    if led.session.starts_at > now() {
        return Err(
            AppError::new(ErrorKind::Conflict).with_message("report-session-not-started", vec![])
        );
    }
    if !model::reports_of_sessions(conn, &[session_id.to_owned()])?.is_empty() {
        return Err(AppError::new(ErrorKind::Conflict).with_message("report-already-filed", vec![]));
    }
    let (present, members) = groups::attendance_count(conn, session_id, &led.session.group_id)?;
    Ok((led, present, members))
}

/// Files the report of a session `me` led: one per session, all or nothing. An urgent concern
/// is mailed to the supervisor on duty in the same transaction.
pub async fn file(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
    input: NewReport,
) -> Result<String, AppError> {
    let (me, session_id, mailer) = (me.clone(), session_id.to_owned(), state.clone());
    let report = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (led, _, members) = reportable(conn, &me, &session_id)?;
                let themes = super::themes::active_ids(conn)?;
                let input = input.check(&themes)?;
                let report = Report {
                    id: model::new_id(),
                    session_id,
                    group_id: led.session.group_id,
                    facilitator_id: me.user_id.clone(),
                    present: input.present,
                    members: i32::try_from(members).unwrap_or(i32::MAX),
                    went: input.went,
                    concern: input.concern.as_str().to_owned(),
                    concern_note: input.concern_note,
                    created_at: now(),
                };
                model::insert_report(conn, &report).map_err(already_filed)?;
                model::set_report_themes(conn, &report.id, &input.themes)?;
                if input.concern != ConcernLevel::None {
                    model::insert_concern(conn, &report.id, input.concern.as_str(), now())?;
                }
                if input.concern == ConcernLevel::Urgent {
                    super::concerns::tell_on_duty(&mailer, conn, &report)?;
                }
                Ok(report)
            })
        })
        .await?;
    if report.concern != ConcernLevel::None.as_str() {
        state.mailer.wake_worker();
        state
            .events
            .publish(ConcernRaised {
                report_id: report.id.clone(),
                facilitator: report.facilitator_id.clone(),
                urgent: report.concern == ConcernLevel::Urgent.as_str(),
            })
            .await;
    }
    Ok(report.id)
}

/// Two facilitators of one group filing at the same moment: the second is told it was filed.
fn already_filed(error: diesel::result::Error) -> AppError {
    match error {
        diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        ) => AppError::new(ErrorKind::Conflict).with_message("report-already-filed", vec![]),
        other => other.into(),
    }
}

/// The report and how `me` stands to it; not found for anyone else. A supervisor's reading
/// is written to the security log.
pub fn readable(
    conn: &mut AnyConnection,
    me: &SignedIn,
    report_id: &str,
) -> Result<(Report, Reader), AppError> {
    let report = model::report(conn, report_id)?.ok_or_else(AppError::not_found)?;
    let reader = access::reader(conn, me, &report.facilitator_id)?;
    if reader == Reader::Supervisor && me.user_id != report.facilitator_id {
        accounts::record_security_event(
            conn,
            SecurityEvent::SessionReportViewed,
            Some(&report.facilitator_id),
            Some(&me.user_id),
            &report.id,
            now(),
        )?;
    }
    Ok((report, reader))
}

pub async fn read(
    state: &AppState,
    me: &SignedIn,
    report_id: &str,
) -> Result<ReportView, AppError> {
    let (me, report_id) = (me.clone(), report_id.to_owned());
    state
        .db
        .run(move |conn| {
            let (report, reader) = readable(conn, &me, &report_id)?;
            views::full(conn, report, reader, me.language.code)
        })
        .await
}

/// A supervisor writes back to the facilitator, who is told by mail.
pub async fn comment(
    state: &AppState,
    me: &SignedIn,
    report_id: &str,
    body: &str,
) -> Result<(), AppError> {
    let body = short_text("body", body, MAX_COMMENT)?;
    let (me, report_id, mailer) = (me.clone(), report_id.to_owned(), state.clone());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (report, reader) = readable(conn, &me, &report_id)?;
                if reader != Reader::Supervisor {
                    return Err(AppError::not_found());
                }
                let comment = Comment {
                    id: model::new_id(),
                    report_id: report.id.clone(),
                    author_id: me.user_id.clone(),
                    body,
                    created_at: now(),
                };
                model::insert_comment(conn, &comment)?;
                if let Some(to) = accounts::contact_of(conn, &report.facilitator_id)? {
                    let path = format!("/session-reports/{}", report.id);
                    let vars = context! { name => me.display_name.clone() };
                    mail::queue_action(
                        &mailer,
                        conn,
                        "report-comment",
                        &to.language,
                        &to.email,
                        &path,
                        vars,
                    )?;
                }
                Ok(())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}
