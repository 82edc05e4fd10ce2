//! Rooms: every connection subscribes to its room's broadcast channel in this process. With
//! Redis configured, frames go through Redis pub/sub so every node's rooms receive them.
//! Channels are bounded: a slow reader falls behind and is dropped; it never slows the room.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytestring::ByteString;
use futures_util::StreamExt;
use tokio::sync::{OnceCell, broadcast};

use super::protocol::SEND_BURST;

/// The most frames a connection may fall behind before it must catch up from storage.
const ROOM_BUFFER_MAX: usize = 256;

/// The fewest: room for events that are not messages (presence, removals, rules) and for people
/// writing from several devices, on top of a small room's bursts.
const ROOM_BUFFER_MIN: usize = 64;

/// A room's buffer holds a full burst from everyone who may write in it and one more person
/// (staff who look in), so a reader falls behind only when it is really slow. Sized by the
/// room rather than the largest room: the buffer is most of the memory a room's connections
/// share (memory per connection, benches/RESULTS.md).
fn room_buffer(people: usize) -> usize {
    ((people + 1) * usize::from(SEND_BURST)).clamp(ROOM_BUFFER_MIN, ROOM_BUFFER_MAX)
}
const CONTROL_BUFFER: usize = 1024;
const ROOM_PREFIX: &str = "silta:room:";
const CONTROL_CHANNEL: &str = "silta:control";

/// A room's frame with its message's number, encoded once; recipients share its bytes.
pub type RoomFrame = (i64, ByteString);

/// What live connections are told: to end (those of one session, of a person, of a person
/// in one room; on every node), or those of one node to enter their rooms' presence again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    EndSession(String),
    EndUser(String),
    /// All of a person's connections but those of the session that asked (password change).
    EndOtherSessions {
        user: String,
        keep: String,
    },
    /// A person's connections to one room (removed by a facilitator).
    LeaveRoom {
        user: String,
        room: String,
    },
    /// Not an end: the connections of this node enter their rooms' presence again, because
    /// another node took it for stopped and removed them.
    Rejoin {
        node: String,
    },
}

impl Control {
    fn encode(&self) -> String {
        match self {
            Control::EndSession(id) => format!("session:{id}"),
            Control::EndUser(id) => format!("user:{id}"),
            Control::EndOtherSessions { user, keep } => format!("others:{user}:{keep}"),
            Control::LeaveRoom { user, room } => format!("room:{user}:{room}"),
            Control::Rejoin { node } => format!("rejoin:{node}"),
        }
    }

    fn decode(text: &str) -> Option<Self> {
        match text.split_once(':')? {
            ("session", id) => Some(Control::EndSession(id.to_owned())),
            ("user", id) => Some(Control::EndUser(id.to_owned())),
            ("others", ids) => ids
                .split_once(':')
                .map(|(user, keep)| Control::EndOtherSessions {
                    user: user.to_owned(),
                    keep: keep.to_owned(),
                }),
            ("room", ids) => ids.split_once(':').map(|(user, room)| Control::LeaveRoom {
                user: user.to_owned(),
                room: room.to_owned(),
            }),
            ("rejoin", node) => Some(Control::Rejoin {
                node: node.to_owned(),
            }),
            _ => None,
        }
    }
}

/// A room whose presence is due to be announced; dropping it ends that.
pub struct PresenceDue {
    hub: Arc<Hub>,
    room: String,
}

impl Drop for PresenceDue {
    fn drop(&mut self) {
        self.hub
            .presence_due
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .remove(&self.room);
    }
}

/// Open connections allowed on one node per person and per client address.
pub const MAX_CONNECTIONS_PER_USER: usize = 10;

pub struct Hub {
    /// This node's name in the presence table.
    node_id: String,
    rooms: Mutex<HashMap<String, broadcast::Sender<RoomFrame>>>,
    connections: Arc<Mutex<HashMap<String, usize>>>,
    per_address: usize,
    control: broadcast::Sender<Control>,
    redis: Option<redis::Client>,
    publisher: OnceCell<redis::aio::MultiplexedConnection>,
    /// With Redis: whether this node currently receives the other nodes' frames.
    relaying: std::sync::atomic::AtomicBool,
    /// Whether this node has taken its presence lease before.
    leased: std::sync::atomic::AtomicBool,
    /// Rooms whose presence this node will announce in a moment.
    presence_due: Mutex<HashSet<String>>,
}

impl Hub {
    /// In-process fan-out, or through Redis when a URL is given.
    pub fn new(redis_url: Option<&str>, per_address: usize) -> Result<Self, redis::RedisError> {
        Ok(Self {
            node_id: uuid::Uuid::new_v4().to_string(),
            per_address,
            rooms: Mutex::new(HashMap::new()),
            connections: Arc::new(Mutex::new(HashMap::new())),
            control: broadcast::channel(CONTROL_BUFFER).0,
            redis: redis_url.map(redis::Client::open).transpose()?,
            publisher: OnceCell::new(),
            relaying: std::sync::atomic::AtomicBool::new(false),
            leased: std::sync::atomic::AtomicBool::new(false),
            presence_due: Mutex::new(HashSet::new()),
        })
    }

    /// This node had no presence lease and took one. The first time, it is starting. After
    /// that, it stalled so long that another node took it for stopped and removed its
    /// connections from the rooms: they enter again.
    pub fn lease_taken_anew(&self) {
        if self.leased.swap(true, std::sync::atomic::Ordering::AcqRel) {
            tracing::warn!("this node's presence lease had run out; its connections enter again");
            let _ = self.control.send(Control::Rejoin {
                node: self.node_id.clone(),
            });
        }
    }

    /// Marks the room's presence as due to be announced; `None` when it already was. The
    /// mark goes when the returned guard is dropped, also when its task is stopped early.
    pub fn presence_due(self: &Arc<Self>, room: &str) -> Option<PresenceDue> {
        let newly = self
            .presence_due
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(room.to_owned());
        newly.then(|| PresenceDue {
            hub: self.clone(),
            room: room.to_owned(),
        })
    }

    pub fn node_id(&self) -> &str {
        &self.node_id
    }

    /// Counts a new connection of `user` from `address`; `None` when either has too many.
    pub fn admit(&self, user: &str, address: &str) -> Option<Admission> {
        let keys = [format!("user:{user}"), format!("address:{address}")];
        let mut counts = self
            .connections
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let full = counts.get(&keys[0]).copied().unwrap_or(0) >= MAX_CONNECTIONS_PER_USER
            || counts.get(&keys[1]).copied().unwrap_or(0) >= self.per_address;
        if full {
            return None;
        }
        for key in &keys {
            *counts.entry(key.clone()).or_default() += 1;
        }
        Some(Admission {
            keys,
            counts: self.connections.clone(),
        })
    }

    /// Ready to fan out: always without Redis; with Redis once subscribed.
    pub fn is_ready(&self) -> bool {
        self.redis.is_none() || self.relaying.load(std::sync::atomic::Ordering::Acquire)
    }

    /// The room's frames in this node; the first to enter creates its buffer for `people`.
    pub fn subscribe(&self, room: &str, people: usize) -> broadcast::Receiver<RoomFrame> {
        let mut rooms = self
            .rooms
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        rooms
            .entry(room.to_owned())
            .or_insert_with(|| broadcast::channel(room_buffer(people)).0)
            .subscribe()
    }

    pub fn subscribe_control(&self) -> broadcast::Receiver<Control> {
        self.control.subscribe()
    }

    fn deliver(&self, room: &str, frame: RoomFrame) {
        let mut rooms = self
            .rooms
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(sender) = rooms.get(room)
            && sender.send(frame).is_err()
        {
            // Nobody listens any more: forget the room.
            rooms.remove(room);
        }
    }

    /// Publishes `(channel, payload)` pairs in order, in one round trip; false without Redis or
    /// when Redis cannot be reached.
    async fn redis_publish(&self, messages: &[(String, String)]) -> bool {
        let Some(client) = &self.redis else {
            return false;
        };
        let publisher = self
            .publisher
            .get_or_try_init(|| client.get_multiplexed_async_connection())
            .await;
        match publisher {
            Ok(connection) => {
                let mut connection = connection.clone();
                let mut pipeline = redis::pipe();
                for (channel, payload) in messages {
                    pipeline.cmd("PUBLISH").arg(channel).arg(payload).ignore();
                }
                let sent: redis::RedisResult<()> = pipeline.query_async(&mut connection).await;
                if let Err(error) = &sent {
                    tracing::warn!(%error, "publishing to Redis failed; delivering on this node only");
                }
                sent.is_ok()
            }
            Err(error) => {
                tracing::warn!(%error, "Redis unreachable; delivering on this node only");
                false
            }
        }
    }

    /// Sends a frame to everyone in the room, on every node.
    pub async fn publish(&self, room: &str, seq: i64, encoded: String) {
        self.publish_all(vec![(room.to_owned(), seq, encoded)])
            .await;
    }

    /// Sends `(room, seq, frame)` triples to everyone in their rooms, on every node, in order.
    pub async fn publish_all(&self, frames: Vec<(String, i64, String)>) {
        if frames.is_empty() {
            return;
        }
        let relayed = self.redis.is_some()
            && self
                .redis_publish(
                    &frames
                        .iter()
                        .map(|(room, seq, encoded)| {
                            (format!("{ROOM_PREFIX}{room}"), format!("{seq}\n{encoded}"))
                        })
                        .collect::<Vec<_>>(),
                )
                .await;
        if !relayed {
            for (room, seq, encoded) in frames {
                self.deliver(&room, (seq, ByteString::from(encoded)));
            }
        }
    }

    /// Ends connections on every node (sign-out, suspension, role change).
    pub async fn end(&self, control: Control) {
        if !self
            .redis_publish(&[(CONTROL_CHANNEL.to_owned(), control.encode())])
            .await
        {
            let _ = self.control.send(control);
        }
    }

    /// With Redis: receives every node's frames and hands them to this node's rooms. Reconnects
    /// with back-off; returns when `stopped` fires.
    pub async fn relay_from_redis(
        self: Arc<Self>,
        mut stopped: tokio::sync::watch::Receiver<bool>,
    ) {
        let Some(client) = self.redis.clone() else {
            return;
        };
        let mut delay = Duration::from_millis(200);
        loop {
            let relayed = async {
                let mut pubsub = client.get_async_pubsub().await?;
                pubsub.psubscribe("silta:*").await?;
                self.relaying
                    .store(true, std::sync::atomic::Ordering::Release);
                delay = Duration::from_millis(200);
                let mut messages = pubsub.on_message();
                while let Some(message) = messages.next().await {
                    let channel = message.get_channel_name();
                    // One message that is not text is passed over; the subscription stays.
                    match message.get_payload::<String>() {
                        Ok(payload) => self.relay(channel, &payload),
                        Err(error) => {
                            tracing::warn!(%error, channel, "a Redis message that is not text was ignored");
                        }
                    }
                }
                Ok::<_, redis::RedisError>(())
            };
            tokio::select! {
                outcome = relayed => {
                    self.relaying.store(false, std::sync::atomic::Ordering::Release);
                    if let Err(error) = outcome {
                        tracing::warn!(%error, "Redis subscription lost; reconnecting");
                    }
                }
                _ = stopped.changed() => return,
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
        }
    }

    /// Hands a frame from Redis to this node. The payload is never logged: it holds what
    /// people wrote, and session ids.
    fn relay(&self, channel: &str, payload: &str) {
        if channel == CONTROL_CHANNEL {
            match Control::decode(payload) {
                Some(control) => {
                    let _ = self.control.send(control);
                }
                None => tracing::warn!(channel, "a control message from Redis could not be read"),
            }
        } else if let Some(room) = channel.strip_prefix(ROOM_PREFIX) {
            let frame = payload
                .split_once('\n')
                .and_then(|(seq, encoded)| Some((seq.parse().ok()?, encoded)));
            match frame {
                Some((seq, encoded)) => self.deliver(room, (seq, ByteString::from(encoded))),
                None => tracing::warn!(channel, "a room frame from Redis could not be read"),
            }
        }
    }
}

/// Holds a connection's place in the per-person and per-address counts until it is dropped.
pub struct Admission {
    keys: [String; 2],
    counts: Arc<Mutex<HashMap<String, usize>>>,
}

impl Drop for Admission {
    fn drop(&mut self) {
        let mut counts = self
            .counts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for key in &self.keys {
            if let Some(count) = counts.get_mut(key) {
                *count -= 1;
                if *count == 0 {
                    counts.remove(key);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::room_buffer;

    #[test]
    fn a_rooms_buffer_holds_a_burst_from_everyone_and_one_more_within_bounds() {
        assert_eq!(room_buffer(11), 64);
        assert_eq!(room_buffer(2), 64);
        assert_eq!(room_buffer(20), 105);
        assert_eq!(room_buffer(51), 256);
        assert_eq!(room_buffer(1000), 256);
    }
}
