//! Chat rooms for tests: a group session members may enter, a facilitator hosting it, and a
//! websocket client speaking the chat protocol.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use silta::auth::policy::Role;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use reqwest::{Method, StatusCode};

use super::accounts::{Person, bearer, create_person};
use super::groups::Api;
use super::{TestApp, spawn_app};

pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub struct Room {
    pub app: TestApp,
    pub session_id: String,
    /// The group's regular weekly session, days away: closed to members for now.
    pub later_session_id: String,
    pub members: Vec<Person>,
    pub outsider: Person,
    pub facilitator: Person,
    pub coordinator: Person,
}

/// A published group with two members, a session starting in ten minutes that the
/// facilitator has started and stays in (so members may write), and a later session.
pub async fn room() -> Room {
    let room = unattended_room(spawn_app().await).await;
    host(&room, &room.app).await;
    room
}

pub async fn room_on(app: TestApp) -> Room {
    let room = unattended_room(app).await;
    host(&room, &room.app).await;
    room
}

/// The facilitator enters `node`, starts the session and stays; its frames are read and
/// dropped in the background.
pub async fn host(room: &Room, node: &TestApp) {
    let token = bearer(&room.app, &room.facilitator).await;
    let mut socket = connect_to(node, room, &token, Some(&node.address))
        .await
        .expect("the facilitator connects");
    send(
        &mut socket,
        json!({ "type": "hello", "v": 1, "last_seq": 0 }),
    )
    .await;
    assert_eq!(next_of(&mut socket, "welcome").await["type"], "welcome");
    send(&mut socket, json!({ "type": "start_session" })).await;
    let started = next_of(&mut socket, "room").await;
    assert_eq!(started["started"], true);
    tokio::spawn(async move { while socket.next().await.is_some() {} });
}

/// Like `room()`, but nobody has entered or started the session yet.
pub async fn unattended_room(app: TestApp) -> Room {
    let coordinator = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    let facilitator = create_person(&app, "facilitator@example.org", &[Role::Facilitator]).await;
    let mut day = chrono::Utc::now().date_naive() + chrono::TimeDelta::days(1);
    while chrono::Datelike::weekday(&day) != chrono::Weekday::Tue {
        day += chrono::TimeDelta::days(1);
    }
    let staff = Api::as_person(&app, &coordinator).await;
    let body = json!({
        "texts": [{ "language": "fi", "name": "Chat", "description": "" }],
        "spoken_languages": ["fi"], "topics": ["two-cultures"], "audience": "all-parents",
        "region": "online", "capacity": 10, "join_policy": "open", "facilitators": [facilitator.email],
        "schedule": { "first_date": day.to_string(), "start_time": "18:00", "duration_minutes": 90, "weeks": 1 },
        "publish": true
    });
    let (status, created) = staff.send(Method::POST, "/api/v1/groups", Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let group_id = created["id"].as_str().unwrap().to_owned();
    let mut members = Vec::new();
    for name in ["first", "second"] {
        let person = create_person(&app, &format!("{name}@example.org"), &[Role::Family]).await;
        let join = format!("/api/v1/groups/{group_id}/join");
        let (status, _) = Api::as_person(&app, &person)
            .await
            .send(Method::POST, &join, None)
            .await;
        assert!(status.is_success());
        members.push(person);
    }
    let outsider = create_person(&app, "outsider@example.org", &[Role::Family]).await;
    let group: Value = app
        .get(&format!("/api/v1/groups/{group_id}"))
        .await
        .json()
        .await
        .unwrap();
    let later_session_id = group["sessions"][0]["id"].as_str().unwrap().to_owned();
    let soon = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Helsinki)
        + chrono::TimeDelta::minutes(10);
    let session =
        json!({ "start": soon.format("%Y-%m-%dT%H:%M").to_string(), "duration_minutes": 60 });
    let (status, added) = staff
        .send(
            Method::POST,
            &format!("/api/v1/groups/{group_id}/sessions"),
            Some(session),
        )
        .await;
    assert!(status.is_success(), "{added}");
    let session_id = added["id"].as_str().unwrap().to_owned();
    Room {
        app,
        session_id,
        later_session_id,
        members,
        outsider,
        facilitator,
        coordinator,
    }
}

pub async fn connect_with(
    room: &Room,
    person: &Person,
    origin: Option<&str>,
) -> Result<Socket, tokio_tungstenite::tungstenite::Error> {
    connect_to(&room.app, room, &bearer(&room.app, person).await, origin).await
}

/// Connects to `node` (which may differ from the room's first node) with a bearer token.
pub async fn connect_to(
    node: &TestApp,
    room: &Room,
    token: &str,
    origin: Option<&str>,
) -> Result<Socket, tokio_tungstenite::tungstenite::Error> {
    connect_session(node, &room.session_id, token, origin).await
}

/// Connects to a session's room on `node` with a bearer token.
pub async fn connect_session(
    node: &TestApp,
    session_id: &str,
    token: &str,
    origin: Option<&str>,
) -> Result<Socket, tokio_tungstenite::tungstenite::Error> {
    let url = format!(
        "{}/api/v1/sessions/{session_id}/chat",
        node.address.replace("http", "ws"),
    );
    let mut request = url.into_client_request().unwrap();
    request
        .headers_mut()
        .insert("Authorization", format!("Bearer {token}").parse().unwrap());
    if let Some(origin) = origin {
        request
            .headers_mut()
            .insert("Origin", origin.parse().unwrap());
    }
    tokio_tungstenite::connect_async(request)
        .await
        .map(|(socket, _)| socket)
}

pub async fn connect(room: &Room, person: &Person, last_seq: i64) -> (Socket, Value) {
    let mut socket = connect_with(room, person, Some(&room.app.address))
        .await
        .expect("connects");
    send(
        &mut socket,
        json!({ "type": "hello", "v": 1, "last_seq": last_seq }),
    )
    .await;
    let welcome = next(&mut socket).await;
    (socket, welcome)
}

/// Enters any session's room as `person` (connects and says hello); the welcome frame.
pub async fn enter(
    app: &TestApp,
    person: &Person,
    session_id: &str,
) -> Result<(Socket, Value), tokio_tungstenite::tungstenite::Error> {
    let token = bearer(app, person).await;
    let mut socket = connect_session(app, session_id, &token, Some(&app.address)).await?;
    send(
        &mut socket,
        json!({ "type": "hello", "v": 1, "last_seq": 0 }),
    )
    .await;
    let welcome = next(&mut socket).await;
    Ok((socket, welcome))
}

pub async fn send(socket: &mut Socket, frame: Value) {
    socket
        .send(Message::Text(frame.to_string().into()))
        .await
        .unwrap();
}

/// The next JSON frame but presence updates (pings and pongs skipped); fails after five
/// seconds.
pub async fn next(socket: &mut Socket) -> Value {
    loop {
        let frame = next_frame(socket).await;
        if frame["type"] != "presence" {
            return frame;
        }
    }
}

pub async fn next_frame(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await
            .expect("a frame in time")
            .unwrap()
            .unwrap();
        if let Message::Text(text) = message {
            return serde_json::from_str(&text).unwrap();
        }
    }
}

pub async fn next_of(socket: &mut Socket, kind: &str) -> Value {
    for _ in 0..20 {
        let frame = next_frame(socket).await;
        if frame["type"] == kind || frame["code"] == kind {
            return frame;
        }
    }
    panic!("no {kind} frame");
}
