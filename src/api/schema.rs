//! Small schema builders for fields whose Rust type is a plain string but whose values are a
//! fixed list (`#[schema(schema_with = ...)]`).

use utoipa::openapi::schema::{Object, ObjectBuilder, Type};

use crate::i18n::LANGUAGES;

/// A string that is one of `values`.
pub fn one_of(values: &[&str]) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.iter().copied()))
        .build()
}

/// One of the languages Silta is translated into.
pub fn language_code() -> Object {
    let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    one_of(&codes)
}

/// A municipality's code from the official list (as it was in any year), or `abroad`.
pub fn municipality_code() -> Object {
    let mut codes: Vec<&str> = crate::regions::municipalities()
        .iter()
        .map(|m| m.code)
        .collect();
    codes.push("abroad");
    one_of(&codes)
}
