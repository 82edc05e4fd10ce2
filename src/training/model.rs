//! Rows and queries of training: applications, courses and their versioned modules, cohorts.
//! Progress and certificates are in `model_progress.rs`. No HTTP types here.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{
    training_applications as apps, training_cohorts as cohorts, training_courses as courses,
    training_enrolments as enrol, training_module_texts as texts, training_modules as modules,
};
use crate::db::AnyConnection;

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = apps)]
pub struct Application {
    pub id: String,
    pub user_id: String,
    pub languages: String,
    pub municipality: String,
    pub motivation: String,
    pub availability: String,
    pub status: String,
    pub reason: Option<String>,
    pub cohort_id: Option<String>,
    pub created_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = apps)]
pub struct NewApplication<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub languages: &'a str,
    pub municipality: &'a str,
    pub motivation: &'a str,
    pub availability: &'a str,
    pub status: &'a str,
    pub created_at: NaiveDateTime,
}

pub fn insert_application(conn: &mut AnyConnection, new: &NewApplication) -> QueryResult<()> {
    diesel::insert_into(apps::table).values(new).execute(conn)?;
    Ok(())
}

pub fn pending_application_of(
    conn: &mut AnyConnection,
    user_id: &str,
) -> QueryResult<Option<String>> {
    apps::table
        .filter(apps::user_id.eq(user_id))
        .filter(apps::status.eq("pending"))
        .select(apps::id)
        .first(conn)
        .optional()
}

pub fn applications(conn: &mut AnyConnection, status: &str) -> QueryResult<Vec<Application>> {
    apps::table
        .filter(apps::status.eq(status))
        .order(apps::created_at.asc())
        .select(Application::as_select())
        .load(conn)
}

pub fn application(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Application>> {
    apps::table
        .find(id)
        .select(Application::as_select())
        .first(conn)
        .optional()
}

/// Decides a pending application; false when it was already decided (or does not exist).
pub fn decide_application(
    conn: &mut AnyConnection,
    id: &str,
    status: &str,
    reason: Option<&str>,
    cohort_id: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let n = diesel::update(apps::table.find(id).filter(apps::status.eq("pending")))
        .set((
            apps::status.eq(status),
            apps::reason.eq(reason),
            apps::cohort_id.eq(cohort_id),
            apps::decided_at.eq(Some(now)),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = courses)]
pub struct Course {
    pub id: String,
    pub title: String,
    pub expiry_days: i32,
    pub current_version: i32,
    pub created_by: String,
    pub created_at: NaiveDateTime,
}

pub fn insert_course(
    conn: &mut AnyConnection,
    id: &str,
    title: &str,
    expiry_days: i32,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(courses::table)
        .values((
            courses::id.eq(id),
            courses::title.eq(title),
            courses::expiry_days.eq(expiry_days),
            courses::current_version.eq(0),
            courses::created_by.eq(by),
            courses::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn course(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Course>> {
    courses::table
        .find(id)
        .select(Course::as_select())
        .first(conn)
        .optional()
}

pub fn all_courses(conn: &mut AnyConnection) -> QueryResult<Vec<Course>> {
    courses::table
        .order(courses::created_at.asc())
        .select(Course::as_select())
        .load(conn)
}

pub fn set_course_version(conn: &mut AnyConnection, id: &str, version: i32) -> QueryResult<()> {
    diesel::update(courses::table.find(id))
        .set(courses::current_version.eq(version))
        .execute(conn)?;
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = modules)]
pub struct Module {
    pub id: String,
    pub course_id: String,
    pub version: i32,
    pub position: i32,
    pub rule: String,
    pub refresher: bool,
    pub quiz: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = texts)]
pub struct ModuleText {
    pub module_id: String,
    pub language: String,
    pub title: String,
    pub body: String,
    pub task_prompt: String,
}

pub fn insert_module(conn: &mut AnyConnection, m: &Module, t: &[ModuleText]) -> QueryResult<()> {
    diesel::insert_into(modules::table)
        .values((
            modules::id.eq(&m.id),
            modules::course_id.eq(&m.course_id),
            modules::version.eq(m.version),
            modules::position.eq(m.position),
            modules::rule.eq(&m.rule),
            modules::refresher.eq(m.refresher),
            modules::quiz.eq(&m.quiz),
            modules::created_at.eq(m.created_at),
        ))
        .execute(conn)?;
    for text in t {
        diesel::insert_into(texts::table)
            .values(text)
            .execute(conn)?;
    }
    Ok(())
}

/// The modules of one version of a course, in order.
pub fn modules_of(
    conn: &mut AnyConnection,
    course_id: &str,
    version: i32,
) -> QueryResult<Vec<Module>> {
    modules::table
        .filter(modules::course_id.eq(course_id))
        .filter(modules::version.eq(version))
        .order(modules::position.asc())
        .select(Module::as_select())
        .load(conn)
}

pub fn module(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Module>> {
    modules::table
        .find(id)
        .select(Module::as_select())
        .first(conn)
        .optional()
}

pub fn module_texts(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<ModuleText>> {
    texts::table
        .filter(texts::module_id.eq_any(ids))
        .select(ModuleText::as_select())
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cohorts)]
pub struct Cohort {
    pub id: String,
    pub course_id: String,
    pub course_version: i32,
    pub name: String,
    pub starts_at: NaiveDateTime,
    pub deadline: NaiveDateTime,
    pub created_by: String,
    pub created_at: NaiveDateTime,
}

pub fn insert_cohort(conn: &mut AnyConnection, c: &Cohort) -> QueryResult<()> {
    diesel::insert_into(cohorts::table)
        .values((
            cohorts::id.eq(&c.id),
            cohorts::course_id.eq(&c.course_id),
            cohorts::course_version.eq(c.course_version),
            cohorts::name.eq(&c.name),
            cohorts::starts_at.eq(c.starts_at),
            cohorts::deadline.eq(c.deadline),
            cohorts::created_by.eq(&c.created_by),
            cohorts::created_at.eq(c.created_at),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn cohort(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Cohort>> {
    cohorts::table
        .find(id)
        .select(Cohort::as_select())
        .first(conn)
        .optional()
}

pub fn all_cohorts(conn: &mut AnyConnection) -> QueryResult<Vec<Cohort>> {
    cohorts::table
        .order(cohorts::starts_at.desc())
        .select(Cohort::as_select())
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = enrol)]
pub struct Enrolment {
    pub cohort_id: String,
    pub user_id: String,
    pub extended_days: i32,
    pub practice: Option<String>,
    pub practice_comments: String,
    pub signed_off_by: Option<String>,
    pub signed_off_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

pub fn enrol(
    conn: &mut AnyConnection,
    cohort: &str,
    user: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(enrol::table)
        .values((
            enrol::cohort_id.eq(cohort),
            enrol::user_id.eq(user),
            enrol::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The person's enrolments, newest first.
pub fn enrolments_of(conn: &mut AnyConnection, user: &str) -> QueryResult<Vec<Enrolment>> {
    enrol::table
        .filter(enrol::user_id.eq(user))
        .order(enrol::created_at.desc())
        .select(Enrolment::as_select())
        .load(conn)
}

pub fn enrolment(
    conn: &mut AnyConnection,
    cohort: &str,
    user: &str,
) -> QueryResult<Option<Enrolment>> {
    enrol::table
        .find((cohort, user))
        .select(Enrolment::as_select())
        .first(conn)
        .optional()
}

pub fn cohort_enrolments(conn: &mut AnyConnection, cohort: &str) -> QueryResult<Vec<Enrolment>> {
    enrol::table
        .filter(enrol::cohort_id.eq(cohort))
        .order(enrol::created_at.asc())
        .select(Enrolment::as_select())
        .load(conn)
}

pub fn extend(conn: &mut AnyConnection, cohort: &str, user: &str, days: i32) -> QueryResult<bool> {
    let n = diesel::update(enrol::table.find((cohort, user)))
        .set(enrol::extended_days.eq(enrol::extended_days + days))
        .execute(conn)?;
    Ok(n == 1)
}

pub fn set_practice(
    conn: &mut AnyConnection,
    cohort: &str,
    user: &str,
    result: &str,
    comments: &str,
) -> QueryResult<bool> {
    let n = diesel::update(enrol::table.find((cohort, user)))
        .set((
            enrol::practice.eq(Some(result)),
            enrol::practice_comments.eq(comments),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

pub fn sign_off(
    conn: &mut AnyConnection,
    cohort: &str,
    user: &str,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let n = diesel::update(
        enrol::table
            .find((cohort, user))
            .filter(enrol::signed_off_at.is_null()),
    )
    .set((
        enrol::signed_off_by.eq(Some(by)),
        enrol::signed_off_at.eq(Some(now)),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// The statuses of the person's applications, oldest first.
pub fn applications_of(conn: &mut AnyConnection, user: &str) -> QueryResult<Vec<String>> {
    apps::table
        .filter(apps::user_id.eq(user))
        .order(apps::created_at.asc())
        .select(apps::status)
        .load(conn)
}
