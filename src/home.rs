//! The signed-in home page is made of cards that features register: each says what its reader
//! should do next (a session to join, a report to write, an urgent concern). The core knows no
//! feature: it asks every card source, puts urgent cards first and renders each card's own
//! template.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use minijinja::Value;

use crate::auth::SignedIn;
use crate::error::AppError;
use crate::state::AppState;

/// A card for one reader: a template of the feature's (`feature/_home_*.html`) and its values.
pub struct Card {
    pub template: &'static str,
    pub context: Value,
    /// Shown before every other card (an urgent concern waiting).
    pub urgent: bool,
}

impl Card {
    pub fn new(template: &'static str, context: Value) -> Self {
        Self {
            template,
            context,
            urgent: false,
        }
    }

    pub fn urgent(mut self, urgent: bool) -> Self {
        self.urgent = urgent;
        self
    }
}

type CardFuture = Pin<Box<dyn Future<Output = Result<Option<Card>, AppError>> + Send>>;
type CardSource = Arc<dyn Fn(AppState, Arc<SignedIn>) -> CardFuture + Send + Sync>;

/// Every registered card source, in the order of registration (app data for the home page).
#[derive(Clone, Default)]
pub struct HomeCards(Vec<CardSource>);

impl HomeCards {
    pub fn add<F, Fut>(&mut self, source: F)
    where
        F: Fn(AppState, Arc<SignedIn>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Option<Card>, AppError>> + Send + 'static,
    {
        self.0
            .push(Arc::new(move |state, me| Box::pin(source(state, me))));
    }

    /// The cards for `me`: urgent ones first, then in the order they were registered.
    pub async fn for_reader(
        &self,
        state: &AppState,
        me: &Arc<SignedIn>,
    ) -> Result<Vec<Card>, AppError> {
        let mut cards = Vec::new();
        for source in &self.0 {
            if let Some(card) = source(state.clone(), me.clone()).await? {
                cards.push(card);
            }
        }
        cards.sort_by_key(|card| !card.urgent);
        Ok(cards)
    }
}
