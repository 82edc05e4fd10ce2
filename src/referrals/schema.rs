//! Referrals' own tables (migration `2026-12-08-000041_referrals`), beside the core's access log.

diesel::table! {
    referrals (id) {
        id -> Text,
        family_id -> Text,
        service_id -> Text,
        worker_id -> Text,
        status -> Text,
        reason -> Text,
        hopes -> Text,
        summary -> Text,
        decline_reason -> Nullable<Text>,
        outcome -> Nullable<Text>,
        quiet -> Bool,
        concern_report_id -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        changed_at -> Timestamp,
        overdue_flagged_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    referral_events (id) {
        id -> Text,
        referral_id -> Text,
        status -> Text,
        actor_kind -> Text,
        actor_id -> Nullable<Text>,
        note -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    referral_consents (id) {
        id -> Text,
        referral_id -> Text,
        family_id -> Text,
        adult_id -> Text,
        purpose -> Text,
        recipient -> Text,
        items -> Text,
        text_version -> Text,
        language -> Text,
        channel -> Text,
        recorded_by -> Text,
        given_at -> Timestamp,
        expires_at -> Timestamp,
        withdrawn_at -> Nullable<Timestamp>,
        withdrawn_by -> Nullable<Text>,
    }
}

diesel::table! {
    child_protection_notices (id) {
        id -> Text,
        family_id -> Nullable<Text>,
        group_id -> Nullable<Text>,
        municipality_code -> Text,
        recipient -> Text,
        made_by -> Text,
        made_at -> Timestamp,
        note -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::joinable!(referral_events -> referrals (referral_id));
diesel::joinable!(referral_consents -> referrals (referral_id));

diesel::allow_tables_to_appear_in_same_query!(
    referrals,
    referral_events,
    referral_consents,
    child_protection_notices,
);
