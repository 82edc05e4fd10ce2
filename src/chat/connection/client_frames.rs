//! What the client asks of its connection: saying hello, sending, reporting and moderating,
//! each answered (when at all) with one frame to the client.

use super::{Connection, SendBudget, announce_presence, encode, moderation};
use crate::chat::access::Visitors;
use crate::chat::hub::Control;
use crate::chat::protocol::{ClientFrame, MAX_CATCH_UP, MAX_TEXT_CHARS, ServerFrame, VERSION};
use crate::chat::rules::{self, Refusal};
use crate::chat::{model, presence};
use crate::error::AppError;

/// The longest reason kept with a report or a moderation action.
const MAX_REASON_CHARS: usize = 500;

/// A reason as it is kept: trimmed, cut to `MAX_REASON_CHARS`, none when empty.
pub(super) fn kept_reason(reason: Option<String>) -> Option<String> {
    reason
        .map(|r| r.trim().chars().take(MAX_REASON_CHARS).collect::<String>())
        .filter(|r| !r.is_empty())
}

impl Connection {
    /// `id` in the person's language.
    fn t(&self, id: &str) -> String {
        self.state.i18n.translate(self.user.language.code, id, None)
    }

    /// Files a report; only the reporter hears back.
    async fn report(&self, seq: i64, reason: Option<String>) -> Option<String> {
        let reason = kept_reason(reason);
        let (room, reporter) = (self.room.clone(), self.user.user_id.clone());
        let filed = self
            .state
            .db
            .run(move |conn| {
                crate::chat::reports::file(
                    conn,
                    &room,
                    seq,
                    &reporter,
                    reason.as_deref(),
                    crate::clock::now(),
                )
            })
            .await;
        match filed {
            Ok(true) => Some(encode(&ServerFrame::Reported { seq })),
            Ok(false) => Self::error("not_found", self.t("chat-error-no-message")),
            Err(error) => self.unavailable("report", &error, None),
        }
    }

    /// Removes a message for everyone and records it in the moderation log.
    async fn remove(&self, seq: i64, reason: Option<String>) -> Option<String> {
        let reason = kept_reason(reason);
        let (room, actor) = (self.room.clone(), self.user.user_id.clone());
        let removed = self
            .state
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = crate::clock::now();
                    let removed = model::remove(conn, &room, seq, &actor, now)?;
                    if removed {
                        model::log_action(
                            conn,
                            &room,
                            &actor,
                            "remove_message",
                            Some(seq),
                            reason.as_deref(),
                            now,
                        )?;
                    }
                    Ok::<_, crate::error::AppError>(removed)
                })
            })
            .await;
        match removed {
            Ok(true) => {
                // Sequence 0: not a new message, delivered to everyone as it comes.
                self.state
                    .hub
                    .publish(&self.room, 0, encode(&ServerFrame::Removed { seq }))
                    .await;
                None
            }
            Ok(false) => Self::error("not_found", self.t("chat-error-no-message")),
            Err(error) => self.unavailable("remove", &error, None),
        }
    }

    /// The answer when the database failed: the cause goes to the log, and the person is told
    /// to try again; for a `send`, with its client id, so the client knows which to send again.
    fn unavailable(
        &self,
        action: &'static str,
        error: &AppError,
        client_id: Option<String>,
    ) -> Option<String> {
        tracing::warn!(
            %error,
            room = %self.room,
            user = %self.user.user_id,
            action,
            "a chat request failed; the client was told to try again"
        );
        Some(encode(&ServerFrame::Error {
            code: "unavailable".to_owned(),
            message: self.t("error-unavailable-detail"),
            client_id,
        }))
    }

    fn error(code: &str, message: String) -> Option<String> {
        Some(encode(&ServerFrame::Error {
            code: code.to_owned(),
            message,
            client_id: None,
        }))
    }

    /// A send that was not stored, with the reason in the person's language.
    fn refuse(client_id: String, code: &str, message: String) -> Option<String> {
        Some(encode(&ServerFrame::Error {
            code: code.to_owned(),
            message,
            client_id: Some(client_id),
        }))
    }

    /// Handles one client frame; returns the direct reply, if any.
    pub(super) async fn handle(
        &self,
        text: &str,
        welcomed: &mut bool,
        delivered: &mut i64,
        budget: &mut SendBudget,
    ) -> Option<String> {
        let frame = match serde_json::from_str::<ClientFrame>(text) {
            Ok(frame) => frame,
            Err(_) => return Self::error("bad_frame", self.t("chat-error-bad-frame")),
        };
        match frame {
            ClientFrame::Ping => Some(encode(&ServerFrame::Pong)),
            ClientFrame::Hello { v, .. } if v != VERSION => {
                Self::error("version", self.t("chat-error-version"))
            }
            ClientFrame::Hello { last_seq, .. } => self.hello(last_seq, welcomed, delivered).await,
            ClientFrame::Send { .. } if !*welcomed => {
                Self::error("hello_first", self.t("chat-error-bad-frame"))
            }
            ClientFrame::Send { client_id, text } => self.send(client_id, text, budget).await,
            ClientFrame::Remove { .. } if !self.moderator => {
                Self::error("forbidden", self.t("chat-error-not-moderator"))
            }
            ClientFrame::Remove { seq, reason } => self.remove(seq, reason).await,
            ClientFrame::Report { seq, reason } => self.report(seq, reason).await,
            ClientFrame::Mute { .. }
            | ClientFrame::RemoveMember { .. }
            | ClientFrame::Lock { .. }
            | ClientFrame::SlowMode { .. }
            | ClientFrame::StartSession
            | ClientFrame::EndSession
                if !self.moderator =>
            {
                Self::error("forbidden", self.t("chat-error-not-moderator"))
            }
            moderation => self.moderate(moderation).await,
        }
    }

    /// Enters the room (at the first hello) and answers with what the client missed since
    /// `last_seq`: a welcome with those messages, or `reload` when they are too many.
    async fn hello(
        &self,
        last_seq: i64,
        welcomed: &mut bool,
        delivered: &mut i64,
    ) -> Option<String> {
        let room = self.room.clone();
        let entering = !*welcomed;
        let enter = self.entry();
        let (user, (from, until)) = (self.user.user_id.clone(), self.attends);
        let (guest, visitors) = (self.guest, Visitors::of(&self.state));
        let missed = self
            .state
            .db
            .run(move |conn| {
                let now = crate::clock::now();
                if entering {
                    enter(conn, now)?;
                    if guest {
                        visitors.entered(conn, &room, &user, now)?;
                    } else if (from..=until).contains(&now) {
                        crate::groups::service::note_presence(conn, &room, &user, now)?;
                    }
                }
                let newest = model::last_seq(conn, &room)?;
                if newest - last_seq > MAX_CATCH_UP {
                    return Ok(Err(newest));
                }
                Ok(Ok((
                    model::since(conn, &room, last_seq, MAX_CATCH_UP)?,
                    rules::settings(conn, &room)?,
                    {
                        let mut people = presence::in_room(conn, &room, now)?;
                        visitors.label(conn, &room, &mut people)?;
                        people
                    },
                )))
            })
            .await;
        let missed = match missed {
            Ok(missed) => missed,
            Err(error) => return self.unavailable("hello", &error, None),
        };
        if entering {
            *welcomed = true;
            announce_presence(&self.state, &self.room);
        }
        Some(encode(&match missed {
            Ok((messages, rules, people)) => {
                *delivered = messages.last().map_or(last_seq, |m| m.seq);
                ServerFrame::Welcome {
                    v: VERSION,
                    room: self.room.clone(),
                    messages,
                    rules,
                    people,
                }
            }
            Err(newest) => {
                *delivered = newest;
                ServerFrame::Reload { last_seq: newest }
            }
        }))
    }

    /// Mutes, removes a member, locks or slows the room; logs it and tells everyone.
    async fn moderate(&self, frame: ClientFrame) -> Option<String> {
        let (room, actor) = (self.room.clone(), self.user.user_id.clone());
        let outcome = self
            .state
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    moderation::apply(conn, &room, &actor, frame, crate::clock::now())
                })
            })
            .await;
        match outcome {
            Ok(Some(event)) => {
                if let ServerFrame::MemberRemoved { user_id } = &event {
                    self.state
                        .hub
                        .end(Control::LeaveRoom {
                            user: user_id.clone(),
                            room: self.room.clone(),
                        })
                        .await;
                }
                self.state.hub.publish(&self.room, 0, encode(&event)).await;
                None
            }
            Ok(None) => Self::error("bad_frame", self.t("chat-error-bad-frame")),
            Err(error) => self.unavailable("moderate", &error, None),
        }
    }

    async fn send(
        &self,
        client_id: String,
        text: String,
        budget: &mut SendBudget,
    ) -> Option<String> {
        let text = text.trim().to_owned();
        if client_id.is_empty() || client_id.len() > 64 {
            return Self::error("bad_frame", self.t("chat-error-bad-frame"));
        }
        if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
            return Self::refuse(client_id, "too_long", self.t("chat-error-too-long"));
        }
        if !budget.take() {
            return Self::refuse(client_id, "slow_down", self.t("chat-error-slow-down"));
        }
        let stored = self
            .state
            .writer
            .store(model::Draft {
                room: self.room.clone(),
                author_id: self.user.user_id.clone(),
                author_name: self.user.display_name.clone(),
                client_id: client_id.clone(),
                text,
                moderator: self.moderator,
            })
            .await;
        match stored {
            Ok(Err(refusal)) => {
                let (code, message) = match refusal {
                    Refusal::NotStarted => ("not_started", "chat-error-not-started"),
                    Refusal::Ended => ("ended", "chat-error-ended"),
                    Refusal::Unattended => ("unattended", "chat-error-unattended"),
                    Refusal::Locked => ("locked", "chat-error-locked"),
                    Refusal::Muted => ("muted", "chat-error-muted"),
                    Refusal::SlowMode => ("slow_mode", "chat-error-slow-mode"),
                    Refusal::TooFast => ("slow_down", "chat-error-slow-down"),
                };
                Self::refuse(client_id, code, self.t(message))
            }
            Ok(Ok(seq)) => Some(encode(&ServerFrame::Ack { client_id, seq })),
            Err(error) => self.unavailable("send", &error, Some(client_id)),
        }
    }
}
