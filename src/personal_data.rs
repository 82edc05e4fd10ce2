//! Personal data as each feature declares it, after Moodle's privacy API: what the feature
//! keeps about a person, why, on which lawful basis and for how long; how to copy it for the
//! person, and how to purge what has outlived its retention. Features register their
//! declarations (`Registry::personal_data`); the privacy feature reads the catalogue from
//! `state.provided` and drives export, erasure and retention with it, so that no feature
//! reads another's tables.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use crate::db::AnyConnection;
use crate::error::AppError;

/// Why the law lets Silta keep the data (GDPR article 6(1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LawfulBasis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    LegitimateInterests,
}

impl LawfulBasis {
    /// Its Fluent id (`privacy-basis-…`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Consent => "privacy-basis-consent",
            Self::Contract => "privacy-basis-contract",
            Self::LegalObligation => "privacy-basis-legal-obligation",
            Self::VitalInterests => "privacy-basis-vital-interests",
            Self::LegitimateInterests => "privacy-basis-legitimate-interests",
        }
    }
}

/// How long a kind of data is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Retention {
    /// As long as the account exists (erased with it).
    WhileAccount,
    /// This many days after it was written.
    Days { days: u32 },
    /// This many days after the matter it belongs to was closed.
    DaysAfterClosing { days: u32 },
    /// As a setting says (`SILTA_…`), in days, with its default.
    Setting {
        #[schema(value_type = String)]
        name: &'static str,
        default_days: u32,
    },
}

/// One kind of personal data a feature keeps.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Kind {
    /// `feature.kind`, e.g. `chat.messages`.
    #[schema(value_type = String)]
    pub key: &'static str,
    /// Fluent ids of its name and of the purpose it serves.
    #[schema(value_type = String)]
    pub title: &'static str,
    #[schema(value_type = String)]
    pub purpose: &'static str,
    pub basis: LawfulBasis,
    pub retention: Retention,
    /// The tables that hold it.
    #[schema(value_type = Vec<String>)]
    pub tables: &'static [&'static str],
}

/// The person whose data is copied or erased.
#[derive(Debug, Clone)]
pub struct Subject {
    pub user_id: String,
    pub family_id: Option<String>,
    pub email: String,
    pub display_name: String,
    /// The language the person reads Silta in: names with several languages (a group's, a
    /// service's) are copied in it.
    pub language: String,
}

/// Other people named in a person's copy become "Member 1", "Member 2"… (stable within one
/// export), since a copy for one person must not give away others.
#[derive(Debug, Default)]
pub struct Pseudonyms {
    given: HashMap<String, usize>,
}

impl Pseudonyms {
    /// The pseudonym of `user_id` in this export: `None` for the subject themself.
    pub fn of(&mut self, subject: &Subject, user_id: &str) -> Option<usize> {
        if user_id == subject.user_id {
            return None;
        }
        let next = self.given.len() + 1;
        Some(*self.given.entry(user_id.to_owned()).or_insert(next))
    }

    /// `"Member N"` for others (in the copy's JSON; the readable page translates it), the
    /// person's own name for themself.
    pub fn name(&mut self, subject: &Subject, user_id: &str) -> String {
        match self.of(subject, user_id) {
            Some(n) => format!("Member {n}"),
            None => subject.display_name.clone(),
        }
    }
}

/// Copies the subject's data of one feature as JSON: an object with one member per kind,
/// named by the kind's key without the feature (`chat.messages` → `messages`), holding an
/// array of rows (flat objects) or, for a kind that is one record (a profile), an object.
/// Never a secret (password hashes, authenticator keys, tokens and links carrying them), and
/// other people only by pseudonym.
pub type Export = fn(&mut AnyConnection, &Subject, &mut Pseudonyms) -> Result<Value, AppError>;
/// Deletes at most `purging.batch` rows of each kind that outlived their retention at
/// `purging.now`, never one an erasure still protects, and every row whose protection ended;
/// how many it deleted (the privacy feature calls it again while it deletes a whole batch).
pub type Purge = fn(&mut AnyConnection, &Purging) -> Result<usize, AppError>;

/// One round of purging as a feature sees it.
#[derive(Debug, Default)]
pub struct Purging {
    pub now: NaiveDateTime,
    pub batch: i64,
    /// Records erasures keep, by table: out of a purge's reach until their protection ends.
    pub kept: HashMap<String, Vec<String>>,
    /// Records whose protection has ended, by table: to be deleted now, whatever their age.
    pub ended: HashMap<String, Vec<String>>,
}

impl Purging {
    /// What is written before this was written `days` ago.
    pub fn before(&self, days: u32) -> NaiveDateTime {
        self.now - chrono::TimeDelta::days(i64::from(days))
    }

    pub fn kept(&self, table: &str) -> &[String] {
        self.kept.get(table).map_or(&[], Vec::as_slice)
    }

    /// The records of `table` whose protection ended and that no other protection keeps.
    pub fn ended(&self, table: &str) -> Vec<String> {
        let kept = self.kept(table);
        self.ended
            .get(table)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter(|id| !kept.contains(id))
            .cloned()
            .collect()
    }
}

/// The account rows others still need are given when their author is erased: a room's
/// "removed" placeholders keep their numbers, a group's report keeps its writer's place.
/// It can never sign in (created by the erasure migration).
pub const STAND_IN: &str = "00000000-0000-0000-0000-000000000000";

/// A row an erasure keeps because the law or a legal claim needs it: which, why (a Fluent
/// id, `privacy-protected-…`) and until when. Purged with its reason at `until`.
#[derive(Debug, Clone)]
pub struct Protected {
    pub table: &'static str,
    pub record_id: String,
    pub reason: &'static str,
    pub until: NaiveDateTime,
}

/// One erasure as the features see it while each erases its part, highest feature first.
pub struct Erasure<'a> {
    pub subject: &'a Subject,
    /// The family goes with the person: no other adult is left in it.
    pub family_goes: bool,
    pub now: NaiveDateTime,
    /// What the features that erased before kept, so that lower features keep what those
    /// rows point to (accounts keeps the person's row as a nameless stub while any is kept).
    pub protected: Vec<Protected>,
}

impl Erasure<'_> {
    /// Keeps `record_id` of `table` for `reason` until `until`.
    pub fn protect(
        &mut self,
        table: &'static str,
        record_id: &str,
        reason: &'static str,
        until: NaiveDateTime,
    ) {
        self.protected.push(Protected {
            table,
            record_id: record_id.to_owned(),
            reason,
            until,
        });
    }

    /// The family whose data goes with the person, if it does.
    pub fn family_going(&self) -> Option<&str> {
        self.subject
            .family_id
            .as_deref()
            .filter(|_| self.family_goes)
    }
}

/// Deletes or anonymises the subject's rows of one feature's tables, in the erasure's
/// transaction: the person's own rows go; rows others still need keep their place with the
/// [`STAND_IN`] instead of the person; what the law keeps is left as it is and listed with
/// [`Erasure::protect`].
pub type Erase = fn(&mut AnyConnection, &mut Erasure) -> Result<(), AppError>;

/// One feature's declaration.
#[derive(Clone)]
pub struct PersonalData {
    pub feature: &'static str,
    pub kinds: Vec<Kind>,
    pub export: Export,
    pub erase: Erase,
    pub purge: Option<Purge>,
}

/// Every feature's declaration, in registration order (lower features first).
#[derive(Clone, Default)]
pub struct Catalogue(pub Arc<[PersonalData]>);

/// A stored UTC time as a copy writes it (RFC 3339).
pub fn at(time: NaiveDateTime) -> Value {
    Value::String(
        time.and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

/// An optional stored UTC time: `null` when absent.
pub fn at_opt(time: Option<NaiveDateTime>) -> Value {
    time.map_or(Value::Null, at)
}

impl Catalogue {
    pub fn features(&self) -> &[PersonalData] {
        &self.0
    }

    /// Every kind of data, feature by feature.
    pub fn kinds(&self) -> impl Iterator<Item = (&'static str, &Kind)> {
        self.0
            .iter()
            .flat_map(|d| d.kinds.iter().map(move |k| (d.feature, k)))
    }
}

/// In an eraser: gives the rows of each `table.column` naming `$me` to the [`STAND_IN`].
#[macro_export]
macro_rules! stand_in_for {
    ($conn:expr, $me:expr, $($table:ident . $column:ident),+ $(,)?) => {{
        $(
            diesel::update($table::table.filter($table::$column.eq($me)))
                .set($table::$column.eq($crate::personal_data::STAND_IN))
                .execute($conn)?;
        )+
    }};
}

/// In an eraser: deletes the rows of each `table.column` naming `$me`.
#[macro_export]
macro_rules! delete_of {
    ($conn:expr, $me:expr, $($table:ident . $column:ident),+ $(,)?) => {{
        $(
            diesel::delete($table::table.filter($table::$column.eq($me))).execute($conn)?;
        )+
    }};
}

/// In a purge: the ids of at most `$purging.batch` rows of `$table` matching `$filter`, leaving
/// out the ones an erasure keeps.
#[macro_export]
macro_rules! purgeable {
    ($conn:expr, $purging:expr, $table:ident, $filter:expr) => {{
        let ids: Vec<String> = $table::table
            .filter($filter)
            .filter($table::id.ne_all($purging.kept(stringify!($table))))
            .limit($purging.batch)
            .select($table::id)
            .load($conn)?;
        ids
    }};
}
