//! Supervision's own tables (migration `2026-12-06-000020_supervision`). Other features never
//! read them: they ask `supervision::service`.

diesel::table! {
    supervision_assignments (facilitator_id) {
        facilitator_id -> Text,
        supervisor_id -> Text,
        assigned_by -> Text,
        assigned_at -> Timestamp,
    }
}

diesel::table! {
    report_themes (id) {
        id -> Text,
        theme_key -> Nullable<Text>,
        label -> Nullable<Text>,
        position -> Integer,
        archived_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    session_reports (id) {
        id -> Text,
        session_id -> Text,
        group_id -> Text,
        facilitator_id -> Text,
        present -> Integer,
        members -> Integer,
        went -> Text,
        concern -> Text,
        concern_note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    session_report_themes (report_id, theme_id) {
        report_id -> Text,
        theme_id -> Text,
    }
}

diesel::table! {
    concerns (report_id) {
        report_id -> Text,
        level -> Text,
        raised_at -> Timestamp,
        acknowledged_at -> Nullable<Timestamp>,
        acknowledged_by -> Nullable<Text>,
        escalated_at -> Nullable<Timestamp>,
        handled_at -> Nullable<Timestamp>,
        handled_by -> Nullable<Text>,
        outcome -> Nullable<Text>,
    }
}

diesel::table! {
    report_comments (id) {
        id -> Text,
        report_id -> Text,
        author_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(concerns -> session_reports (report_id));
diesel::joinable!(session_report_themes -> session_reports (report_id));
diesel::joinable!(session_report_themes -> report_themes (theme_id));

diesel::allow_tables_to_appear_in_same_query!(
    supervision_assignments,
    report_themes,
    session_reports,
    session_report_themes,
    concerns,
    report_comments,
);

diesel::table! {
    volunteer_hours (id) {
        id -> Text,
        facilitator_id -> Text,
        kind -> Text,
        source_id -> Nullable<Text>,
        worked_on -> Date,
        minutes -> Integer,
        note -> Text,
        status -> Text,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    supervision_circles (circle_id) {
        circle_id -> Text,
        supervisor_id -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    supervision_notes (id) {
        id -> Text,
        facilitator_id -> Text,
        author_id -> Text,
        body -> Text,
        shared -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    supervision_lapse_notices (user_id, lapses_at, kind) {
        user_id -> Text,
        lapses_at -> Timestamp,
        kind -> Text,
        sent_at -> Timestamp,
    }
}
