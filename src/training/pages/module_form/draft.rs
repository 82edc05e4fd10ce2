//! The module form as typed: the chosen languages, a title, Markdown text and task prompt per
//! language, and quiz questions with their answers. Read from the form's pairs, shown again
//! as typed when something is wrong, and turned into the service's `ModuleInput`.
//!
//! Field names: `languages` (repeated), `rule`, `refresher`, `title.fi`, `body.fi`,
//! `task_prompt.fi`, `pass_mark`, `attempts`, `questions` (how many question slots),
//! `q1.multiple`, `q1.text.fi`, `q1.a1.correct`, `q1.a1.text.fi`, `q1.a1.feedback.fi`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::LANGUAGES;
use crate::training::courses::{ModuleInput, TextInput};
use crate::training::domain::{Answer, Question, Quiz};

/// Answer slots under each question (empty ones are left out).
pub const ANSWER_SLOTS: usize = 4;
pub const MAX_QUESTIONS: usize = 10;

type ByLanguage = BTreeMap<String, String>;

#[derive(Debug, Default, Serialize)]
pub struct TextDraft {
    pub title: String,
    pub body: String,
    pub task_prompt: String,
}

#[derive(Debug, Default, Serialize)]
pub struct AnswerDraft {
    pub correct: bool,
    pub text: ByLanguage,
    pub feedback: ByLanguage,
}

#[derive(Debug, Default, Serialize)]
pub struct QuestionDraft {
    pub multiple: bool,
    pub text: ByLanguage,
    pub answers: Vec<AnswerDraft>,
}

#[derive(Debug, Default, Serialize)]
pub struct Draft {
    /// In the order Silta lists its languages.
    pub languages: Vec<String>,
    pub rule: String,
    pub refresher: bool,
    pub texts: BTreeMap<String, TextDraft>,
    pub pass_mark: String,
    pub attempts: String,
    pub questions: Vec<QuestionDraft>,
}

fn filled(texts: &ByLanguage) -> ByLanguage {
    texts
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k.clone(), v.trim().to_owned()))
        .collect()
}

fn slots<T: Default>(n: usize) -> Vec<T> {
    std::iter::repeat_with(T::default).take(n).collect()
}

impl Draft {
    /// An empty form in `languages` with one question slot.
    pub fn empty(languages: &[&str]) -> Self {
        Self::from_pairs(
            languages
                .iter()
                .map(|l| ("languages".to_owned(), (*l).to_owned()))
                .collect(),
        )
    }

    /// The form's pairs; unknown languages and fields are ignored.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let chosen: Vec<&str> = pairs
            .iter()
            .filter(|(k, _)| k == "languages")
            .map(|(_, v)| v.as_str())
            .collect();
        let count = pairs
            .iter()
            .find(|(k, _)| k == "questions")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(1usize)
            .clamp(1, MAX_QUESTIONS);
        let mut draft = Draft {
            languages: LANGUAGES
                .iter()
                .filter(|l| chosen.contains(&l.code))
                .map(|l| l.code.to_owned())
                .collect(),
            rule: "read".to_owned(),
            pass_mark: "80".to_owned(),
            attempts: "3".to_owned(),
            questions: (0..count)
                .map(|_| QuestionDraft {
                    answers: slots(ANSWER_SLOTS),
                    ..QuestionDraft::default()
                })
                .collect(),
            ..Draft::default()
        };
        for (key, value) in pairs {
            draft.set(&key, value);
        }
        draft
    }

    fn set(&mut self, key: &str, value: String) {
        let parts: Vec<&str> = key.split('.').collect();
        match parts.as_slice() {
            ["rule"] => self.rule = value,
            ["refresher"] => self.refresher = true,
            ["pass_mark"] => self.pass_mark = value,
            ["attempts"] => self.attempts = value,
            [field, lang] if self.languages.iter().any(|l| l == lang) => {
                let text = self.texts.entry((*lang).to_owned()).or_default();
                match *field {
                    "title" => text.title = value,
                    "body" => text.body = value,
                    "task_prompt" => text.task_prompt = value,
                    _ => {}
                }
            }
            [q, rest @ ..] => self.set_question(q, rest, value),
            _ => {}
        }
    }

    fn set_question(&mut self, q: &str, rest: &[&str], value: String) {
        let index = |s: &str, prefix: char| {
            s.strip_prefix(prefix)
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| n.checked_sub(1))
        };
        let known = |lang: &str| LANGUAGES.iter().any(|l| l.code == lang);
        let Some(question) = index(q, 'q').and_then(|i| self.questions.get_mut(i)) else {
            return;
        };
        match rest {
            ["multiple"] => question.multiple = true,
            ["text", lang] if known(lang) => {
                question.text.insert((*lang).to_owned(), value);
            }
            [a, field @ ..] => {
                let Some(answer) = index(a, 'a').and_then(|i| question.answers.get_mut(i)) else {
                    return;
                };
                match field {
                    ["correct"] => answer.correct = true,
                    ["text", lang] if known(lang) => {
                        answer.text.insert((*lang).to_owned(), value);
                    }
                    ["feedback", lang] if known(lang) => {
                        answer.feedback.insert((*lang).to_owned(), value);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// One more question slot (up to the most a form offers).
    pub fn add_question(&mut self) {
        if self.questions.len() < MAX_QUESTIONS {
            self.questions.push(QuestionDraft {
                answers: slots(ANSWER_SLOTS),
                ..QuestionDraft::default()
            });
        }
    }

    fn quiz(&self) -> Option<Quiz> {
        let questions: Vec<Question> = self
            .questions
            .iter()
            .filter(|q| !filled(&q.text).is_empty())
            .enumerate()
            .map(|(i, q)| Question {
                id: format!("q{}", i + 1),
                text: filled(&q.text),
                multiple: q.multiple,
                answers: q
                    .answers
                    .iter()
                    .filter(|a| !filled(&a.text).is_empty())
                    .enumerate()
                    .map(|(j, a)| Answer {
                        id: format!("q{}a{}", i + 1, j + 1),
                        text: filled(&a.text),
                        correct: a.correct,
                        feedback: filled(&a.feedback),
                    })
                    .collect(),
            })
            .collect();
        (!questions.is_empty()).then(|| Quiz {
            pass_mark: self.pass_mark.trim().parse().unwrap_or(0),
            attempts: self.attempts.trim().parse().unwrap_or(0),
            questions,
        })
    }

    /// What the service is given: a text per chosen language, and the quiz if a question was
    /// written.
    pub fn input(&self) -> ModuleInput {
        ModuleInput {
            rule: self.rule.clone(),
            refresher: self.refresher,
            texts: self
                .languages
                .iter()
                .map(|lang| {
                    let text = self.texts.get(lang);
                    let get = |f: fn(&TextDraft) -> &String| text.map(f).cloned();
                    TextInput {
                        language: lang.clone(),
                        title: get(|t| &t.title).unwrap_or_default(),
                        body: get(|t| &t.body).unwrap_or_default(),
                        task_prompt: get(|t| &t.task_prompt).unwrap_or_default(),
                    }
                })
                .collect(),
            quiz: self.quiz(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_typed_quiz_becomes_the_services_quiz_without_empty_slots() {
        let draft = Draft::from_pairs(pairs(&[
            ("languages", "en"),
            ("languages", "fi"),
            ("languages", "xx"),
            ("rule", "quiz"),
            ("title.en", "Values"),
            ("title.xx", "ignored"),
            ("questions", "2"),
            ("q1.text.en", "Which?"),
            ("q1.a1.text.en", "This"),
            ("q1.a1.correct", "1"),
            ("q1.a1.feedback.en", "Right"),
            ("q1.a3.text.en", "That"),
            ("q9.text.en", "no such slot"),
        ]));
        assert_eq!(draft.languages, ["fi", "en"]);
        let input = draft.input();
        assert_eq!(input.texts.len(), 2);
        let questions = input.quiz.map(|q| q.questions).unwrap_or_default();
        assert_eq!(questions.len(), 1);
        let answers = &questions[0].answers;
        assert_eq!(answers.len(), 2);
        assert_eq!(
            (
                answers[1].id.as_str(),
                answers[0].correct,
                answers[1].correct
            ),
            ("q1a2", true, false)
        );
        assert!(answers[1].feedback.is_empty());
    }
}
