//! The directory's own tables (migration `2026-12-08-000040_directory`). Other features never
//! read them: they ask `directory::service`.

diesel::table! {
    directory_organisations (id) {
        id -> Text,
        source -> Text,
        source_id -> Text,
        name_fi -> Text,
        name_sv -> Text,
        name_en -> Text,
        description -> Text,
        email -> Text,
        website -> Text,
        referral_email -> Text,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    directory_services (id) {
        id -> Text,
        organisation_id -> Text,
        source -> Text,
        source_id -> Text,
        status -> Text,
        email -> Text,
        url -> Text,
        phone -> Text,
        referral_email -> Text,
        minimum_age -> Nullable<Integer>,
        maximum_age -> Nullable<Integer>,
        last_checked -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    directory_service_texts (service_id, language) {
        service_id -> Text,
        language -> Text,
        name -> Text,
        summary -> Text,
        description -> Text,
        eligibility -> Text,
        how_to_apply -> Text,
        written_by -> Nullable<Text>,
        reviewed_by -> Nullable<Text>,
        reviewed_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    directory_service_languages (service_id, language) {
        service_id -> Text,
        language -> Text,
    }
}

diesel::table! {
    directory_service_areas (service_id, kind, code) {
        service_id -> Text,
        kind -> Text,
        code -> Text,
    }
}

diesel::table! {
    directory_categories (id) {
        id -> Text,
        category_key -> Nullable<Text>,
        label -> Nullable<Text>,
        position -> Integer,
        archived_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    directory_service_categories (service_id, category_id) {
        service_id -> Text,
        category_id -> Text,
    }
}

diesel::table! {
    directory_locations (id) {
        id -> Text,
        organisation_id -> Text,
        source -> Text,
        source_id -> Text,
        kind -> Text,
        name -> Text,
        street -> Text,
        postal_code -> Text,
        post_office -> Text,
        municipality_code -> Text,
        url -> Text,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        directions -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    directory_service_locations (service_id, location_id) {
        service_id -> Text,
        location_id -> Text,
    }
}

diesel::table! {
    directory_contacts (id) {
        id -> Text,
        service_id -> Text,
        name -> Text,
        title -> Text,
        email -> Text,
        phone -> Text,
        note -> Text,
        position -> Integer,
    }
}

diesel::table! {
    directory_hours (id) {
        id -> Text,
        service_id -> Text,
        location_id -> Nullable<Text>,
        weekday -> Integer,
        opens_at -> Text,
        closes_at -> Text,
    }
}

diesel::table! {
    directory_partner_members (user_id, organisation_id) {
        user_id -> Text,
        organisation_id -> Text,
        added_by -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    directory_help_requests (id) {
        id -> Text,
        user_id -> Text,
        family_id -> Text,
        service_id -> Nullable<Text>,
        message -> Text,
        created_at -> Timestamp,
        handled_by -> Nullable<Text>,
        handled_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(directory_services -> directory_organisations (organisation_id));
diesel::joinable!(directory_service_texts -> directory_services (service_id));
diesel::joinable!(directory_service_languages -> directory_services (service_id));
diesel::joinable!(directory_service_areas -> directory_services (service_id));
diesel::joinable!(directory_service_categories -> directory_services (service_id));
diesel::joinable!(directory_service_categories -> directory_categories (category_id));
diesel::joinable!(directory_service_locations -> directory_services (service_id));
diesel::joinable!(directory_service_locations -> directory_locations (location_id));
diesel::joinable!(directory_locations -> directory_organisations (organisation_id));
diesel::joinable!(directory_contacts -> directory_services (service_id));
diesel::joinable!(directory_hours -> directory_services (service_id));
diesel::joinable!(directory_partner_members -> directory_organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
    directory_organisations,
    directory_services,
    directory_service_texts,
    directory_service_languages,
    directory_service_areas,
    directory_categories,
    directory_service_categories,
    directory_locations,
    directory_service_locations,
    directory_contacts,
    directory_hours,
    directory_partner_members,
    directory_help_requests,
);
