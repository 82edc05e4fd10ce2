//! The room's frames on their way to one client: every message once and in order. A gap is
//! filled from storage; when it cannot be, the client is told to reload, never left without
//! the missed messages.

use std::ops::ControlFlow;

use bytestring::ByteString;

use super::{Connection, Flow, Live, encode};
use crate::chat::hub::RoomFrame;
use crate::chat::model;
use crate::chat::protocol::{MAX_CATCH_UP, ServerFrame};

impl Connection {
    /// Sends a room frame on, once and in order.
    pub(super) async fn deliver(&self, live: &mut Live, (seq, encoded): RoomFrame) -> Flow {
        let sent = if live.in_order(seq) {
            live.forward(seq, encoded).await
        } else if seq <= live.delivered {
            return ControlFlow::Continue(());
        } else {
            // Frames can overtake each other (two writers, two nodes): fill any gap from
            // storage so the client sees every message once, in order.
            let frames = self.fill_gap(live, seq, encoded).await;
            live.send_all(frames).await
        };
        if sent {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(None)
        }
    }

    /// What the client is sent when message `seq` (encoded) arrives after a gap: the stored
    /// messages since the last one it has, or `reload` when more are missing than a catch-up
    /// holds or storage cannot be read. Either way the client has everything up to `seq`.
    async fn fill_gap(&self, live: &mut Live, seq: i64, encoded: ByteString) -> Vec<ByteString> {
        let after = live.delivered;
        // Whatever is sent, nothing at or below `seq` is sent again.
        live.delivered = seq;
        let room = self.room.clone();
        let stored = self
            .state
            .db
            .run(move |conn| Ok(model::since(conn, &room, after, MAX_CATCH_UP)?))
            .await;
        let messages = match stored {
            Ok(messages) => messages,
            Err(error) => {
                tracing::warn!(
                    %error,
                    room = %self.room,
                    after,
                    seq,
                    "filling a gap from storage failed; the client reloads"
                );
                return vec![encode(&ServerFrame::Reload { last_seq: seq }).into()];
            }
        };
        let newest = messages.last().map_or(after, |message| message.seq);
        let complete = i64::try_from(messages.len()).is_ok_and(|read| read < MAX_CATCH_UP);
        if newest < seq && !complete {
            // Only the first `MAX_CATCH_UP` of them were read: the rest come from the history.
            return vec![encode(&ServerFrame::Reload { last_seq: seq }).into()];
        }
        // Storage may already hold messages newer than this frame: they are sent now, so their
        // own frames are skipped when they arrive.
        live.delivered = seq.max(newest);
        let mut frames: Vec<ByteString> = messages
            .into_iter()
            .map(|message| encode(&ServerFrame::Message { message }).into())
            .collect();
        if newest < seq {
            // Not in storage any more (retention ran meanwhile): sent as it came.
            frames.push(encoded);
        }
        frames
    }
}
