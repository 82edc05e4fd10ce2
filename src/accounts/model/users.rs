//! Users, their roles and families.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::like::{self, lower};

use super::new_id;
use crate::auth::policy::Role;
use crate::auth::seal::{SealError, Sealer};
use crate::db::AnyConnection;
use crate::db::schema::{families, user_roles, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: String,
    pub email: String,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub display_name: String,
    pub ui_language: String,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<NaiveDateTime>,
    pub family_id: Option<String>,
    pub notify_by_email: bool,
    pub notify_new_sign_in: bool,
    pub suspended_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub reminder_hours: i32,
    pub last_signed_in_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = families)]
pub struct Family {
    pub id: String,
    pub languages: String,
    pub municipality: String,
    pub created_at: NaiveDateTime,
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub ui_language: &'a str,
    pub password_hash: Option<&'a str>,
    pub family_id: Option<&'a str>,
    pub email_confirmed: bool,
}

impl User {
    /// The authenticator key, opened (`None` when none is set up).
    pub fn totp(&self, sealer: &Sealer) -> Result<Option<String>, SealError> {
        self.totp_secret
            .as_deref()
            .map(|stored| sealer.open(&self.id, stored))
            .transpose()
    }
}

/// Seals again the authenticator keys not sealed under the current key (stored before sealing
/// existed, or under a previous secret), at most `batch`; how many were sealed.
pub fn reseal_totp(conn: &mut AnyConnection, sealer: &Sealer, batch: i64) -> QueryResult<usize> {
    let stale: Vec<(String, String)> = users::table
        .filter(users::totp_secret.is_not_null())
        .filter(users::totp_secret.not_like(format!("{}%", sealer.current_prefix())))
        .select((users::id, users::totp_secret.assume_not_null()))
        .limit(batch)
        .load(conn)?;
    let mut sealed = 0;
    for (id, stored) in stale {
        let Ok(plain) = sealer.open(&id, &stored) else {
            continue;
        };
        sealed += diesel::update(users::table.find(&id))
            .filter(users::totp_secret.eq(&stored))
            .set(users::totp_secret.eq(sealer.seal(&id, &plain)))
            .execute(conn)?;
    }
    Ok(sealed)
}

pub fn insert(conn: &mut AnyConnection, new: &NewUser, now: NaiveDateTime) -> QueryResult<String> {
    let id = new_id();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(&id),
            users::email.eq(new.email),
            users::email_confirmed_at.eq(new.email_confirmed.then_some(now)),
            users::display_name.eq(new.display_name),
            users::ui_language.eq(new.ui_language),
            users::password_hash.eq(new.password_hash),
            users::family_id.eq(new.family_id),
            users::created_at.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

pub fn insert_family(
    conn: &mut AnyConnection,
    languages: &[String],
    municipality: &str,
    now: NaiveDateTime,
) -> QueryResult<String> {
    let id = new_id();
    diesel::insert_into(families::table)
        .values((
            families::id.eq(&id),
            families::languages.eq(languages.join(",")),
            families::municipality.eq(municipality),
            families::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

pub fn family(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Family>> {
    families::table
        .find(id)
        .select(Family::as_select())
        .first(conn)
        .optional()
}

pub fn set_family_municipality(
    conn: &mut AnyConnection,
    family_id: &str,
    municipality: &str,
) -> QueryResult<()> {
    diesel::update(families::table.find(family_id))
        .set(families::municipality.eq(municipality))
        .execute(conn)
        .map(|_| ())
}

pub fn family_members(conn: &mut AnyConnection, family_id: &str) -> QueryResult<Vec<User>> {
    users::table
        .filter(users::family_id.eq(family_id))
        .order(users::created_at)
        .select(User::as_select())
        .load(conn)
}

pub fn by_id(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn by_email(conn: &mut AnyConnection, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn roles(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<Role>> {
    let names: Vec<String> = user_roles::table
        .filter(user_roles::user_id.eq(user_id))
        .select(user_roles::role)
        .load(conn)?;
    let mut roles: Vec<Role> = names.iter().filter_map(|n| Role::parse(n)).collect();
    roles.sort();
    Ok(roles)
}

pub fn grant_role(
    conn: &mut AnyConnection,
    user_id: &str,
    role: Role,
    now: NaiveDateTime,
) -> QueryResult<()> {
    if roles(conn, user_id)?.contains(&role) {
        return Ok(());
    }
    diesel::insert_into(user_roles::table)
        .values((
            user_roles::user_id.eq(user_id),
            user_roles::role.eq(role.as_str()),
            user_roles::granted_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn set_roles(
    conn: &mut AnyConnection,
    user_id: &str,
    wanted: &[Role],
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(user_roles::table.filter(user_roles::user_id.eq(user_id))).execute(conn)?;
    for role in wanted {
        grant_role(conn, user_id, *role, now)?;
    }
    Ok(())
}

pub fn set_password(
    conn: &mut AnyConnection,
    user_id: &str,
    hash: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set((users::password_hash.eq(hash), users::updated_at.eq(now)))
        .execute(conn)
        .map(|_| ())
}

pub fn confirm_email(
    conn: &mut AnyConnection,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(
        users::table
            .find(user_id)
            .filter(users::email_confirmed_at.is_null()),
    )
    .set(users::email_confirmed_at.eq(Some(now)))
    .execute(conn)
    .map(|_| ())
}

pub fn change_email(
    conn: &mut AnyConnection,
    user_id: &str,
    email: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set((
            users::email.eq(email),
            users::email_confirmed_at.eq(Some(now)),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub struct ProfileChange<'a> {
    pub display_name: &'a str,
    pub ui_language: &'a str,
    pub notify_by_email: bool,
    pub notify_new_sign_in: bool,
    pub reminder_hours: i32,
}

pub fn update_profile(
    conn: &mut AnyConnection,
    user_id: &str,
    change: &ProfileChange,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set((
            users::display_name.eq(change.display_name),
            users::ui_language.eq(change.ui_language),
            users::notify_by_email.eq(change.notify_by_email),
            users::notify_new_sign_in.eq(change.notify_new_sign_in),
            users::reminder_hours.eq(change.reminder_hours),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Stores the authenticator key (sealed for this user) and when it was enabled.
pub fn set_totp(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    user_id: &str,
    secret: Option<&str>,
    enabled_at: Option<NaiveDateTime>,
) -> QueryResult<()> {
    let sealed = secret.map(|plain| sealer.seal(user_id, plain));
    diesel::update(users::table.find(user_id))
        .set((
            users::totp_secret.eq(sealed),
            users::totp_enabled_at.eq(enabled_at),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn set_suspended(
    conn: &mut AnyConnection,
    user_id: &str,
    at: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::suspended_at.eq(at))
        .execute(conn)
}

/// The addresses of erased accounts (and of the stand-in): never listed or found.
pub const ERASED_ADDRESSES: &str = "%@erased.invalid";

/// Accounts matching a search in email or display name, newest first.
pub fn search(conn: &mut AnyConnection, query: &str, limit: i64) -> QueryResult<Vec<User>> {
    let mut select = users::table
        .filter(users::email.not_like(ERASED_ADDRESSES))
        .select(User::as_select())
        .order(users::created_at.desc())
        .limit(limit)
        .into_boxed();
    if let Some(pattern) = like::contains(query) {
        select = select.filter(
            lower(users::email)
                .like(pattern.clone())
                .escape('\\')
                .or(lower(users::display_name).like(pattern).escape('\\')),
        );
    }
    select.load(conn)
}

pub fn join_family(conn: &mut AnyConnection, user_id: &str, family_id: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::family_id.eq(Some(family_id)))
        .execute(conn)
        .map(|_| ())
}

pub fn set_ui_language(conn: &mut AnyConnection, user_id: &str, code: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::ui_language.eq(code))
        .execute(conn)
        .map(|_| ())
}

/// (id, display name) of the given users.
pub fn display_names(
    conn: &mut AnyConnection,
    ids: &[String],
) -> QueryResult<Vec<(String, String)>> {
    users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::display_name))
        .load(conn)
}

/// (email, interface language) of everyone not suspended who has one of `roles`, once each.
pub fn active_with_roles(
    conn: &mut AnyConnection,
    roles: &[Role],
) -> QueryResult<Vec<(String, String)>> {
    users::table
        .inner_join(user_roles::table.on(user_roles::user_id.eq(users::id)))
        .filter(user_roles::role.eq_any(roles.iter().map(|r| r.as_str()).collect::<Vec<_>>()))
        .filter(users::suspended_at.is_null())
        .select((users::email, users::ui_language))
        .distinct()
        .load(conn)
}

/// (id, display name) of everyone not suspended who has `role`, by name.
pub fn people_with_role(
    conn: &mut AnyConnection,
    role: Role,
) -> QueryResult<Vec<(String, String)>> {
    users::table
        .inner_join(user_roles::table.on(user_roles::user_id.eq(users::id)))
        .filter(user_roles::role.eq(role.as_str()))
        .filter(users::suspended_at.is_null())
        .order((users::display_name, users::id))
        .select((users::id, users::display_name))
        .load(conn)
}

/// (user id, family id) of these people who belong to a family.
pub fn families_of(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<(String, String)>> {
    users::table
        .filter(users::id.eq_any(ids))
        .filter(users::family_id.is_not_null())
        .select((users::id, users::family_id.assume_not_null()))
        .load(conn)
}
