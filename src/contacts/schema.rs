//! The contacts feature's own tables (migration `2026-12-12-000092_group_contacts`). Other
//! features never read them: chat and groups ask through the answers this feature provides.

diesel::table! {
    group_contacts (id) {
        id -> Text,
        group_id -> Text,
        partner_id -> Text,
        role -> Text,
        service_id -> Nullable<Text>,
        languages -> Text,
        reach -> Text,
        added_by -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    contact_threads (id) {
        id -> Text,
        group_id -> Text,
        partner_id -> Text,
        facilitator_id -> Text,
        created_at -> Timestamp,
        last_at -> Timestamp,
        waiting -> Bool,
    }
}

diesel::table! {
    contact_messages (id) {
        id -> Text,
        thread_id -> Text,
        author_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    contact_guests (id) {
        id -> Text,
        session_id -> Text,
        group_id -> Text,
        partner_id -> Text,
        topic -> Text,
        invited_by -> Text,
        invited_at -> Timestamp,
        entered_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    contact_offers (id) {
        id -> Text,
        guest_id -> Text,
        user_id -> Text,
        family_id -> Text,
        offered_at -> Timestamp,
        decided_at -> Nullable<Timestamp>,
        accepted -> Nullable<Bool>,
        help_request_id -> Nullable<Text>,
    }
}

diesel::joinable!(contact_messages -> contact_threads (thread_id));
diesel::joinable!(contact_offers -> contact_guests (guest_id));
diesel::allow_tables_to_appear_in_same_query!(
    group_contacts,
    contact_threads,
    contact_messages,
    contact_guests,
    contact_offers,
);
