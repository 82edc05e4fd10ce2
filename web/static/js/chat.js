// Silta chat room: a small dependency-free client of the protocol in src/chat/PROTOCOL.md.
// Messages written while offline wait in an outbox (kept in localStorage) and are resent with
// the same client id after reconnecting, so each is stored exactly once.

const root = document.getElementById("chat");
const sessionId = root.dataset.session;
const me = root.dataset.me;
const moderator = root.dataset.moderator === "true";
const strings = JSON.parse(document.getElementById("chat-strings").textContent);
const text = (key) => strings[key] || "";
const fill = (key, values) =>
  Object.entries(values).reduce((result, [name, value]) => result.replace(`__${name}__`, value), text(key));

const list = document.getElementById("chat-messages");
// The scrolling, focusable live region (role="log") around the list of messages.
const log = document.getElementById("chat-log");
const status = document.getElementById("chat-status");
const roomState = document.getElementById("chat-room-state");
const notice = document.getElementById("chat-notice");
const form = document.getElementById("chat-form");
const input = document.getElementById("chat-input");
const people = document.getElementById("chat-people");
const dialog = document.getElementById("chat-dialog");
const outboxKey = `silta-outbox-${sessionId}`;

let socket = null;
let lastSeq = 0;
// Whether this socket's hello was answered with a welcome.
let welcomed = false;
// While the history loads after a `reload`, live messages wait here: shown before it, they
// would make the older messages look already shown.
let reloads = 0;
let waiting = [];
// Messages the server could not store just now are sent again after a while, all at once.
const RESEND_AFTER_MS = 5000;
let resendTimer = null;
let retryDelay = 1000;
let closedForGood = false;
let rules = { locked: false, slow_mode_seconds: 0, started: false, ended: false };
let present = [];
let presenceAt = 0;
let mutedUntil = null;

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

const formatTime = (iso) =>
  new Date(iso).toLocaleTimeString(document.documentElement.lang, { hour: "2-digit", minute: "2-digit" });

function button(label, className, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = `link-button ${className}`;
  element.textContent = label;
  element.addEventListener("click", onClick);
  return element;
}

// One dialog serves every action: a title, what it is about, an optional reason (and minutes).
function ask({ title, subject, hint, minutes }, onConfirm) {
  if (typeof dialog.showModal !== "function") {
    onConfirm({ reason: null, minutes: 15 });
    return;
  }
  document.getElementById("chat-dialog-title").textContent = title;
  document.getElementById("chat-dialog-subject").textContent = subject || "";
  document.getElementById("chat-dialog-hint").textContent = hint || "";
  document.getElementById("chat-dialog-minutes-field").hidden = !minutes;
  const reason = document.getElementById("chat-dialog-reason");
  reason.value = "";
  const opener = document.activeElement;
  dialog.returnValue = "";
  dialog.addEventListener(
    "close",
    () => {
      if (dialog.returnValue === "confirm") {
        onConfirm({
          reason: reason.value.trim() || null,
          minutes: Number(document.getElementById("chat-dialog-minutes").value),
        });
      }
      // Back to the button that opened the dialog, or to the messages when it is gone.
      const key = opener?.dataset?.focusKey;
      const redrawn = key && [...people.querySelectorAll("button")].find((element) => element.dataset.focusKey === key);
      if (opener && opener.isConnected) opener.focus();
      else if (redrawn) redrawn.focus();
      else log.focus();
    },
    { once: true },
  );
  dialog.showModal();
}

function removedNote(item, erased) {
  // A keyboard user on the message's buttons keeps their place: focus moves to the list.
  const hadFocus = item.contains(document.activeElement);
  item.querySelector(".chat-message__text").textContent = text(erased ? "erased" : "removed");
  item.classList.add("chat-message--removed");
  item.querySelector(".chat-message__actions")?.remove();
  if (hadFocus) log.focus();
}

function messageActions(message) {
  const actions = document.createElement("p");
  actions.className = "chat-message__actions";
  actions.setAttribute("aria-label", text("actions"));
  const excerpt = message.text.length > 140 ? `${message.text.slice(0, 140)}…` : message.text;
  if (message.author_id !== me) {
    actions.append(
      button(text("report"), "chat-message__report", () =>
        ask({ title: text("reportTitle"), subject: excerpt, hint: text("reportHint") }, ({ reason }) =>
          sendFrame({ type: "report", seq: message.seq, reason }),
        ),
      ),
    );
  }
  if (moderator) {
    actions.append(
      button(text("remove"), "chat-message__remove", () =>
        ask({ title: text("removeTitle"), subject: excerpt }, ({ reason }) =>
          sendFrame({ type: "remove", seq: message.seq, reason }),
        ),
      ),
    );
  }
  return actions.childElementCount ? actions : null;
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
  if (message.removed) removedNote(item, message.erased);
  else {
    const actions = messageActions(message);
    if (actions) item.append(actions);
  }
  list.append(item);
  log.scrollTop = log.scrollHeight;
}

function showPending(item) {
  const element = messageElement(text("you"), item.text, text("sending"), true);
  element.dataset.clientId = item.client_id;
  list.append(element);
}

function sendFrame(frame) {
  if (socket && socket.readyState === WebSocket.OPEN && navigator.onLine) socket.send(JSON.stringify(frame));
}

function flushOutbox() {
  for (const item of loadOutbox()) sendFrame({ type: "send", client_id: item.client_id, text: item.text });
}

// The history after the last message shown, page by page, up to `until`.
async function loadHistory(until) {
  while (lastSeq < until) {
    const response = await fetch(`/api/v1/sessions/${sessionId}/messages?after=${lastSeq}`, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`history: ${response.status}`);
    const page = await response.json();
    if (page.length === 0) return;
    page.forEach(showMessage);
  }
}

function reloadHistory(until) {
  const current = socket;
  reloads += 1;
  const done = () => {
    reloads -= 1;
    if (reloads > 0) return false;
    const live = waiting;
    waiting = [];
    live.forEach(showMessage);
    return true;
  };
  loadHistory(until).then(
    () => {
      if (done()) flushOutbox();
    },
    () => {
      // Nothing is skipped: connecting again catches up from the last message shown.
      waiting = [];
      done();
      current.close(4001, "reload");
    },
  );
}

// What the room allows now, in words: the first reason a member cannot write, if any.
function showRoomState() {
  const attended = present.some((person) => person.facilitator);
  let state = "";
  if (rules.ended) state = text("ended");
  else if (!rules.started) state = text("notStarted");
  else if (!attended) state = text("unattended");
  else if (rules.locked) state = text("locked");
  else if (mutedUntil && mutedUntil > new Date()) state = fill("youAreMuted", { TIME: formatTime(mutedUntil) });
  else if (rules.slow_mode_seconds > 0) state = fill("slowMode", { SECONDS: rules.slow_mode_seconds });
  if (roomState.textContent !== state) roomState.textContent = state;
  const readOnly = !moderator && (rules.ended || !rules.started || !attended || rules.locked);
  root.dataset.readOnly = String(readOnly);
  // Screen readers hear that sending is not possible now; the reason is the room state above.
  form.querySelector('button[type="submit"]').setAttribute("aria-disabled", String(readOnly));
  const lock = document.getElementById("chat-lock");
  if (lock) {
    lock.textContent = text(rules.locked ? "unlock" : "lock");
    lock.setAttribute("aria-pressed", String(rules.locked));
    document.getElementById("chat-start").disabled = rules.started;
    document.getElementById("chat-end").disabled = !rules.started;
    document.getElementById("chat-slow-mode-seconds").value = String(rules.slow_mode_seconds);
  }
}

function showPeople(list) {
  present = list;
  // The list is redrawn on every presence change: focus on one of its buttons is kept.
  const focused = people.contains(document.activeElement) ? document.activeElement.dataset.focusKey : null;
  people.replaceChildren(
    ...list.map((person) => {
      const item = document.createElement("li");
      const name = document.createElement("bdi");
      name.textContent = person.name;
      item.append(name);
      if (person.facilitator) item.append(` (${text("facilitator")})`);
      if (person.guest) item.append(` (${text("visitingExpert")})`);
      if (moderator && !person.facilitator && person.user_id !== me) {
        item.append(
          " ",
          button(text("mute"), "chat-person__mute", () =>
            ask({ title: text("muteTitle"), subject: person.name, minutes: true }, ({ reason, minutes }) =>
              sendFrame({ type: "mute", user_id: person.user_id, minutes, reason }),
            ),
          ),
          " ",
          button(text("removeMember"), "chat-person__remove", () =>
            ask({ title: text("removeMemberTitle"), subject: person.name }, ({ reason }) =>
              sendFrame({ type: "remove_member", user_id: person.user_id, reason }),
            ),
          ),
        );
      }
      item.querySelectorAll("button").forEach((element) => {
        element.dataset.focusKey = `${person.user_id}:${element.className}`;
      });
      return item;
    }),
  );
  if (focused) {
    const again = [...people.querySelectorAll("button")].find((element) => element.dataset.focusKey === focused);
    (again || document.getElementById("people-heading")).focus();
  }
  showRoomState();
}

function dropFromOutbox(clientId) {
  saveOutbox(loadOutbox().filter((item) => item.client_id !== clientId));
}

function onFrame(frame) {
  switch (frame.type) {
    case "welcome":
      welcomed = true;
      frame.messages.forEach(showMessage);
      rules = frame.rules;
      showPeople(frame.people);
      setStatus("connected");
      retryDelay = 1000;
      flushOutbox();
      break;
    case "reload":
      reloadHistory(frame.last_seq);
      break;
    case "message":
      if (reloads > 0) waiting.push(frame.message);
      else showMessage(frame.message);
      break;
    case "removed": {
      const item = list.querySelector(`[data-shown-seq="${frame.seq}"]`);
      if (item) removedNote(item);
      break;
    }
    case "room":
      rules = frame;
      showRoomState();
      break;
    case "presence":
      if (frame.at >= presenceAt) {
        presenceAt = frame.at;
        showPeople(frame.people);
      }
      break;
    case "muted": {
      const until = new Date(frame.until);
      if (frame.user_id === me) {
        mutedUntil = until;
        showRoomState();
        setTimeout(showRoomState, Math.max(0, until - new Date()) + 500);
      } else {
        const person = present.find((p) => p.user_id === frame.user_id);
        if (person) notice.textContent = fill("memberMuted", { NAME: person.name, TIME: formatTime(until) });
      }
      break;
    }
    case "reported":
      notice.textContent = text("reported");
      break;
    case "ack": {
      dropFromOutbox(frame.client_id);
      const pending = list.querySelector(`[data-client-id="${CSS.escape(frame.client_id)}"]`);
      if (pending && frame.seq <= lastSeq) pending.remove();
      else if (pending) pending.dataset.seq = frame.seq;
      break;
    }
    case "error":
      if (frame.code === "unavailable") {
        // Not stored and not refused: the message stays in the outbox and is sent again in a
        // moment. A hello the server could not answer is sent again, on a new connection.
        if (frame.client_id) {
          clearTimeout(resendTimer);
          resendTimer = setTimeout(flushOutbox, RESEND_AFTER_MS);
        }
        else if (!welcomed) socket.close(4001, "unavailable");
      } else if (frame.client_id) {
        // A refused message is not retried: it leaves the outbox, and the person reads why.
        const refused = loadOutbox().find((item) => item.client_id === frame.client_id);
        dropFromOutbox(frame.client_id);
        list.querySelector(`[data-client-id="${CSS.escape(frame.client_id)}"]`)?.remove();
        // Nothing written is lost: the text goes back into an empty message box.
        if (refused && !input.value) input.value = refused.text;
      }
      notice.textContent = frame.message;
      break;
  }
}

let reconnectTimer = null;

function connect() {
  clearTimeout(reconnectTimer);
  setStatus(navigator.onLine ? "connecting" : "offline");
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${scheme}://${location.host}/api/v1/sessions/${sessionId}/chat`);
  welcomed = false;
  socket.addEventListener("open", () => sendFrame({ type: "hello", v: 1, last_seq: lastSeq }));
  socket.addEventListener("message", (event) => onFrame(JSON.parse(event.data)));
  socket.addEventListener("close", (event) => {
    if (event.code === 1008) {
      closedForGood = true;
      if (event.reason === "removed" || event.reason === "over") {
        status.textContent = text(event.reason === "over" ? "roomOver" : "youWereRemoved");
        root.dataset.state = event.reason;
      } else setStatus("signedOut");
      form.hidden = true;
      return;
    }
    setStatus(navigator.onLine ? "reconnecting" : "offline");
    reconnectTimer = setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
  });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const body = input.value.trim();
  if (!body || closedForGood) return;
  const item = { client_id: crypto.randomUUID(), text: body };
  saveOutbox([...loadOutbox(), item]);
  showPending(item);
  notice.textContent = "";
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

if (moderator) {
  document.getElementById("chat-start").addEventListener("click", () => sendFrame({ type: "start_session" }));
  document.getElementById("chat-end").addEventListener("click", () => sendFrame({ type: "end_session" }));
  document.getElementById("chat-lock").addEventListener("click", () => sendFrame({ type: "lock", locked: !rules.locked }));
  document.getElementById("chat-slow-mode").addEventListener("submit", (event) => {
    event.preventDefault();
    const seconds = Number(document.getElementById("chat-slow-mode-seconds").value);
    sendFrame({ type: "slow_mode", seconds });
  });
}

// When the network drops, a socket can look open for a long while: close it at once, so the
// status tells the truth and what is written waits in the outbox; reconnect as soon as it is back.
window.addEventListener("online", () => {
  if (closedForGood) return;
  retryDelay = 1000;
  if (!socket || socket.readyState === WebSocket.CLOSED || socket.readyState === WebSocket.CLOSING) connect();
});
window.addEventListener("offline", () => {
  setStatus("offline");
  if (socket && socket.readyState === WebSocket.OPEN) socket.close(4000, "offline");
});

loadOutbox().forEach(showPending);
connect();
