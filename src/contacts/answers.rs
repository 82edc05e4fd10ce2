//! What contacts answers for the lower features: chat asks who a session's guests are, groups
//! asks what to add to a group's page and reminders.

use std::collections::HashMap;

use crate::auth::SignedIn;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::groups::service::Gate;
use crate::i18n::ArgValue;
use crate::state::AppState;

#[derive(Clone)]
pub struct Answers {
    pub state: AppState,
}

impl crate::chat::access::Guests for Answers {
    fn invited(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        user_id: &str,
    ) -> Result<bool, AppError> {
        Ok(super::guests::of_session(conn, session_id)?
            .iter()
            .any(|(_, partner, _)| partner == user_id))
    }

    fn of_session(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
    ) -> Result<Vec<String>, AppError> {
        Ok(super::guests::of_session(conn, session_id)?
            .into_iter()
            .map(|(_, partner, _)| partner)
            .collect())
    }

    fn entered(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        user_id: &str,
        at: chrono::NaiveDateTime,
    ) -> Result<(), AppError> {
        super::guests::entered(conn, session_id, user_id, at)
    }
}

impl crate::groups::service::PageNotes for Answers {
    fn session_notes(
        &self,
        conn: &mut AnyConnection,
        session_ids: &[String],
        lang: &str,
    ) -> Result<HashMap<String, String>, AppError> {
        let mut notes = HashMap::new();
        for session_id in session_ids {
            let guests = super::guests::of_session(conn, session_id)?;
            let Some((group_id, _, _)) = guests.first() else {
                continue;
            };
            let contacts = super::links::contacts_of(conn, group_id, lang)?;
            let lines: Vec<String> = guests
                .iter()
                .filter_map(|(_, partner, topic)| {
                    let contact = contacts.iter().find(|c| &c.partner_id == partner)?;
                    let i18n = &self.state.i18n;
                    let role =
                        i18n.translate(lang, &super::domain::role_message(&contact.role), None);
                    let args = [
                        ("name", ArgValue::Text(contact.name.clone())),
                        ("role", ArgValue::Text(role)),
                        ("topic", ArgValue::Text(topic.clone())),
                    ];
                    Some(i18n.translate_with(lang, "contacts-session-guest", &args))
                })
                .collect();
            if !lines.is_empty() {
                let skip = self
                    .state
                    .i18n
                    .translate(lang, "contacts-session-skip", None);
                notes.insert(session_id.clone(), format!("{} {skip}", lines.join(" ")));
            }
        }
        Ok(notes)
    }

    fn group_links(
        &self,
        conn: &mut AnyConnection,
        group_id: &str,
        reader: Option<&SignedIn>,
        lang: &str,
    ) -> Result<Vec<(String, String)>, AppError> {
        let Some(me) = reader else {
            return Ok(Vec::new());
        };
        let gate = Gate::of(&self.state);
        match super::access::standing(conn, &gate, me, group_id) {
            Ok(_) => {}
            Err(error) if error.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(error),
        }
        let label = self.state.i18n.translate(lang, "contacts-group-link", None);
        Ok(vec![(format!("/groups/{group_id}/contacts"), label)])
    }
}
