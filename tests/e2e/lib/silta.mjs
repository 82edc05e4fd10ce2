// Starts a real Silta (the binary cargo built) with demo content, a real SMTP server that keeps
// what it receives, and helpers for TOTP codes and mail links.
import { spawn, execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { SMTPServer } from "smtp-server";

const run = promisify(execFile);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** An SMTP server on a free port; `mails` fills as Silta delivers. */
export async function startSmtp() {
  const mails = [];
  const waiters = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        mail.text = decodeMail(mail.raw);
        mails.push(mail);
        for (const waiter of waiters.splice(0)) waiter();
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Waits for a mail to `address` (and matching `pattern`), at most `ms`. */
    async waitFor(address, pattern = /./, ms = 15000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = mails.find((m) => m.to.includes(address.toLowerCase()) && pattern.test(m.text));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${address} matching ${pattern} in ${ms} ms`);
        await new Promise((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 250);
        });
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The readable text of a MIME message: quoted-printable and base64 parts decoded. */
export function decodeMail(raw) {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  return parts
    .map((part) => {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) return part;
      const headers = part.slice(0, split);
      const body = part.slice(split).trim();
      if (/content-transfer-encoding:\s*base64/i.test(headers)) {
        return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
      }
      if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
        const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
        return Buffer.from(bytes, "latin1").toString("utf8");
      }
      return `${headers}\n${body}`;
    })
    .join("\n");
}

/** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) from a base32 key. */
export function totp(base32, at = Date.now()) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of base32.replace(/=+$/, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const hmac = createHmac("sha1", key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1000000;
  return String(code).padStart(6, "0");
}

/** Runs `silta demo` then `silta serve`; resolves once /readyz answers 200. */
export async function startSilta({ smtpUrl }) {
  const binary = process.env.SILTA_BIN;
  if (!binary) throw new Error("SILTA_BIN is not set (tests/browser.rs sets it to the cargo-built binary)");
  const dataDir = await mkdtemp(join(tmpdir(), "silta-e2e-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    SILTA_DATA_DIR: dataDir,
    SILTA_BIND: `127.0.0.1:${port}`,
    SILTA_PUBLIC_URL: base,
    SILTA_WORKER_INTERVAL_MS: "200",
    SILTA_MAIL_RETRY_BASE_MS: "500",
    SILTA_ROOM_OPENS_MINUTES_BEFORE: "100000",
    SMTP_URL: smtpUrl,
    RUST_LOG: process.env.RUST_LOG || "warn",
  };
  delete env.SILTA_CONFIG;
  const demo = await run(binary, ["demo"], { env });
  const keys = {};
  for (const match of demo.stdout.matchAll(/^\s+(\S+@\S+)\s.*authenticator key ([A-Z2-7]+)/gm)) keys[match[1]] = match[2];
  const child = spawn(binary, ["serve"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`silta serve exited early:\n${log}`);
    try {
      const response = await fetch(`${base}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`silta did not become ready in 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    dataDir,
    keys,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
