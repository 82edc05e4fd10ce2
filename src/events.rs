//! Typed in-process events: a use case announces what happened after its transaction
//! commits, and listeners that other features registered react to it.
//!
//! Events are not durable: work that must survive a crash is a row written in the same
//! transaction (the mail outbox, reminders), never an event. Publishing awaits every listener
//! of the event's type in registration order, so nothing queues up without bound; a listener
//! that fails is logged with its cause and does not stop the others.

use std::any::{Any, TypeId, type_name};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

use crate::error::AppError;

/// Something that happened, announced to whoever listens.
pub trait Event: Any + Clone + Send + Sync + 'static {}

type Reaction = Pin<Box<dyn Future<Output = Result<(), AppError>> + Send>>;
type Listener = Box<dyn Fn(&dyn Any) -> Option<Reaction> + Send + Sync>;

/// The listeners of each event type, filled at start-up through the registry.
#[derive(Default)]
pub struct Listeners {
    by_event: HashMap<TypeId, Vec<(&'static str, Listener)>>,
}

impl Listeners {
    pub fn listen<E, F, Fut>(&mut self, name: &'static str, react: F)
    where
        E: Event,
        F: Fn(E) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), AppError>> + Send + 'static,
    {
        let listener: Listener = Box::new(move |event| {
            let event = event.downcast_ref::<E>()?.clone();
            Some(Box::pin(react(event)) as Reaction)
        });
        self.by_event
            .entry(TypeId::of::<E>())
            .or_default()
            .push((name, listener));
    }
}

/// Where use cases publish; cheap to clone. Listeners are installed once, at start-up.
#[derive(Clone, Default)]
pub struct Events {
    listeners: Arc<OnceLock<Listeners>>,
}

impl Events {
    /// Installs the registered listeners; a second call is refused.
    pub fn install(&self, listeners: Listeners) -> Result<(), AppError> {
        self.listeners
            .set(listeners)
            .map_err(|_| AppError::internal("event listeners installed twice"))
    }

    /// Awaits every listener of `E`, in registration order.
    pub async fn publish<E: Event>(&self, event: E) {
        let Some(listeners) = self
            .listeners
            .get()
            .and_then(|all| all.by_event.get(&TypeId::of::<E>()))
        else {
            return;
        };
        for (listener, react) in listeners {
            let Some(reaction) = react(&event) else {
                continue;
            };
            if let Err(error) = reaction.await {
                tracing::warn!(event = type_name::<E>(), listener, %error, "event listener failed");
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Clone)]
    struct Happened(u32);
    impl Event for Happened {}

    #[derive(Clone)]
    struct Other;
    impl Event for Other {}

    #[tokio::test]
    async fn listeners_run_in_order_and_a_failure_stops_none() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut listeners = Listeners::default();
        let first = seen.clone();
        listeners.listen("first", move |e: Happened| {
            let seen = first.clone();
            async move {
                seen.lock().unwrap().push(("first", e.0));
                Err(AppError::internal("the first listener fails"))
            }
        });
        let second = seen.clone();
        listeners.listen("second", move |e: Happened| {
            let seen = second.clone();
            async move {
                seen.lock().unwrap().push(("second", e.0));
                Ok(())
            }
        });
        listeners.listen("other", |_: Other| async {
            Err(AppError::internal("not this one"))
        });
        let events = Events::default();
        events.publish(Happened(0)).await;
        assert!(events.install(listeners).is_ok());
        assert!(events.install(Listeners::default()).is_err());
        events.publish(Happened(7)).await;
        assert_eq!(*seen.lock().unwrap(), vec![("first", 7), ("second", 7)]);
    }
}
