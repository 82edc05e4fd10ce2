//! HTML and mail templates (minijinja), embedded in the binary, with Fluent for every string.

use std::sync::Arc;

use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior};

use crate::i18n::{ArgValue, I18n};

#[derive(rust_embed::RustEmbed)]
#[folder = "web/templates/"]
struct TemplateFiles;

pub struct Templates {
    env: Environment<'static>,
}

/// The language of the page or mail being rendered.
fn lang_of(state: &State) -> Result<String, Error> {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_owned))
        .ok_or_else(|| Error::new(ErrorKind::UndefinedError, "translating needs `lang`"))
}

/// Times reach templates as RFC 3339 UTC strings (how chrono serialises them).
fn parse_utc(text: &str) -> Result<chrono::DateTime<chrono::Utc>, Error> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.to_utc())
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

/// A number with at most one decimal, written with the language's decimal sign (`1,5` in
/// Finnish, `1.5` in English).
pub fn decimal(lang: &str, value: f64) -> String {
    let text = format!("{:.1}", (value * 10.0).round() / 10.0);
    let text = text.strip_suffix(".0").unwrap_or(&text).to_owned();
    if matches!(lang, "fi" | "sv" | "ru" | "uk" | "et") {
        text.replace('.', ",")
    } else {
        text
    }
}

impl Templates {
    pub fn load(i18n: Arc<I18n>) -> Result<Self, Error> {
        let mut env = Environment::new();
        // Optional values (form errors, notices) are simply absent when there is nothing to show.
        env.set_undefined_behavior(UndefinedBehavior::Lenient);
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        for name in TemplateFiles::iter() {
            let Some(file) = TemplateFiles::get(&name) else {
                continue;
            };
            let source = String::from_utf8(file.data.into_owned())
                .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))?;
            env.add_template_owned(name.to_string(), source)?;
        }
        let dates = i18n.clone();
        env.add_filter("datetime", move |state: &State, utc: &str| {
            Ok(dates.datetime(&lang_of(state)?, parse_utc(utc)?))
        });
        env.add_filter("decimal", |state: &State, value: f64| {
            Ok(decimal(&lang_of(state)?, value))
        });
        let times = i18n.clone();
        env.add_filter("time", move |state: &State, utc: &str| {
            Ok(times.time_of_day(&lang_of(state)?, parse_utc(utc)?))
        });
        env.add_function("t", move |state: &State, id: &str, kwargs: Kwargs| {
            let lang = lang_of(state)?;
            let mut args = Vec::new();
            for name in kwargs.args() {
                let value: Value = kwargs.get(name)?;
                let arg = match value.kind() {
                    ValueKind::Number => ArgValue::Number(f64::try_from(value).unwrap_or(0.0)),
                    _ => ArgValue::Text(value.to_string()),
                };
                args.push((name, arg));
            }
            Ok(i18n.translate_with(&lang, id, &args))
        });
        Ok(Self { env })
    }

    pub fn render(&self, name: &str, context: Value) -> Result<String, Error> {
        self.env.get_template(name)?.render(context)
    }

    /// Whether a template exists (mail kinds may have an HTML part, a text part or both).
    pub fn has(&self, name: &str) -> bool {
        self.env.get_template(name).is_ok()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn decimals_use_the_readers_sign_and_drop_a_zero_tenth() {
        assert_eq!(super::decimal("fi", 1.5), "1,5");
        assert_eq!(super::decimal("en", 1.5), "1.5");
        assert_eq!(super::decimal("sv", 2.0), "2");
        assert_eq!(super::decimal("ar", 4.0 / 3.0), "1.3");
    }
}
