//! `LIKE` patterns for what a person typed into a search box.

/// `%text%` for a case-insensitive search: compare it with `lower(column)` and `.escape('\\')`.
///
/// `%`, `_` and `\` are escaped, so they match themselves. Control characters are dropped: no
/// stored text holds them, and PostgreSQL refuses a NUL in a text. None when nothing is left.
pub fn contains(text: &str) -> Option<String> {
    let text: String = text.trim().chars().filter(|c| !c.is_control()).collect();
    if text.is_empty() {
        return None;
    }
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Some(format!("%{escaped}%"))
}

diesel::define_sql_function!(
    /// The text in lower case (ASCII only on SQLite, every letter on PostgreSQL).
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text
);

#[cfg(test)]
mod tests {
    use super::contains;

    #[test]
    fn wildcards_and_control_characters_are_taken_out_of_play() {
        assert_eq!(contains(" 50%_a\\B "), Some("%50\\%\\_a\\\\b%".into()));
        assert_eq!(contains("È^,\0r"), Some("%è^,r%".into()));
        assert_eq!(contains(" \0 "), None);
    }
}
