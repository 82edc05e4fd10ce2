//! The send budget as one connection keeps it.

use std::time::Instant;

use crate::chat::protocol::{SEND_BURST, SEND_REFILL};

/// The send budget as one connection keeps it: a token bucket, so a flood from one socket is
/// refused before it reaches the writer. The budget itself is a person's in a room, over all
/// their connections and nodes, and is kept where messages are stored (`chat::budget`).
pub(super) struct SendBudget {
    tokens: f64,
    refilled: Instant,
}

impl SendBudget {
    pub(super) fn new() -> Self {
        Self {
            tokens: f64::from(SEND_BURST),
            refilled: Instant::now(),
        }
    }

    pub(super) fn take(&mut self) -> bool {
        let elapsed = self.refilled.elapsed().as_secs_f64() / SEND_REFILL.as_secs_f64();
        self.tokens = (self.tokens + elapsed).min(f64::from(SEND_BURST));
        self.refilled = Instant::now();
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}
