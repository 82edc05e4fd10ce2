//! One task per websocket: reads client frames, stores messages before acknowledging or
//! broadcasting them, and forwards the room's frames to the client.

use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use actix_web::web;
use actix_ws::{
    AggregatedMessage, AggregatedMessageStream, CloseCode, CloseReason, ProtocolError, Session,
};
use bytestring::ByteString;
use futures_util::StreamExt;
use tokio::sync::broadcast::{self, error::RecvError};

use super::ChatState;
use super::hub::{Control, RoomFrame};
use super::presence;
use super::protocol::ServerFrame;
use crate::auth::SignedIn;
use crate::db::AnyConnection;
use crate::i18n::Language;
use budget::SendBudget;

mod budget;
mod client_frames;
mod delivery;
mod moderation;

const HEARTBEAT: Duration = Duration::from_secs(15);
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

/// Changes of a room's presence within this long of the first are told in one frame: when a
/// room fills at the start of a session, everyone hears one list, not one per arrival.
const PRESENCE_COALESCING: Duration = Duration::from_millis(100);
const PRESENCE_RETRY: Duration = Duration::from_secs(1);

/// Tells everyone in the room, on every node, who is there, a moment from now: changes in
/// that moment go out together.
pub fn announce_presence(state: &ChatState, room: &str) {
    let Some(due) = state.hub.presence_due(room) else {
        // One is already due, and it will read the presence after this change.
        return;
    };
    let (state, room) = (state.clone(), room.to_owned());
    tokio::spawn(async move {
        tokio::time::sleep(PRESENCE_COALESCING).await;
        // Ended before reading, so a change made while the presence is read is told again.
        drop(due);
        let lookup = room.clone();
        let visitors = super::access::Visitors::of(&state);
        let people = state
            .db
            .run(move |conn| {
                // Taken before reading: of two overlapping reads, the later one wins.
                let at = chrono::Utc::now().timestamp_micros();
                let mut people = presence::in_room(conn, &lookup, crate::clock::now())?;
                visitors.label(conn, &lookup, &mut people)?;
                Ok((at, people))
            })
            .await;
        match people {
            Ok((at, people)) => {
                let frame = encode(&ServerFrame::Presence { people, at });
                state.hub.publish(&room, 0, frame).await;
            }
            Err(error) => {
                // The changes it stood for would otherwise go untold until the next one.
                tracing::warn!(%error, "reading the room's presence failed; trying again");
                tokio::time::sleep(PRESENCE_RETRY).await;
                announce_presence(&state, &room);
            }
        }
    });
}

pub(super) fn encode(frame: &ServerFrame) -> String {
    serde_json::to_string(frame).unwrap_or_else(|error| {
        tracing::error!(%error, "a chat frame could not be encoded");
        r#"{"type":"error","code":"internal","message":""}"#.to_owned()
    })
}

/// What a connection needs of the person signed in, copied out of the request's `SignedIn` so
/// that nothing more of it stays in memory for the socket's life.
pub struct Participant {
    pub user_id: String,
    pub session_id: String,
    pub display_name: String,
    pub language: &'static Language,
}

impl From<&SignedIn> for Participant {
    fn from(signed_in: &SignedIn) -> Self {
        Self {
            user_id: signed_in.user_id.clone(),
            session_id: signed_in.session_id.clone(),
            display_name: signed_in.display_name.clone(),
            language: signed_in.language,
        }
    }
}

pub struct Connection {
    /// This connection's row in the presence table.
    pub id: String,
    pub state: web::Data<ChatState>,
    pub user: Participant,
    pub room: String,
    /// Released when the connection ends.
    pub admission: super::hub::Admission,
    /// A facilitator of the group or staff: may remove messages.
    pub moderator: bool,
    /// A guest of this session (a visiting expert): never moderates, counts no attendance.
    pub guest: bool,
    /// A member is shown out when the room's time is over (checked with the heartbeat).
    pub open_until: Option<chrono::NaiveDateTime>,
    /// The members and facilitators the group may hold (sizes the room's buffer in this node).
    pub people: usize,
    /// When entering counts as attending: from the room's opening to the session's end.
    pub attends: (chrono::NaiveDateTime, chrono::NaiveDateTime),
}

/// What wakes a connection: a frame from the client, a frame for the room, a control
/// message, or the heartbeat.
enum Event {
    Client(Option<Result<AggregatedMessage, ProtocolError>>),
    Room(Result<RoomFrame, RecvError>),
    Control(Result<Control, RecvError>),
    Heartbeat,
}

/// What a connection keeps between events.
struct Live {
    session: Session,
    stream: AggregatedMessageStream,
    room: broadcast::Receiver<RoomFrame>,
    control: broadcast::Receiver<Control>,
    heartbeat: tokio::time::Interval,
    last_heard: Instant,
    budget: SendBudget,
    welcomed: bool,
    /// The newest sequence number this client has: nothing at or below it is sent again.
    delivered: i64,
}

impl Live {
    async fn next_event(&mut self) -> Event {
        tokio::select! {
            incoming = self.stream.next() => Event::Client(incoming),
            frame = self.room.recv(), if self.welcomed => Event::Room(frame),
            control = self.control.recv() => Event::Control(control),
            _ = self.heartbeat.tick() => Event::Heartbeat,
        }
    }

    /// Sends the frames in order; false when the client is gone.
    async fn send_all<F: Into<ByteString>>(&mut self, frames: impl IntoIterator<Item = F>) -> bool {
        for frame in frames {
            if self.session.text(frame).await.is_err() {
                return false;
            }
        }
        true
    }

    /// Whether a room frame numbered `seq` goes to the client as it is: the next message, or
    /// an event about earlier ones (number 0: a removal, presence), which has no order to keep.
    fn in_order(&self, seq: i64) -> bool {
        seq == 0 || seq == self.delivered + 1
    }

    /// Sends a room frame that is [`Self::in_order`]; false when the client is gone.
    async fn forward(&mut self, seq: i64, encoded: ByteString) -> bool {
        if seq > 0 {
            self.delivered = seq;
        }
        self.session.text(encoded).await.is_ok()
    }
}

/// Whether a connection goes on after an event; when it ends, the reason it is closed with
/// (`None`: the client left).
type Flow = ControlFlow<Option<CloseReason>>;

fn closing(code: CloseCode, description: &str) -> Flow {
    ControlFlow::Break(Some(CloseReason {
        code,
        description: Some(description.to_owned()),
    }))
}

impl Connection {
    /// The connection's task. `Live` is built before the future, not inside it: an async
    /// fn's arguments keep their place in its future after they are moved out.
    pub fn run(
        self,
        session: Session,
        stream: actix_ws::MessageStream,
    ) -> impl Future<Output = ()> + 'static {
        let mut live = Live {
            session,
            stream: stream
                .max_frame_size(super::protocol::MAX_FRAME_BYTES)
                .aggregate_continuations(),
            room: self.state.hub.subscribe(&self.room, self.people),
            control: self.state.hub.subscribe_control(),
            heartbeat: tokio::time::interval(HEARTBEAT),
            last_heard: Instant::now(),
            budget: SendBudget::new(),
            welcomed: false,
            delivered: 0,
        };
        // Only the wait for the next event lives in this task's future for the connection's
        // life; handling an event is boxed and freed once done, so an idle connection's task
        // is small (memory per connection, benches/RESULTS.md).
        async move {
            let reason = loop {
                let flow = match live.next_event().await {
                    // The common case, a room's next frame, is sent without boxing a future.
                    Event::Room(Ok((seq, encoded))) if live.in_order(seq) => {
                        if live.forward(seq, encoded).await {
                            ControlFlow::Continue(())
                        } else {
                            ControlFlow::Break(None)
                        }
                    }
                    event => Box::pin(self.on_event(&mut live, event)).await,
                };
                if let ControlFlow::Break(reason) = flow {
                    break reason;
                }
            };
            Box::pin(async {
                let _ = live.session.close(reason).await;
                if live.welcomed {
                    self.leave().await;
                }
            })
            .await;
        }
    }

    async fn on_event(&self, live: &mut Live, event: Event) -> Flow {
        match event {
            Event::Client(incoming) => {
                live.last_heard = Instant::now();
                match incoming {
                    Some(Ok(AggregatedMessage::Text(text))) => {
                        let reply = self
                            .handle(
                                &text,
                                &mut live.welcomed,
                                &mut live.delivered,
                                &mut live.budget,
                            )
                            .await;
                        if !live.send_all(reply).await {
                            return ControlFlow::Break(None);
                        }
                    }
                    Some(Ok(AggregatedMessage::Ping(bytes))) => {
                        if live.session.pong(&bytes).await.is_err() {
                            return ControlFlow::Break(None);
                        }
                    }
                    Some(Ok(AggregatedMessage::Close(_))) | None => {
                        return ControlFlow::Break(None);
                    }
                    Some(Ok(_)) => {}
                    Some(Err(error)) => return self.unreadable(&error),
                }
                ControlFlow::Continue(())
            }
            Event::Room(Ok(frame)) => self.deliver(live, frame).await,
            // Too slow to keep up: the client reconnects and catches up from storage.
            Event::Room(Err(RecvError::Lagged(_))) => closing(CloseCode::Again, "reload"),
            Event::Room(Err(RecvError::Closed)) => ControlFlow::Break(Some(CloseCode::Away.into())),
            Event::Control(Ok(Control::LeaveRoom { user, room }))
                if user == self.user.user_id && room == self.room =>
            {
                closing(CloseCode::Policy, "removed")
            }
            Event::Control(Ok(Control::Rejoin { node }))
                if live.welcomed && node == self.state.hub.node_id() =>
            {
                self.rejoin().await;
                ControlFlow::Continue(())
            }
            Event::Control(Ok(control)) if self.is_ended_by(&control) => {
                closing(CloseCode::Policy, "signed-out")
            }
            Event::Control(_) => ControlFlow::Continue(()),
            Event::Heartbeat => {
                if self.open_until.is_some_and(|end| crate::clock::now() > end) {
                    return closing(CloseCode::Policy, "over");
                }
                if live.last_heard.elapsed() > IDLE_TIMEOUT || live.session.ping(b"").await.is_err()
                {
                    return ControlFlow::Break(Some(CloseCode::Away.into()));
                }
                ControlFlow::Continue(())
            }
        }
    }

    /// Puts this connection's row in the room's presence at `now`, renewing the node's lease.
    fn entry(
        &self,
    ) -> impl FnOnce(&mut AnyConnection, chrono::NaiveDateTime) -> diesel::QueryResult<()> + Send + 'static
    {
        let (connection, room, user) = (
            self.id.clone(),
            self.room.clone(),
            self.user.user_id.clone(),
        );
        let (moderator, hub) = (self.moderator, self.state.hub.clone());
        let refresh_every = self.state.config.presence_refresh;
        move |conn, now| {
            let lease = presence::Lease::taken_at(now, refresh_every);
            if presence::enter(
                conn,
                &connection,
                &room,
                &user,
                moderator,
                hub.node_id(),
                lease,
            )? {
                hub.lease_taken_anew();
            }
            Ok(())
        }
    }

    /// Enters the room's presence again after this node lost its lease, and tells the others.
    async fn rejoin(&self) {
        let enter = self.entry();
        let entered = self
            .state
            .db
            .run(move |conn| match enter(conn, crate::clock::now()) {
                // Entered after the lease was taken anew: still present.
                Err(diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ))
                | Ok(()) => Ok(()),
                Err(error) => Err(error.into()),
            })
            .await;
        match entered {
            Ok(()) => announce_presence(&self.state, &self.room),
            Err(error) => tracing::warn!(%error, "entering the room's presence again failed"),
        }
    }

    /// Takes this connection out of the room's presence and tells the others.
    async fn leave(&self) {
        let id = self.id.clone();
        if let Err(error) = self
            .state
            .db
            .run(move |conn| Ok(super::presence::leave(conn, &id)?))
            .await
        {
            tracing::warn!(%error, "leaving the room's presence failed");
        }
        announce_presence(&self.state, &self.room);
    }

    /// A frame that could not be read closes the connection: 1009 when it was too large,
    /// 1002 when it broke the websocket protocol.
    fn unreadable(&self, error: &ProtocolError) -> Flow {
        tracing::info!(
            %error,
            room = %self.room,
            user = %self.user.user_id,
            "a client's websocket frame could not be read; closing the connection"
        );
        let code = match error {
            ProtocolError::Overflow => CloseCode::Size,
            _ => CloseCode::Protocol,
        };
        ControlFlow::Break(Some(code.into()))
    }

    fn is_ended_by(&self, control: &Control) -> bool {
        match control {
            Control::EndSession(id) => *id == self.user.session_id,
            Control::EndUser(id) => *id == self.user.user_id,
            Control::LeaveRoom { .. } | Control::Rejoin { .. } => false,
            Control::EndOtherSessions { user, keep } => {
                *user == self.user.user_id && *keep != self.user.session_id
            }
        }
    }
}
