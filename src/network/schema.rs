//! The network feature's own tables (migration `2026-12-12-000091_network`). Other features
//! never read them.

diesel::table! {
    network_networks (circle_id) {
        circle_id -> Text,
        name -> Text,
        area_kind -> Text,
        area_code -> Text,
        organiser_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    network_participants (network_id, user_id) {
        network_id -> Text,
        user_id -> Text,
        kind -> Text,
        works_as -> Text,
        invited_by -> Text,
        invited_at -> Timestamp,
    }
}

diesel::table! {
    network_meetings (session_id) {
        session_id -> Text,
        network_id -> Text,
        notes -> Text,
        notes_by -> Nullable<Text>,
        notes_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    network_agenda_items (id) {
        id -> Text,
        session_id -> Text,
        position -> Integer,
        body -> Text,
    }
}

diesel::table! {
    network_actions (id) {
        id -> Text,
        network_id -> Text,
        session_id -> Text,
        body -> Text,
        owner_id -> Text,
        due_on -> Nullable<Date>,
        status -> Text,
        followed_up_in -> Nullable<Text>,
        followed_up_by -> Nullable<Text>,
        followed_up_at -> Nullable<Timestamp>,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(network_participants -> network_networks (network_id));
diesel::joinable!(network_meetings -> network_networks (network_id));
diesel::allow_tables_to_appear_in_same_query!(
    network_networks,
    network_participants,
    network_meetings,
    network_agenda_items,
    network_actions,
);
