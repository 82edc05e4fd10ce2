//! Rooms in this process: every connection to a room subscribes to its broadcast channel.
//! A bounded channel per room means a slow reader falls behind and is dropped; it never slows
//! the room down.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::broadcast;

/// How many frames a connection may fall behind before it is asked to reload.
const ROOM_BUFFER: usize = 256;

/// A frame for everyone in a room, already encoded, with the message's sequence number.
pub type RoomFrame = Arc<(i64, String)>;

#[derive(Default)]
pub struct Hub {
    rooms: Mutex<HashMap<String, broadcast::Sender<RoomFrame>>>,
}

impl Hub {
    pub fn subscribe(&self, room: &str) -> broadcast::Receiver<RoomFrame> {
        let mut rooms = self
            .rooms
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        rooms
            .entry(room.to_owned())
            .or_insert_with(|| broadcast::channel(ROOM_BUFFER).0)
            .subscribe()
    }

    /// Sends a frame to everyone in the room; forgets rooms nobody listens to any more.
    pub fn publish(&self, room: &str, frame: RoomFrame) {
        let mut rooms = self
            .rooms
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(sender) = rooms.get(room)
            && sender.send(frame).is_err()
        {
            rooms.remove(room);
        }
    }
}
