//! Translations: Fluent bundles embedded at build time and language negotiation.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, convert_vec_str_to_langids_lossy, negotiate_languages};
use unic_langid::LanguageIdentifier;

mod dates;
mod extract;

pub use extract::{LANG_COOKIE, Locale, ProfileLanguage, negotiate_request};

#[derive(rust_embed::RustEmbed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct LocaleFiles;

/// A language Silta is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub right_to_left: bool,
    /// The zero of the digits its readers expect in dates and times, when not 0-9.
    pub native_zero: Option<char>,
}

/// Every language Silta offers, in the order the language switcher shows them.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "fi",
        right_to_left: false,
        native_zero: None,
    },
    Language {
        code: "sv",
        right_to_left: false,
        native_zero: None,
    },
    Language {
        code: "en",
        right_to_left: false,
        native_zero: None,
    },
    Language {
        code: "ru",
        right_to_left: false,
        native_zero: None,
    },
    Language {
        code: "et",
        right_to_left: false,
        native_zero: None,
    },
    Language {
        code: "ar",
        right_to_left: true,
        native_zero: Some('\u{0660}'),
    },
    Language {
        code: "so",
        right_to_left: false,
        native_zero: None,
    },
    Language {
        code: "uk",
        right_to_left: false,
        native_zero: None,
    },
    Language {
        code: "fa",
        right_to_left: true,
        native_zero: Some('\u{06F0}'),
    },
];

/// Finnish: the language of the country, shown when nothing else is known.
pub const DEFAULT_LANGUAGE: &str = "fi";

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale file {file} does not parse: {detail}")]
    Parse { file: String, detail: String },
    #[error("locale file {file} defines a message twice: {detail}")]
    Duplicate { file: String, detail: String },
    #[error("language {0} has no locale files")]
    Missing(&'static str),
}

/// All translations, shareable between threads.
pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl I18n {
    /// Parses every embedded `.ftl` file; any error stops start-up.
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for language in LANGUAGES {
            let langid: LanguageIdentifier = language
                .code
                .parse()
                .map_err(|_| I18nError::Missing(language.code))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let prefix = format!("{}/", language.code);
            let mut files: Vec<_> = LocaleFiles::iter()
                .filter(|f| f.starts_with(&prefix))
                .collect();
            files.sort();
            if files.is_empty() {
                return Err(I18nError::Missing(language.code));
            }
            for file in files {
                let Some(content) = LocaleFiles::get(&file) else {
                    continue;
                };
                let source = String::from_utf8_lossy(&content.data).into_owned();
                let resource =
                    FluentResource::try_new(source).map_err(|(_, errors)| I18nError::Parse {
                        file: file.to_string(),
                        detail: format!("{errors:?}"),
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| I18nError::Duplicate {
                        file: file.to_string(),
                        detail: format!("{errors:?}"),
                    })?;
            }
            bundles.insert(language.code, bundle);
        }
        Ok(Self { bundles })
    }

    /// Translates `id` (optionally `id.attribute`) in `lang`, falling back to Finnish and then
    /// to the id itself, so a missing string is visible but never breaks a page.
    pub fn translate(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        [lang, DEFAULT_LANGUAGE]
            .iter()
            .find_map(|code| self.format(code, id, args))
            .unwrap_or_else(|| {
                tracing::warn!(message_id = id, lang, "missing translation");
                id.to_owned()
            })
    }

    /// Convenience for messages with named string or number arguments.
    pub fn translate_with(&self, lang: &str, id: &str, args: &[(&str, ArgValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                ArgValue::Text(text) => fluent_args.set(*name, FluentValue::from(text.clone())),
                ArgValue::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        self.translate(lang, id, Some(&fluent_args))
    }

    fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let (message_id, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let message = bundle.get_message(message_id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                message_id = id,
                lang,
                ?errors,
                "translation formatting error"
            );
        }
        Some(text.into_owned())
    }

    /// Picks the best supported language for an Accept-Language header.
    pub fn from_accept_language(header: &str) -> Option<&'static Language> {
        let mut weighted: Vec<(&str, f32)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let weight = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (weight > 0.0 && !tag.is_empty() && tag != "*").then_some((tag, weight))
            })
            .collect();
        // Stable: equal weights keep the order the browser sent.
        weighted.sort_by(|a, b| b.1.total_cmp(&a.1));
        let requested: Vec<&str> = weighted.into_iter().map(|(tag, _)| tag).collect();
        let requested = convert_vec_str_to_langids_lossy(requested);
        let available =
            convert_vec_str_to_langids_lossy(LANGUAGES.iter().map(|l| l.code).collect::<Vec<_>>());
        let chosen =
            negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
        let code = chosen.first()?.language.as_str().to_owned();
        language(&code)
    }
}

/// A value passed to a translated message.
#[derive(Debug, Clone)]
pub enum ArgValue {
    Text(String),
    Number(f64),
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_respects_weights_and_regions() {
        let pick = |h: &str| I18n::from_accept_language(h).map(|l| l.code);
        assert_eq!(pick("sv-FI,sv;q=0.9,en;q=0.8"), Some("sv"));
        assert_eq!(pick("de-DE, en;q=0.5, sv;q=0.7"), Some("sv"));
        assert_eq!(pick("en-GB"), Some("en"));
        assert_eq!(pick("de, fr"), None);
        assert_eq!(pick("sv;q=0, en"), Some("en"));
    }

    #[test]
    fn falls_back_to_finnish_then_to_the_id() {
        let i18n = I18n::load().unwrap();
        assert_eq!(
            i18n.translate("en", "no-such-message", None),
            "no-such-message"
        );
        assert_ne!(i18n.translate("sv", "site-name", None), "site-name");
    }
}
