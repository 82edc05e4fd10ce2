//! The personal data training keeps, declared for the privacy feature: applications to the
//! facilitator training, enrolments in cohorts with supervised practice, quiz attempts,
//! answers to tasks and their feedback, completed modules and certificates. Trainers appear by
//! pseudonym.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Value, json};

use super::schema::{
    training_applications as applications, training_attempts as attempts,
    training_certificates as certificates, training_cohorts as cohorts,
    training_completions as completions, training_courses as courses,
    training_enrolments as enrolments, training_module_texts as module_texts,
    training_modules as modules, training_tasks as tasks,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Retention, Subject, at, at_opt,
};
use crate::registry::Registry;

const fn kind(
    key: &'static str,
    title: &'static str,
    purpose: &'static str,
    tables: &'static [&'static str],
) -> Kind {
    Kind {
        key,
        title,
        purpose,
        basis: LawfulBasis::Contract,
        retention: Retention::WhileAccount,
        tables,
    }
}

pub fn register(reg: &mut Registry) {
    let kinds = vec![
        kind(
            "training.applications",
            "privacy-kind-training-applications",
            "privacy-purpose-of-training-applications",
            &["training_applications"],
        ),
        kind(
            "training.enrolments",
            "privacy-kind-training-enrolments",
            "privacy-purpose-of-training-enrolments",
            &["training_enrolments"],
        ),
        kind(
            "training.attempts",
            "privacy-kind-training-attempts",
            "privacy-purpose-of-training-attempts",
            &["training_attempts", "training_completions"],
        ),
        kind(
            "training.answers",
            "privacy-kind-training-answers",
            "privacy-purpose-of-training-answers",
            &["training_tasks"],
        ),
        Kind {
            basis: LawfulBasis::LegitimateInterests,
            ..kind(
                "training.certificates",
                "privacy-kind-training-certificates",
                "privacy-purpose-of-training-certificates",
                &["training_certificates", "training_reminders_sent"],
            )
        },
    ];
    reg.personal_data(PersonalData {
        feature: "training",
        kinds,
        export,
        erase: super::erase::erase,
        purge: None,
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let modules = ModuleNames::load(conn, &subject.user_id, &subject.language)?;
    Ok(json!({
        "applications": applications_of(conn, subject)?,
        "enrolments": enrolments_of(conn, subject, names)?,
        "attempts": attempts_of(conn, subject, &modules)?,
        "answers": answers_of(conn, subject, &modules)?,
        "certificates": certificates_of(conn, subject)?,
    }))
}

type ApplicationRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

fn applications_of(conn: &mut AnyConnection, subject: &Subject) -> Result<Vec<Value>, AppError> {
    let rows: Vec<ApplicationRow> = applications::table
        .filter(applications::user_id.eq(&subject.user_id))
        .order(applications::created_at)
        .select((
            applications::languages,
            applications::municipality,
            applications::motivation,
            applications::availability,
            applications::status,
            applications::reason,
            applications::created_at,
            applications::decided_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(
                languages,
                municipality,
                motivation,
                availability,
                status,
                reason,
                created,
                decided,
            )| {
                json!({
                    "languages": languages, "municipality": municipality, "motivation": motivation,
                    "availability": availability, "status": status, "reason": reason,
                    "applied_at": at(created), "decided_at": at_opt(decided),
                })
            },
        )
        .collect())
}

type EnrolmentRow = (
    String,
    String,
    i32,
    Option<String>,
    String,
    Option<String>,
    Option<NaiveDateTime>,
    NaiveDateTime,
);

fn enrolments_of(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<EnrolmentRow> = enrolments::table
        .inner_join(cohorts::table.on(cohorts::id.eq(enrolments::cohort_id)))
        .inner_join(courses::table.on(courses::id.eq(cohorts::course_id)))
        .filter(enrolments::user_id.eq(&subject.user_id))
        .order(enrolments::created_at)
        .select((
            cohorts::name,
            courses::title,
            enrolments::extended_days,
            enrolments::practice,
            enrolments::practice_comments,
            enrolments::signed_off_by,
            enrolments::signed_off_at,
            enrolments::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(cohort, course, extended, practice, comments, by, signed, created)| {
                json!({
                    "cohort": cohort, "course": course, "extended_days": extended,
                    "practice": practice, "practice_comments": comments,
                    "signed_off_by": by.map(|b| names.name(subject, &b)),
                    "signed_off_at": at_opt(signed), "enrolled_at": at(created),
                })
            },
        )
        .collect())
}

/// The titles of the modules the person worked on, in their language where there is one.
struct ModuleNames(HashMap<String, String>);

impl ModuleNames {
    fn load(conn: &mut AnyConnection, user_id: &str, lang: &str) -> Result<Self, AppError> {
        let mut ids: Vec<String> = attempts::table
            .filter(attempts::user_id.eq(user_id))
            .select(attempts::module_id)
            .load(conn)?;
        ids.extend(
            tasks::table
                .filter(tasks::user_id.eq(user_id))
                .select(tasks::module_id)
                .load::<String>(conn)?,
        );
        ids.extend(
            completions::table
                .filter(completions::user_id.eq(user_id))
                .select(completions::module_id)
                .load::<String>(conn)?,
        );
        ids.sort();
        ids.dedup();
        let texts: Vec<(String, String, String, i32)> = module_texts::table
            .inner_join(modules::table.on(modules::id.eq(module_texts::module_id)))
            .filter(module_texts::module_id.eq_any(&ids))
            .select((
                module_texts::module_id,
                module_texts::language,
                module_texts::title,
                modules::position,
            ))
            .load(conn)?;
        let mut names = HashMap::new();
        for wanted in [lang, "en", "fi"] {
            for (id, language, title, position) in &texts {
                if language == wanted && !names.contains_key(id) {
                    names.insert(id.clone(), format!("{}. {title}", position + 1));
                }
            }
        }
        Ok(Self(names))
    }

    fn of(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_default()
    }
}

fn attempts_of(
    conn: &mut AnyConnection,
    subject: &Subject,
    modules: &ModuleNames,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<(String, i32, i32, bool, bool, NaiveDateTime)> = attempts::table
        .filter(attempts::user_id.eq(&subject.user_id))
        .order(attempts::created_at)
        .select((
            attempts::module_id,
            attempts::attempt_no,
            attempts::score,
            attempts::passed,
            attempts::cleared,
            attempts::created_at,
        ))
        .load(conn)?;
    let done: Vec<(String, NaiveDateTime)> = completions::table
        .filter(completions::user_id.eq(&subject.user_id))
        .select((completions::module_id, completions::completed_at))
        .load(conn)?;
    let done: HashMap<String, NaiveDateTime> = done.into_iter().collect();
    Ok(rows
        .into_iter()
        .map(|(module, number, score, passed, cleared, created)| {
            json!({
                "module": modules.of(&module), "attempt": number, "score": score,
                "passed": passed, "cleared": cleared, "at": at(created),
                "module_completed_at": at_opt(done.get(&module).copied()),
            })
        })
        .collect())
}

fn answers_of(
    conn: &mut AnyConnection,
    subject: &Subject,
    modules: &ModuleNames,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<(String, String, String, String, NaiveDateTime)> = tasks::table
        .filter(tasks::user_id.eq(&subject.user_id))
        .order(tasks::updated_at)
        .select((
            tasks::module_id,
            tasks::answer,
            tasks::status,
            tasks::feedback,
            tasks::updated_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(module, answer, status, feedback, updated)| {
            json!({
                "module": modules.of(&module), "answer": answer, "status": status,
                "feedback": feedback, "changed_at": at(updated),
            })
        })
        .collect())
}

type CertificateRow = (
    String,
    String,
    Option<String>,
    NaiveDateTime,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

fn certificates_of(conn: &mut AnyConnection, subject: &Subject) -> Result<Vec<Value>, AppError> {
    let rows: Vec<CertificateRow> = certificates::table
        .left_join(courses::table.on(courses::id.nullable().eq(certificates::course_id)))
        .filter(certificates::user_id.eq(&subject.user_id))
        .order(certificates::issued_at)
        .select((
            certificates::kind,
            certificates::code,
            courses::title.nullable(),
            certificates::issued_at,
            certificates::expires_at,
            certificates::revoked_at,
            certificates::lapsed_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, code, course, issued, expires, revoked, lapsed)| {
            json!({
                "kind": kind, "verification_code": code, "course": course,
                "issued_at": at(issued), "expires_at": at(expires),
                "revoked_at": at_opt(revoked), "lapsed_at": at_opt(lapsed),
            })
        })
        .collect())
}
