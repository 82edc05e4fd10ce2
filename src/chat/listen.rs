//! What chat does when accounts announce a change: the live connections that no longer hold
//! close, on every node (through Redis when there is one).

use super::ChatState;
use super::hub::Control;
use crate::accounts::events::{AccessChanged, Ended, SessionsEnded};
use crate::registry::Registry;

pub fn register(reg: &mut Registry, chat: &ChatState) {
    let hub = chat.hub.clone();
    reg.listen("chat.close_ended_sessions", move |ended: SessionsEnded| {
        let hub = hub.clone();
        async move {
            hub.end(match ended.which {
                Ended::One(session) => Control::EndSession(session),
                Ended::All => Control::EndUser(ended.user),
                Ended::AllBut(keep) => Control::EndOtherSessions {
                    user: ended.user,
                    keep,
                },
            })
            .await;
            Ok(())
        }
    });
    let hub = chat.hub.clone();
    // Access to rooms follows roles: live connections reconnect and are checked again.
    reg.listen("chat.recheck_access", move |changed: AccessChanged| {
        let hub = hub.clone();
        async move {
            hub.end(Control::EndUser(changed.user)).await;
            Ok(())
        }
    });
}
