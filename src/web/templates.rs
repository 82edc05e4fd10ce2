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
        env.add_function("t", move |state: &State, id: &str, kwargs: Kwargs| {
            let lang = state
                .lookup("lang")
                .and_then(|v| v.as_str().map(str::to_owned))
                .ok_or_else(|| Error::new(ErrorKind::UndefinedError, "t() needs `lang`"))?;
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
