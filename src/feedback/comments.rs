//! The lines families wrote in their own words, for staff only and without names: by month,
//! searchable; a line that identifies someone can be hidden (and shown again).

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::schema::feedback_answers as answers;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::like;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::state::AppState;

/// The most lines one month's list shows.
pub const LIMIT: i64 = 200;

#[derive(Debug, Clone, Default, Deserialize, ToSchema, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CommentFilter {
    /// `YYYY-MM` (Helsinki); the current month when not given.
    pub month: Option<String>,
    /// Words the line contains.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// Only the hidden lines (`true`) or only the shown (default).
    pub hidden: Option<bool>,
}

/// A family's line, without who wrote it.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = FeedbackComment)]
pub struct Comment {
    pub id: String,
    pub session_id: String,
    pub group_name: String,
    pub comment: String,
    pub hidden_at: Option<DateTime<Utc>>,
}

type Row = (
    String,
    String,
    String,
    Option<String>,
    Option<chrono::NaiveDateTime>,
);

/// The lines of a month, newest sessions first.
pub async fn of_month(
    state: &AppState,
    me: &SignedIn,
    month: NaiveDate,
    filter: &CommentFilter,
) -> Result<Vec<Comment>, AppError> {
    if filter.q.as_ref().is_some_and(|q| q.chars().count() > 200) {
        return Err(AppError::invalid(vec![crate::error::FieldError::new(
            "q",
            "field-too-long",
            vec![("max", crate::i18n::ArgValue::Number(200.0))],
        )]));
    }
    let pattern = filter.q.as_deref().and_then(like::contains);
    let hidden = filter.hidden.unwrap_or(false);
    let lang = me.language.code;
    state
        .db
        .run(move |conn| {
            let mut query = answers::table
                .filter(answers::month.eq(month))
                .filter(answers::comment.is_not_null())
                .into_boxed();
            query = if hidden {
                query.filter(answers::comment_hidden_at.is_not_null())
            } else {
                query.filter(answers::comment_hidden_at.is_null())
            };
            if let Some(pattern) = pattern {
                query = query.filter(
                    like::lower(answers::comment.assume_not_null())
                        .like(pattern)
                        .escape('\\'),
                );
            }
            let rows: Vec<Row> = query
                .order((answers::session_id, answers::id))
                .limit(LIMIT)
                .select((
                    answers::id,
                    answers::session_id,
                    answers::group_id,
                    answers::comment,
                    answers::comment_hidden_at,
                ))
                .load(conn)?;
            let mut out = Vec::with_capacity(rows.len());
            for (id, session_id, group_id, comment, hidden_at) in rows {
                out.push(Comment {
                    id,
                    session_id,
                    group_name: groups::name_of(conn, &group_id, lang)?,
                    comment: comment.unwrap_or_default(),
                    hidden_at: hidden_at.map(|at| at.and_utc()),
                });
            }
            Ok(out)
        })
        .await
}

/// Hides the line (`hide`) or shows it again; not found when there is none.
pub async fn set_hidden(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    hide: bool,
) -> Result<(), AppError> {
    let (id, by) = (id.to_owned(), me.user_id.clone());
    state
        .db
        .run(move |conn| {
            let target = answers::table
                .find(&id)
                .filter(answers::comment.is_not_null());
            let (by, at) = if hide {
                (Some(by), Some(now()))
            } else {
                (None, None)
            };
            let changed = diesel::update(target)
                .set((
                    answers::comment_hidden_by.eq(by),
                    answers::comment_hidden_at.eq(at),
                ))
                .execute(conn)?;
            if changed == 0 {
                return Err(AppError::not_found());
            }
            tracing::info!(answer = %id, hide, "feedback line hidden or shown");
            Ok(())
        })
        .await
}
