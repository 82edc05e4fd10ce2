//! When the database fails a socket's request, the person is told to try again and the cause
//! is logged: structured, with the room and the request, never with what anyone wrote.

use super::*;

/// Makes every write to `table` fail in the test's own database, as a database that refuses a
/// write does: a trigger raising an error, on PostgreSQL and on SQLite alike.
async fn refuse_writes(app: &TestApp, table: &str, event: &str) {
    let sql = if app.is_postgres() {
        format!(
            "CREATE OR REPLACE FUNCTION refused_by_the_test() RETURNS trigger LANGUAGE plpgsql \
             AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; \
             CREATE TRIGGER refuse_{table}_{event} BEFORE {event} ON {table} \
             FOR EACH ROW EXECUTE FUNCTION refused_by_the_test();"
        )
    } else {
        format!(
            "CREATE TRIGGER refuse_{table}_{event} BEFORE {event} ON {table} \
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
        )
    };
    app.state
        .db
        .run(move |conn| {
            use diesel::connection::SimpleConnection;
            Ok(conn.batch_execute(&sql)?)
        })
        .await
        .unwrap();
}

/// A `silta serve` process that is stopped when dropped, its log lines in JSON in a file.
struct LoggedNode {
    child: std::process::Child,
    node: TestApp,
    log: std::path::PathBuf,
}

impl LoggedNode {
    async fn start(room: &Room) -> Self {
        let log = room
            .app
            .data_dir
            .path()
            .join(format!("node-{}.log", uuid::Uuid::new_v4()));
        let file = std::fs::File::create(&log).unwrap();
        let (child, node) = serve_process_with(room, |command| {
            command
                .env("SILTA_LOG_FORMAT", "json")
                .stdout(file.try_clone().unwrap())
                .stderr(file);
        });
        node.wait_until_ready().await;
        Self { child, node, log }
    }

    /// The log's lines so far, parsed.
    fn lines(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap()
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect()
    }
}

impl Drop for LoggedNode {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn socket_on(node: &TestApp, room: &Room, person: &Person) -> Socket {
    let token = bearer(&room.app, person).await;
    connect_to(node, room, &token, None).await.unwrap()
}

#[tokio::test]
async fn a_failed_database_call_on_a_socket_is_logged_with_its_cause() {
    let room = unattended_room(spawn_app().await).await;
    let logged = LoggedNode::start(&room).await;
    let node = &logged.node;
    host(&room, node).await;
    let mut member = socket_on(node, &room, &room.members[0]).await;
    assert_eq!(hello(&mut member).await["type"], "welcome");
    let mut facilitator = socket_on(node, &room, &room.facilitator).await;
    assert_eq!(hello(&mut facilitator).await["type"], "welcome");
    let secret = "a private worry in the room";
    send(
        &mut member,
        json!({ "type": "send", "client_id": "kept", "text": secret }),
    )
    .await;
    assert_eq!(next_of(&mut member, "ack").await["seq"], 1);

    for (table, event) in [
        ("chat_messages", "INSERT"),
        ("chat_messages", "UPDATE"),
        ("chat_reports", "INSERT"),
        ("moderation_log", "INSERT"),
        ("room_presence", "INSERT"),
    ] {
        refuse_writes(&room.app, table, event).await;
    }
    let lost = "this one is never stored";
    send(
        &mut member,
        json!({ "type": "send", "client_id": "lost", "text": lost }),
    )
    .await;
    let refused = next_of(&mut member, "unavailable").await;
    send(
        &mut member,
        json!({ "type": "report", "seq": 1, "reason": "the reporter's own words" }),
    )
    .await;
    next_of(&mut member, "unavailable").await;
    send(&mut facilitator, json!({ "type": "remove", "seq": 1 })).await;
    next_of(&mut facilitator, "unavailable").await;
    send(&mut facilitator, json!({ "type": "lock", "locked": true })).await;
    next_of(&mut facilitator, "unavailable").await;
    let mut entering = socket_on(node, &room, &room.members[1]).await;
    assert_eq!(hello(&mut entering).await["code"], "unavailable");

    let lines = logged.lines();
    for action in ["send", "report", "remove", "moderate", "hello"] {
        assert!(
            lines.iter().any(|line| {
                let fields = &line["fields"];
                line["level"] == "WARN"
                    && fields["action"] == action
                    && fields["room"] == room.session_id.as_str()
                    && fields["error"]
                        .as_str()
                        .is_some_and(|error| error.contains("refused by the test"))
            }),
            "no warning with the cause for {action}: {lines:#?}"
        );
    }
    let log = std::fs::read_to_string(&logged.log).unwrap();
    for words in [secret, lost, "the reporter's own words"] {
        assert!(!log.contains(words), "{words:?} is in the log");
    }
    assert_eq!(
        refused["client_id"], "lost",
        "the client knows which message to send again"
    );
}
