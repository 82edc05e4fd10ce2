//! Every locale has every message, every file parses, and variables match across locales.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use fluent_syntax::parser;

/// message id (or id.attribute) → variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_in_inline(argument, out);
            }
            for named in &arguments.named {
                variables_in_inline(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

fn load_locale(dir: &Path) -> (Messages, BTreeSet<String>) {
    let mut messages = Messages::new();
    let mut files = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        files.insert(path.file_name().unwrap().to_string_lossy().into_owned());
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_in_pattern(value, &mut vars);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), vars).is_none(),
                    "{id} defined twice in {}",
                    dir.display()
                );
                for attribute in &message.attributes {
                    let mut vars = BTreeSet::new();
                    variables_in_pattern(&attribute.value, &mut vars);
                    messages.insert(format!("{id}.{}", attribute.id.name), vars);
                }
            }
        }
    }
    (messages, files)
}

/// Messages whose translations pick what they need from a set of variables (a date is written
/// with a month's name in some languages and its number in others).
const PICK_FROM: &[(&str, &[&str])] = &[(
    "datetime",
    &[
        "weekday",
        "day",
        "month",
        "month_name",
        "year",
        "hour",
        "minute",
    ],
)];

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut locales = BTreeMap::new();
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let code = path.file_name().unwrap().to_string_lossy().into_owned();
            locales.insert(code, load_locale(&path));
        }
    }
    for required in ["fi", "sv", "en", "ru", "et", "ar", "so", "uk", "fa"] {
        assert!(
            locales.contains_key(required),
            "locale {required} is missing"
        );
    }
    let all_ids: BTreeSet<&String> = locales.values().flat_map(|(m, _)| m.keys()).collect();
    let all_files: BTreeSet<&String> = locales.values().flat_map(|(_, f)| f.iter()).collect();
    let mut problems = Vec::new();
    for (code, (messages, files)) in &locales {
        for file in &all_files {
            if !files.contains(*file) {
                problems.push(format!("{code}: file {file} is missing"));
            }
        }
        for id in &all_ids {
            match messages.get(*id) {
                None => problems.push(format!("{code}: message {id} is missing")),
                Some(vars) if PICK_FROM.iter().any(|(pick, _)| pick == id) => {
                    let allowed = PICK_FROM
                        .iter()
                        .find(|(pick, _)| pick == id)
                        .map(|(_, a)| *a);
                    for var in vars {
                        if !allowed.unwrap_or_default().contains(&var.as_str()) {
                            problems.push(format!("{code}: {id} uses unknown variable {var}"));
                        }
                    }
                }
                Some(vars) => {
                    for (other_code, (other, _)) in &locales {
                        if let Some(other_vars) = other.get(*id)
                            && other_vars != vars
                        {
                            problems.push(format!(
                                "{code} and {other_code}: {id} uses {vars:?} vs {other_vars:?}"
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_language_in_the_switcher_has_a_locale_folder() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for language in silta::i18n::LANGUAGES {
        assert!(
            root.join(language.code).is_dir(),
            "{} has no folder",
            language.code
        );
    }
    silta::i18n::I18n::load().expect("all embedded locales load");
}
