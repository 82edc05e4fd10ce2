//! Answers one feature provides for another by type, so that a lower feature can ask a
//! question a higher one answers (groups asks "is this person qualified to lead?", training
//! answers) without importing it. Filled once at start-up from the registry.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::error::AppError;

type Answers = HashMap<TypeId, Arc<dyn Any + Send + Sync>>;

/// The answers features provided; cheap to clone, read from the state.
#[derive(Clone, Default)]
pub struct Provided {
    answers: Arc<OnceLock<Answers>>,
}

impl Provided {
    /// Installs the registered answers; a second call is refused.
    pub fn install(&self, answers: Answers) -> Result<(), AppError> {
        self.answers
            .set(answers)
            .map_err(|_| AppError::internal("provided answers installed twice"))
    }

    /// The answer of type `T` some feature provided, if any.
    pub fn get<T: Any + Send + Sync + Clone>(&self) -> Option<T> {
        self.answers
            .get()?
            .get(&TypeId::of::<T>())?
            .downcast_ref::<T>()
            .cloned()
    }
}

/// Collects answers during registration.
#[derive(Default)]
pub struct Provisions(Answers);

impl Provisions {
    pub fn provide<T: Any + Send + Sync + Clone>(&mut self, answer: T) {
        self.0.insert(TypeId::of::<T>(), Arc::new(answer));
    }

    pub fn into_inner(self) -> Answers {
        self.0
    }
}
