//! One portable schema for both backends; migrations keep the two in step.

diesel::table! {
    mail_outbox (id) {
        id -> Text,
        recipient -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        attempts -> Integer,
        run_at -> Timestamp,
        locked_by -> Nullable<Text>,
        locked_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        done_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    families (id) {
        id -> Text,
        languages -> Text,
        municipality -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        email_confirmed_at -> Nullable<Timestamp>,
        display_name -> Text,
        ui_language -> Text,
        password_hash -> Nullable<Text>,
        totp_secret -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        family_id -> Nullable<Text>,
        notify_by_email -> Bool,
        notify_new_sign_in -> Bool,
        suspended_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        reminder_hours -> Integer,
        last_signed_in_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    user_roles (user_id, role) {
        user_id -> Text,
        role -> Text,
        granted_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        device -> Text,
        second_factor_passed -> Bool,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    one_time_tokens (token_hash) {
        token_hash -> Text,
        purpose -> Text,
        user_id -> Nullable<Text>,
        payload -> Nullable<Text>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    recovery_codes (user_id, code_hash) {
        user_id -> Text,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    invitations (id) {
        id -> Text,
        email -> Text,
        role -> Text,
        family_id -> Nullable<Text>,
        invited_by -> Text,
        token_hash -> Text,
        language -> Text,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    security_events (id) {
        id -> Text,
        kind -> Text,
        user_id -> Nullable<Text>,
        actor_id -> Nullable<Text>,
        detail -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    rate_limits (bucket) {
        bucket -> Text,
        window_start -> Timestamp,
        hits -> Integer,
    }
}

diesel::table! {
    peer_groups (id) {
        id -> Text,
        spoken_languages -> Text,
        topics -> Text,
        audience -> Text,
        region -> Text,
        capacity -> Integer,
        join_policy -> Text,
        status -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        chat_retention_days -> Nullable<Integer>,
        purpose -> Text,
    }
}

diesel::table! {
    group_texts (group_id, language) {
        group_id -> Text,
        language -> Text,
        name -> Text,
        description -> Text,
    }
}

diesel::table! {
    group_facilitators (group_id, user_id) {
        group_id -> Text,
        user_id -> Text,
    }
}

diesel::table! {
    group_sessions (id) {
        id -> Text,
        group_id -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        cancelled_at -> Nullable<Timestamp>,
        cancel_reason -> Nullable<Text>,
        created_at -> Timestamp,
        local_weekday -> SmallInt,
        local_hour -> SmallInt,
    }
}

diesel::table! {
    memberships (group_id, user_id) {
        group_id -> Text,
        user_id -> Text,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    session_attendance (session_id, user_id) {
        session_id -> Text,
        user_id -> Text,
        answer -> Nullable<Text>,
        present -> Nullable<Bool>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    session_reminders (id) {
        id -> Text,
        session_id -> Text,
        user_id -> Text,
        attempts -> Integer,
        run_at -> Timestamp,
        locked_by -> Nullable<Text>,
        locked_until -> Nullable<Timestamp>,
        done_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    calendar_feeds (user_id) {
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(users -> families (family_id));
diesel::table! {
    group_languages (language, group_id) {
        group_id -> Text,
        language -> Text,
    }
}

diesel::table! {
    group_topics (topic, group_id) {
        group_id -> Text,
        topic -> Text,
    }
}

diesel::joinable!(group_texts -> peer_groups (group_id));
diesel::joinable!(group_languages -> peer_groups (group_id));
diesel::joinable!(group_topics -> peer_groups (group_id));
diesel::joinable!(group_sessions -> peer_groups (group_id));
diesel::joinable!(memberships -> peer_groups (group_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(group_facilitators -> users (user_id));
diesel::joinable!(user_roles -> users (user_id));
diesel::joinable!(sessions -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    families,
    users,
    user_roles,
    sessions,
    one_time_tokens,
    recovery_codes,
    invitations,
    security_events,
    rate_limits,
    mail_outbox,
    peer_groups,
    group_texts,
    group_languages,
    group_topics,
    group_facilitators,
    group_sessions,
    memberships,
    session_attendance,
    session_reminders,
    calendar_feeds,
    chat_messages,
    moderation_log,
    room_settings,
    room_restrictions,
    chat_reports,
    crisis_contacts,
    room_presence,
    chat_nodes,
    room_sequences,
);

diesel::table! {
    chat_messages (id) {
        id -> Text,
        session_id -> Text,
        seq -> BigInt,
        author_id -> Text,
        client_id -> Text,
        body -> Text,
        created_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
        removed_by -> Nullable<Text>,
        budget_full_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    chat_reports (id) {
        id -> Text,
        session_id -> Text,
        seq -> BigInt,
        reporter_id -> Text,
        reason -> Nullable<Text>,
        context -> Text,
        outcome -> Nullable<Text>,
        handled_by -> Nullable<Text>,
        handled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    crisis_contacts (id) {
        id -> Text,
        language -> Text,
        name -> Text,
        phone -> Text,
        hours -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    room_settings (session_id) {
        session_id -> Text,
        locked -> Bool,
        slow_mode_seconds -> Integer,
        started_at -> Nullable<Timestamp>,
        ended_at -> Nullable<Timestamp>,
        unattended_since -> Nullable<Timestamp>,
        staff_alerted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    room_presence (connection_id) {
        connection_id -> Text,
        session_id -> Text,
        user_id -> Text,
        moderator -> Bool,
        node -> Text,
    }
}

diesel::table! {
    chat_nodes (id) {
        id -> Text,
        alive_until -> Timestamp,
    }
}

diesel::table! {
    room_sequences (session_id) {
        session_id -> Text,
        last_seq -> BigInt,
    }
}

diesel::table! {
    room_restrictions (session_id, user_id, kind) {
        session_id -> Text,
        user_id -> Text,
        kind -> Text,
        until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    moderation_log (id) {
        id -> Text,
        session_id -> Text,
        actor_id -> Text,
        action -> Text,
        target_seq -> Nullable<BigInt>,
        reason -> Nullable<Text>,
        created_at -> Timestamp,
    }
}
