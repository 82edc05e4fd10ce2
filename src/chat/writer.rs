//! One message writer per node: connections queue their messages here and a single task
//! stores whatever has queued up in one transaction, publishes the new ones in order, then
//! answers each sender. Under load a commit serves hundreds of messages; when the room is
//! quiet a message is stored alone, at once. Nothing is acknowledged or broadcast before its
//! commit, so nothing anyone saw can be lost, and one publisher per node keeps its frames in
//! the order of their numbers.

use std::sync::{Arc, Mutex};

use chrono::SubsecRound;
use tokio::sync::{mpsc, oneshot};

use super::connection::encode;
use super::hub::Hub;
use super::model::{self, Draft, Outcome};
use super::protocol::ServerFrame;
use super::rules::Refusal;
use crate::db::Db;
use crate::error::AppError;

/// Most messages stored in one transaction: bounds how long one commit holds the write lock.
const MAX_BATCH: usize = 256;
/// Messages waiting for the writer; a full queue makes senders wait (backpressure).
const QUEUE: usize = 4 * MAX_BATCH;

/// The stored message's number, or why the room refused it.
pub type Stored = Result<i64, Refusal>;
type Reply = oneshot::Sender<Result<Stored, AppError>>;

pub struct Writer {
    db: Db,
    hub: Arc<Hub>,
    /// The running writer's queue; started on first use, on the runtime of that sender, and
    /// again should that runtime have stopped (an actix worker restarts after a panic).
    queue: Mutex<Option<mpsc::Sender<(Draft, Reply)>>>,
}

impl Writer {
    pub fn new(db: Db, hub: Arc<Hub>) -> Self {
        Self {
            db,
            hub,
            queue: Mutex::new(None),
        }
    }

    /// Stores one message (or finds its earlier copy) and returns once it is committed.
    pub async fn store(&self, draft: Draft) -> Result<Stored, AppError> {
        let queue = {
            let mut running = self
                .queue
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            match running.as_ref() {
                Some(queue) if !queue.is_closed() => queue.clone(),
                _ => {
                    let (queue, receiver) = mpsc::channel(QUEUE);
                    tokio::spawn(write(self.db.clone(), self.hub.clone(), receiver));
                    running.insert(queue).clone()
                }
            }
        };
        let (reply, answer) = oneshot::channel();
        let unavailable = || AppError::unavailable("the message writer stopped");
        queue
            .send((draft, reply))
            .await
            .map_err(|_| unavailable())?;
        answer.await.map_err(|_| unavailable())?
    }
}

/// Drains the queue batch by batch until every sender is gone.
async fn write(db: Db, hub: Arc<Hub>, mut queue: mpsc::Receiver<(Draft, Reply)>) {
    let mut waiting = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut waiting, MAX_BATCH).await > 0 {
        let (drafts, replies): (Vec<Draft>, Vec<Reply>) = waiting.drain(..).unzip();
        let rooms: Vec<String> = drafts.iter().map(|draft| draft.room.clone()).collect();
        let mut frames = Vec::new();
        let answers: Vec<Result<Stored, AppError>> = rooms
            .into_iter()
            .zip(store(&db, drafts).await)
            .map(|(room, outcome)| {
                outcome.map(|outcome| {
                    outcome.map(|(message, new)| {
                        let seq = message.seq;
                        if new {
                            frames.push((room, seq, encode(&ServerFrame::Message { message })));
                        }
                        seq
                    })
                })
            })
            .collect();
        hub.publish_all(frames).await;
        for (reply, answer) in replies.into_iter().zip(answers) {
            // The sender may have gone (connection closed); the message is stored anyway.
            let _ = reply.send(answer);
        }
    }
}

/// Stores a batch in one transaction. Should that fail, each message is tried on its own, so
/// one bad message (or a lost connection) costs only that message its answer.
async fn store(db: &Db, drafts: Vec<Draft>) -> Vec<Result<Outcome, AppError>> {
    let count = drafts.len();
    let outcome = db
        .run(move |conn| {
            let now = crate::clock::now().trunc_subsecs(6);
            match crate::db::transaction(conn, |conn| model::store_batch(conn, &drafts, now)) {
                Ok(outcomes) => Ok(outcomes.into_iter().map(Ok).collect()),
                Err(error) if drafts.len() > 1 => {
                    tracing::warn!(
                        %error,
                        messages = drafts.len(),
                        "storing a batch of chat messages failed; storing each on its own"
                    );
                    Ok(drafts
                        .iter()
                        .map(|draft| {
                            crate::db::transaction(conn, |conn| {
                                model::store_batch(conn, std::slice::from_ref(draft), now)
                            })
                            .map_err(AppError::from)
                            .and_then(|mut outcome| outcome.pop().ok_or_else(missing))
                        })
                        .collect())
                }
                Err(error) => Ok(vec![Err(AppError::from(error))]),
            }
        })
        .await;
    match outcome {
        Ok(outcomes) => outcomes,
        Err(error) => {
            tracing::warn!(%error, "storing chat messages failed");
            (0..count)
                .map(|_| Err(AppError::unavailable("storing chat messages failed")))
                .collect()
        }
    }
}

fn missing() -> AppError {
    AppError::internal("a stored message has no outcome")
}
