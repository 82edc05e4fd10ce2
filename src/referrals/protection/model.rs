//! The records of child welfare notifications (table `child_protection_notices`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
pub use crate::referrals::schema::child_protection_notices as notices;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = notices)]
pub struct Notice {
    pub id: String,
    pub family_id: Option<String>,
    pub group_id: Option<String>,
    pub municipality_code: String,
    pub recipient: String,
    pub made_by: String,
    pub made_at: NaiveDateTime,
    pub note: String,
    pub recorded_at: NaiveDateTime,
}

pub fn insert(conn: &mut AnyConnection, notice: &Notice) -> QueryResult<()> {
    diesel::insert_into(notices::table)
        .values(notice)
        .execute(conn)
        .map(|_| ())
}

type Backend = <AnyConnection as diesel::Connection>::Backend;

/// Records in one municipality, or all.
pub fn in_municipality(municipality: Option<&str>) -> notices::BoxedQuery<'static, Backend> {
    let mut query = notices::table.into_boxed();
    if let Some(code) = municipality {
        query = query.filter(notices::municipality_code.eq(code.to_owned()));
    }
    query
}
