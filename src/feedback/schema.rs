//! Feedback's own tables (migration `2026-12-12-000090_feedback`). Other features never read
//! them.

diesel::table! {
    feedback_invitations (session_id, user_id) {
        session_id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        status -> Text,
    }
}

diesel::table! {
    feedback_answers (id) {
        id -> Text,
        session_id -> Text,
        group_id -> Text,
        month -> Date,
        useful -> Nullable<SmallInt>,
        safe -> Nullable<Text>,
        needs -> Text,
        comment -> Nullable<Text>,
        comment_hidden_by -> Nullable<Text>,
        comment_hidden_at -> Nullable<Timestamp>,
    }
}
