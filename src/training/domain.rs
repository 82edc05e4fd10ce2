//! Training's vocabulary: completion rules, quizzes and their scoring, safe Markdown.

use std::collections::{BTreeMap, BTreeSet};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldError};

pub const RULES: &[&str] = &["read", "quiz", "task", "live"];
/// A cohort's deadline from its start unless said otherwise.
pub const DEFAULT_DEADLINE_DAYS: i64 = 90;
/// How long a certificate is valid unless the course says otherwise (two years).
pub const DEFAULT_EXPIRY_DAYS: i32 = 730;
pub const MAX_TEXT: usize = 4000;
pub const MAX_BODY: usize = 20_000;

/// A quiz as stored with its module (JSON): the correct answers stay on the server.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quiz {
    /// Percentage of questions answered right that passes.
    pub pass_mark: i32,
    pub attempts: i32,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    /// By language.
    pub text: BTreeMap<String, String>,
    pub multiple: bool,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Answer {
    pub id: String,
    pub text: BTreeMap<String, String>,
    pub correct: bool,
    pub feedback: BTreeMap<String, String>,
}

/// What a candidate learns from one attempt.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Scored {
    /// Percentage of questions answered right.
    pub score: i32,
    pub passed: bool,
    /// Feedback on each chosen answer, by question id.
    pub feedback: BTreeMap<String, Vec<String>>,
}

impl Quiz {
    /// Checks a quiz a trainer wrote: every question has answers, one right at least.
    pub fn validate(&self) -> Result<(), AppError> {
        let bad = |id| Err(AppError::invalid(vec![FieldError::new("quiz", id, vec![])]));
        if !(1..=100).contains(&self.pass_mark) || !(1..=10).contains(&self.attempts) {
            return bad("training-quiz-invalid");
        }
        if self.questions.is_empty() {
            return bad("training-quiz-invalid");
        }
        for q in &self.questions {
            let right = q.answers.iter().filter(|a| a.correct).count();
            if q.answers.len() < 2 || right == 0 || (!q.multiple && right != 1) {
                return bad("training-quiz-invalid");
            }
        }
        Ok(())
    }

    /// Scores chosen answers (question id → answer ids); an unknown id is refused.
    pub fn score(
        &self,
        chosen: &BTreeMap<String, Vec<String>>,
        lang: &str,
    ) -> Result<Scored, AppError> {
        let unknown = || {
            AppError::invalid(vec![FieldError::new(
                "answers",
                "training-quiz-unknown-answer",
                vec![],
            )])
        };
        for (qid, ids) in chosen {
            let q = self
                .questions
                .iter()
                .find(|q| &q.id == qid)
                .ok_or_else(unknown)?;
            if ids.iter().any(|id| !q.answers.iter().any(|a| &a.id == id)) {
                return Err(unknown());
            }
        }
        let mut right = 0;
        let mut feedback = BTreeMap::new();
        for q in &self.questions {
            let picked: BTreeSet<&String> = chosen.get(&q.id).into_iter().flatten().collect();
            let correct: BTreeSet<&String> = q
                .answers
                .iter()
                .filter(|a| a.correct)
                .map(|a| &a.id)
                .collect();
            if picked == correct {
                right += 1;
            }
            let notes: Vec<String> = q
                .answers
                .iter()
                .filter(|a| picked.contains(&a.id))
                .filter_map(|a| in_language(&a.feedback, lang))
                .collect();
            feedback.insert(q.id.clone(), notes);
        }
        let total = i32::try_from(self.questions.len())
            .unwrap_or(i32::MAX)
            .max(1);
        let score = right * 100 / total;
        Ok(Scored {
            score,
            passed: score >= self.pass_mark,
            feedback,
        })
    }
}

/// The text in `lang`, else Finnish, else English, else any.
pub fn in_language(texts: &BTreeMap<String, String>, lang: &str) -> Option<String> {
    [lang, "fi", "en"]
        .iter()
        .find_map(|l| texts.get(*l))
        .or_else(|| texts.values().next())
        .cloned()
}

/// Markdown to HTML with no raw HTML (shown as text), no images, and links only to http and
/// https (other links become their text).
pub fn render_markdown(source: &str) -> String {
    let mut links: Vec<bool> = Vec::new();
    let mut events = Vec::new();
    for event in Parser::new_ext(source, Options::ENABLE_TABLES) {
        match event {
            Event::Html(text) | Event::InlineHtml(text) => events.push(Event::Text(text)),
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let keep = is_web_link(dest_url);
                links.push(keep);
                if keep {
                    events.push(event);
                }
            }
            Event::End(TagEnd::Link) => {
                if links.pop().unwrap_or(false) {
                    events.push(event);
                }
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

fn is_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// A required text of at most `max` characters, trimmed.
pub fn text(field: &'static str, value: &str, max: usize) -> Result<String, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldError::new(field, "training-field-required", vec![]));
    }
    if value.chars().count() > max {
        return Err(FieldError::new(
            field,
            "training-field-too-long",
            vec![("max", crate::i18n::ArgValue::Number(max as f64))],
        ));
    }
    Ok(value.to_owned())
}
