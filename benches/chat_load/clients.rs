//! The clients: one websocket per person, bound to one of many loopback source addresses so
//! tens of thousands of connections do not run out of source ports.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

pub type Socket = WebSocketStream<TcpStream>;

pub fn unix_micros() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_micros() as u64
}

/// Connects person `index` to the room and says hello; returns once welcomed.
pub async fn connect(server: SocketAddr, session: &str, token: &str, index: usize) -> Socket {
    let source = Ipv4Addr::new(
        127,
        0,
        1 + (index / 250 % 250) as u8,
        1 + (index % 250) as u8,
    );
    let tcp = TcpSocket::new_v4().unwrap();
    tcp.bind(SocketAddr::from((source, 0))).unwrap();
    let stream = tcp.connect(server).await.unwrap();
    // Without this, Nagle and delayed acks hold small frames back for up to 40 ms.
    stream.set_nodelay(true).unwrap();
    let mut request = format!("ws://{server}/api/v1/sessions/{session}/chat")
        .into_client_request()
        .unwrap();
    request
        .headers_mut()
        .insert("Authorization", format!("Bearer {token}").parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::client_async(request, stream)
        .await
        .unwrap();
    send(&mut socket, r#"{"type":"hello","v":1,"last_seq":0}"#).await;
    wait_for(&mut socket, "welcome").await;
    socket
}

pub async fn send(socket: &mut Socket, frame: &str) {
    socket.send(Message::Text(frame.into())).await.unwrap();
}

/// Reads frames until one of `kind` arrives.
pub async fn wait_for(socket: &mut Socket, kind: &str) {
    let pattern = format!(r#""type":"{kind}""#);
    while let Some(frame) = socket.next().await {
        if let Ok(Message::Text(text)) = frame
            && text.contains(&pattern)
        {
            return;
        }
    }
    panic!("the connection closed before {kind}");
}

/// What one receiver saw.
#[derive(Default)]
pub struct Tally {
    pub sent: u64,
    pub acked: u64,
    pub refused: u64,
    pub deliveries: u64,
    /// Microseconds from the intended send time to arrival, per delivery.
    pub latencies: Vec<u32>,
    /// Numbers skipped, then delivered twice, then delivered after a later one.
    pub gaps: u64,
    pub duplicates: u64,
    pub reorders: u64,
    pub last_seq: i64,
    pub seen: Vec<bool>,
}

impl Tally {
    fn delivered(&mut self, seq: i64, intended: u64) {
        self.deliveries += 1;
        self.latencies
            .push(unix_micros().saturating_sub(intended).min(u32::MAX as u64) as u32);
        let slot = seq.max(0) as usize;
        if self.seen.len() <= slot {
            self.seen.resize(slot + 1, false);
        }
        if self.seen[slot] {
            self.duplicates += 1;
        } else if seq < self.last_seq {
            self.reorders += 1;
        } else if seq > self.last_seq + 1 {
            self.gaps += (seq - self.last_seq - 1) as u64;
        }
        self.seen[slot] = true;
        self.last_seq = self.last_seq.max(seq);
    }
}

/// When a member writes: `first` then every `interval` until `until` (None: only reads).
#[derive(Clone, Copy)]
pub struct Schedule {
    pub first: Instant,
    pub interval: Duration,
    pub until: Instant,
}

/// Sends on schedule (each message carries its intended send time, so a late sender shows
/// as latency) and reads everything until the deadline.
pub async fn run(
    socket: Socket,
    writes: Option<Schedule>,
    deadline: Instant,
    name: usize,
) -> Tally {
    let (mut write, mut read): (SplitSink<Socket, Message>, SplitStream<Socket>) = socket.split();
    let mut tally = Tally::default();
    // The wall clock of an Instant, so intended times compare with arrival times.
    let (anchor, anchor_micros) = (Instant::now(), unix_micros());
    let mut next = writes.map(|w| w.first);
    loop {
        let sending = next.filter(|at| writes.is_some_and(|w| *at < w.until));
        tokio::select! {
            _ = tokio::time::sleep_until(sending.unwrap_or(deadline).into()), if sending.is_some() => {
                let at = sending.unwrap_or(deadline);
                let intended = anchor_micros + at.saturating_duration_since(anchor).as_micros() as u64;
                tally.sent += 1;
                let frame = format!(r#"{{"type":"send","client_id":"{name}-{}","text":"{intended}"}}"#, tally.sent);
                if write.send(Message::Text(frame.into())).await.is_err() { break; }
                next = writes.map(|w| at + w.interval);
            }
            frame = tokio::time::timeout_at(deadline.into(), read.next()) => {
                let text = match frame {
                    Ok(Some(Ok(Message::Text(text)))) => text,
                    Ok(Some(Ok(_))) => continue,
                    _ => break,
                };
                let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                match value["type"].as_str() {
                    Some("message") => {
                        let seq = value["message"]["seq"].as_i64().unwrap_or(0);
                        let intended = value["message"]["text"].as_str().and_then(|t| t.parse().ok()).unwrap_or(0);
                        tally.delivered(seq, intended);
                    }
                    Some("ack") => tally.acked += 1,
                    Some("error") => tally.refused += 1,
                    _ => {}
                }
            }
        }
    }
    tally
}
