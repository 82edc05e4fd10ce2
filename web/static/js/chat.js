// Silta chat room: a small dependency-free client of the protocol in src/chat/PROTOCOL.md.
// Messages written while offline wait in an outbox (kept in localStorage) and are resent with
// the same client id after reconnecting, so each is stored exactly once.

const root = document.getElementById("chat");
const sessionId = root.dataset.session;
const text = (key) => root.dataset[key] || "";
const list = document.getElementById("chat-messages");
const status = document.getElementById("chat-status");
const notice = document.getElementById("chat-notice");
const form = document.getElementById("chat-form");
const input = document.getElementById("chat-input");
const outboxKey = `silta-outbox-${sessionId}`;

let socket = null;
let lastSeq = 0;
let retryDelay = 1000;
let signedOut = false;

const loadOutbox = () => {
  try {
    return JSON.parse(localStorage.getItem(outboxKey) || "[]");
  } catch {
    return [];
  }
};
const saveOutbox = (items) => localStorage.setItem(outboxKey, JSON.stringify(items));

function setStatus(key) {
  status.textContent = text(key);
  root.dataset.state = key;
}

function formatTime(iso) {
  return new Date(iso).toLocaleTimeString(document.documentElement.lang, { hour: "2-digit", minute: "2-digit" });
}

function removedNote(item) {
  const note = item.querySelector(".chat-message__text");
  note.textContent = text("removed");
  item.classList.add("chat-message--removed");
  item.querySelector(".chat-message__remove")?.remove();
}

function removeButton(seq) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "chat-message__remove link-button";
  button.textContent = text("remove");
  button.addEventListener("click", () => sendFrame({ type: "remove", seq }));
  return button;
}

function messageElement(author, body, time, pending) {
  const item = document.createElement("li");
  item.className = pending ? "chat-message chat-message--pending" : "chat-message";
  const head = document.createElement("p");
  head.className = "chat-message__head";
  const who = document.createElement("bdi");
  who.textContent = author;
  head.append(who, " · ", time);
  const content = document.createElement("p");
  content.className = "chat-message__text";
  content.dir = "auto";
  content.textContent = body;
  item.append(head, content);
  return item;
}

function showMessage(message) {
  if (message.seq <= lastSeq) return;
  lastSeq = message.seq;
  // One's own message replaces its "sending" placeholder once it is acknowledged.
  list.querySelector(`[data-seq="${message.seq}"]`)?.remove();
  const item = messageElement(message.author, message.text, formatTime(message.at), false);
  item.dataset.shownSeq = message.seq;
  if (message.removed) removedNote(item);
  else if (root.dataset.moderator === "true") item.append(removeButton(message.seq));
  list.append(item);
}

function showPending(item) {
  const element = messageElement(text("you"), item.text, text("sending"), true);
  element.dataset.clientId = item.client_id;
  list.append(element);
}

function sendFrame(frame) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function flushOutbox() {
  for (const item of loadOutbox()) sendFrame({ type: "send", client_id: item.client_id, text: item.text });
}

async function reloadHistory(after) {
  const response = await fetch(`/api/v1/sessions/${sessionId}/messages?after=${after}`, { credentials: "same-origin" });
  if (response.ok) for (const message of await response.json()) showMessage(message);
}

function onFrame(frame) {
  switch (frame.type) {
    case "welcome":
      frame.messages.forEach(showMessage);
      setStatus("connected");
      retryDelay = 1000;
      flushOutbox();
      break;
    case "reload":
      reloadHistory(lastSeq).then(flushOutbox);
      break;
    case "message":
      showMessage(frame.message);
      break;
    case "removed": {
      const item = list.querySelector(`[data-shown-seq="${frame.seq}"]`);
      if (item) removedNote(item);
      break;
    }
    case "ack": {
      saveOutbox(loadOutbox().filter((item) => item.client_id !== frame.client_id));
      const pending = list.querySelector(`[data-client-id="${CSS.escape(frame.client_id)}"]`);
      if (pending && frame.seq <= lastSeq) pending.remove();
      else if (pending) pending.dataset.seq = frame.seq;
      break;
    }
    case "error":
      notice.textContent = frame.message;
      break;
  }
}

function connect() {
  setStatus(navigator.onLine ? "connecting" : "offline");
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${scheme}://${location.host}/api/v1/sessions/${sessionId}/chat`);
  socket.addEventListener("open", () => sendFrame({ type: "hello", v: 1, last_seq: lastSeq }));
  socket.addEventListener("message", (event) => onFrame(JSON.parse(event.data)));
  socket.addEventListener("close", (event) => {
    if (event.code === 1008) {
      signedOut = true;
      setStatus("signedOut");
      return;
    }
    setStatus(navigator.onLine ? "reconnecting" : "offline");
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
  });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const body = input.value.trim();
  if (!body || signedOut) return;
  const item = { client_id: crypto.randomUUID(), text: body };
  saveOutbox([...loadOutbox(), item]);
  showPending(item);
  sendFrame({ type: "send", client_id: item.client_id, text: item.text });
  input.value = "";
  input.focus();
});

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});

window.addEventListener("online", () => {
  if (socket && socket.readyState !== WebSocket.OPEN) connect();
});
window.addEventListener("offline", () => setStatus("offline"));

loadOutbox().forEach(showPending);
connect();
