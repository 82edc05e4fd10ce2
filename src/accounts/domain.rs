//! Validated input: once parsed, a value cannot be invalid.

use crate::error::FieldError;
use crate::i18n::ArgValue;
use crate::regions;

/// A lower-cased, syntactically valid email address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub const MAX_LENGTH: usize = 254;

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let email = input.trim().to_lowercase();
        let valid = email.len() <= Self::MAX_LENGTH
            && email.parse::<lettre::Address>().is_ok()
            && email
                .rsplit_once('@')
                .is_some_and(|(_, domain)| domain.contains('.'));
        if valid {
            Ok(Self(email))
        } else {
            Err(FieldError::new("email", "field-email-invalid", vec![]))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name other people see: a nickname is fine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MIN: usize = 2;
    pub const MAX: usize = 40;

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        let length = name.chars().count();
        if !(Self::MIN..=Self::MAX).contains(&length) || name.chars().any(char::is_control) {
            return Err(FieldError::new(
                "display_name",
                "field-display-name-invalid",
                vec![
                    ("min", ArgValue::Number(Self::MIN as f64)),
                    ("max", ArgValue::Number(Self::MAX as f64)),
                ],
            ));
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Languages a family may say it speaks, named in themselves (no translation needed).
pub const FAMILY_LANGUAGES: &[(&str, &str)] = &[
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
    ("ru", "Русский"),
    ("et", "Eesti"),
    ("ar", "العربية"),
    ("so", "Soomaali"),
    ("uk", "Українська"),
    ("fa", "فارسی"),
    ("prs", "دری"),
    ("ku", "Kurdî"),
    ("ckb", "کوردی"),
    ("tr", "Türkçe"),
    ("sq", "Shqip"),
    ("bs", "Bosanski"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("it", "Italiano"),
    ("zh", "中文"),
    ("vi", "Tiếng Việt"),
    ("th", "ไทย"),
    ("tl", "Tagalog"),
    ("ne", "नेपाली"),
    ("hi", "हिन्दी"),
    ("bn", "বাংলা"),
    ("ur", "اردو"),
    ("ti", "ትግርኛ"),
    ("am", "አማርኛ"),
    ("sw", "Kiswahili"),
    ("ja", "日本語"),
    ("ko", "한국어"),
];

pub fn family_language_name(code: &str) -> Option<&'static str> {
    FAMILY_LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
}

/// One or more known language codes, without repeats.
pub fn parse_family_languages(codes: &[String]) -> Result<Vec<String>, FieldError> {
    let mut chosen: Vec<String> = Vec::new();
    for code in codes {
        let code = code.trim();
        if family_language_name(code).is_none() {
            return Err(FieldError::new(
                "languages",
                "field-languages-unknown",
                vec![],
            ));
        }
        if !chosen.iter().any(|c| c == code) {
            chosen.push(code.to_owned());
        }
    }
    if chosen.is_empty() || chosen.len() > 6 {
        return Err(FieldError::new(
            "languages",
            "field-languages-count",
            vec![("max", ArgValue::Number(6.0))],
        ));
    }
    Ok(chosen)
}

/// A municipality code from the official list, or `abroad`. The code of a municipality that
/// has since merged becomes the code of the one it joined.
pub fn parse_municipality(code: &str) -> Result<String, FieldError> {
    let code = code.trim();
    if code == ABROAD {
        return Ok(ABROAD.to_owned());
    }
    regions::municipality(code)
        .map(|m| m.code.to_owned())
        .ok_or_else(|| FieldError::new("municipality", "field-municipality-unknown", vec![]))
}

pub const ABROAD: &str = "abroad";

/// A UI language Silta is translated into.
pub fn parse_ui_language(code: &str) -> Result<&'static str, FieldError> {
    crate::i18n::language(code.trim())
        .map(|l| l.code)
        .ok_or_else(|| FieldError::new("ui_language", "field-ui-language-unknown", vec![]))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Maria@Example.FI ").unwrap().as_str(),
            "maria@example.fi"
        );
        for bad in [
            "",
            "maria",
            "maria@",
            "@example.fi",
            "maria@localhost",
            "a b@example.fi",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert!(Email::parse(&format!("{}@example.fi", "a".repeat(250))).is_err());
    }

    #[test]
    fn display_names_are_trimmed_and_bounded() {
        assert_eq!(
            DisplayName::parse("  Aino   K ").unwrap().as_str(),
            "Aino K"
        );
        assert!(DisplayName::parse("A").is_err());
        assert!(DisplayName::parse(&"x".repeat(41)).is_err());
        assert!(DisplayName::parse("فاطمة").is_ok());
    }

    #[test]
    fn languages_must_be_known() {
        let codes = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            parse_family_languages(&codes(&["fi", "ar", "fi"])).unwrap(),
            ["fi", "ar"]
        );
        assert!(parse_family_languages(&codes(&["xx"])).is_err());
        assert!(parse_family_languages(&[]).is_err());
    }
}
