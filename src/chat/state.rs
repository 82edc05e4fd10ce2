//! Chat's own state: the core state plus what only chat has, this node's hub and message
//! writer. Handlers take it as `web::Data<ChatState>`; it reads as the core state too.

use std::ops::Deref;
use std::sync::Arc;

use super::hub::Hub;
use super::writer::Writer;
use crate::state::AppState;

#[derive(Clone)]
pub struct ChatState {
    core: AppState,
    pub hub: Arc<Hub>,
    /// Stores this node's chat messages, many per transaction.
    pub writer: Arc<Writer>,
}

impl ChatState {
    pub fn new(core: AppState, hub: Hub) -> Self {
        let hub = Arc::new(hub);
        Self {
            writer: Arc::new(Writer::new(core.db.clone(), hub.clone())),
            hub,
            core,
        }
    }
}

impl Deref for ChatState {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.core
    }
}
