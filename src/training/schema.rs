//! Training's tables (migrations `2026-12-05-000011_training`, `2026-12-07-000031_training_live`). Only training reads them.

diesel::table! {
    training_applications (id) {
        id -> Text,
        user_id -> Text,
        languages -> Text,
        municipality -> Text,
        motivation -> Text,
        availability -> Text,
        status -> Text,
        reason -> Nullable<Text>,
        cohort_id -> Nullable<Text>,
        created_at -> Timestamp,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    training_courses (id) {
        id -> Text,
        title -> Text,
        expiry_days -> Integer,
        current_version -> Integer,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_modules (id) {
        id -> Text,
        course_id -> Text,
        version -> Integer,
        position -> Integer,
        rule -> Text,
        refresher -> Bool,
        quiz -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_module_texts (module_id, language) {
        module_id -> Text,
        language -> Text,
        title -> Text,
        body -> Text,
        task_prompt -> Text,
    }
}

diesel::table! {
    training_cohorts (id) {
        id -> Text,
        course_id -> Text,
        course_version -> Integer,
        name -> Text,
        starts_at -> Timestamp,
        deadline -> Timestamp,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_enrolments (cohort_id, user_id) {
        cohort_id -> Text,
        user_id -> Text,
        extended_days -> Integer,
        practice -> Nullable<Text>,
        practice_comments -> Text,
        signed_off_by -> Nullable<Text>,
        signed_off_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_completions (user_id, module_id) {
        user_id -> Text,
        module_id -> Text,
        completed_at -> Timestamp,
    }
}

diesel::table! {
    training_attempts (user_id, module_id, attempt_no) {
        user_id -> Text,
        module_id -> Text,
        attempt_no -> Integer,
        score -> Integer,
        passed -> Bool,
        cleared -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_tasks (user_id, module_id) {
        user_id -> Text,
        module_id -> Text,
        answer -> Text,
        status -> Text,
        feedback -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    training_certificates (id) {
        id -> Text,
        user_id -> Text,
        course_id -> Nullable<Text>,
        kind -> Text,
        code -> Text,
        issued_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        lapsed_at -> Nullable<Timestamp>,
        replaced_by -> Nullable<Text>,
    }
}

diesel::table! {
    training_reminders_sent (certificate_id, days_before) {
        certificate_id -> Text,
        days_before -> Integer,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    training_circles (cohort_id) {
        cohort_id -> Text,
        circle_id -> Text,
    }
}

diesel::table! {
    training_live_sessions (session_id) {
        session_id -> Text,
        cohort_id -> Text,
        module_id -> Text,
        ends_at -> Timestamp,
        created_by -> Text,
        created_at -> Timestamp,
        recorded_at -> Nullable<Timestamp>,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    training_applications,
    training_courses,
    training_modules,
    training_module_texts,
    training_cohorts,
    training_enrolments,
    training_completions,
    training_attempts,
    training_tasks,
    training_certificates,
    training_reminders_sent,
    training_circles,
    training_live_sessions,
);
