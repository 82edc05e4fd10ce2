//! The ceiling of the stack: a broadcast server with Silta's frames (hello → welcome, send →
//! ack and a numbered message for the room, start_session → room) on the same actix-web and
//! actix-ws, with a per-room sequence in memory and nothing else: no storage, no
//! authentication, no rules, no presence. For this benchmark only.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use actix_ws::AggregatedMessage;
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::sync::broadcast;

/// A room's next sequence number and its channel, under one lock: numbers go out in order.
type Room = Arc<Mutex<(i64, broadcast::Sender<Arc<str>>)>>;

#[derive(Default)]
struct Rooms(Mutex<HashMap<String, Room>>);

impl Rooms {
    fn get(&self, id: &str) -> Room {
        let mut rooms = self.0.lock().unwrap();
        rooms
            .entry(id.to_owned())
            .or_insert_with(|| Arc::new(Mutex::new((1, broadcast::channel(256).0))))
            .clone()
    }
}

pub fn serve(port: u16) -> std::io::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let rooms = web::Data::new(Rooms::default());
        HttpServer::new(move || {
            App::new()
                .app_data(rooms.clone())
                .route("/readyz", web::get().to(HttpResponse::Ok))
                .route("/api/v1/sessions/{id}/chat", web::get().to(open))
        })
        // As Silta's server does: small frames are not held back by Nagle's algorithm.
        .tcp_nodelay(true)
        .bind(("127.0.0.1", port))?
        .run()
        .await
    })
}

async fn open(
    req: HttpRequest,
    body: web::Payload,
    rooms: web::Data<Rooms>,
    id: web::Path<String>,
) -> actix_web::Result<HttpResponse> {
    let (response, session, stream) = actix_ws::handle(&req, body)?;
    let room = rooms.get(&id);
    actix_web::rt::spawn(connection(id.into_inner(), room, session, stream));
    Ok(response)
}

async fn connection(
    id: String,
    room: Room,
    mut session: actix_ws::Session,
    stream: actix_ws::MessageStream,
) {
    let mut stream = stream.aggregate_continuations();
    let mut frames = room.lock().unwrap().1.subscribe();
    let mut welcomed = false;
    loop {
        tokio::select! {
            incoming = stream.next() => {
                let Some(Ok(AggregatedMessage::Text(text))) = incoming else { break };
                let frame: Value = serde_json::from_str(&text).unwrap_or_default();
                let reply = match frame["type"].as_str() {
                    Some("hello") => {
                        welcomed = true;
                        json!({"type": "welcome", "v": 1, "room": id, "messages": [], "people": [],
                            "rules": {"locked": false, "slow_mode_seconds": 0, "started": true, "ended": false}})
                    }
                    Some("send") => {
                        let client_id = frame["client_id"].clone();
                        let mut room = room.lock().unwrap();
                        let seq = room.0;
                        room.0 += 1;
                        let message = json!({"type": "message", "message": {"seq": seq,
                            "id": client_id, "author": "", "author_id": "", "text": frame["text"],
                            "at": chrono::Utc::now(), "removed": false}});
                        let _ = room.1.send(message.to_string().into());
                        json!({"type": "ack", "client_id": client_id, "seq": seq})
                    }
                    Some("start_session") => {
                        let rules = json!({"type": "room", "locked": false, "slow_mode_seconds": 0,
                            "started": true, "ended": false});
                        let _ = room.lock().unwrap().1.send(rules.to_string().into());
                        continue;
                    }
                    _ => json!({"type": "pong"}),
                };
                if session.text(reply.to_string()).await.is_err() { break; }
            }
            frame = frames.recv(), if welcomed => {
                let Ok(frame) = frame else { break };
                if session.text(frame.to_string()).await.is_err() { break; }
            }
        }
    }
    let _ = session.close(None).await;
}
