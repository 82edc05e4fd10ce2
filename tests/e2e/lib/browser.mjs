// Chromium from Debian (never downloaded) driven by playwright-core; sign-in and axe-core helpers.
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { totp } from "./silta.mjs";

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const here = dirname(fileURLToPath(import.meta.url));
export const screenshotDir = join(here, "..", "..", "..", "target", "e2e-screenshots");
export const CHROMIUM = process.env.SILTA_CHROMIUM || "/usr/bin/chromium";
export const PASSWORD = "silta-demo-2026";

export async function launch() {
  await mkdir(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function newContext(browser, base, options = {}) {
  const context = await browser.newContext({ baseURL: base, locale: "fi-FI", viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(15000);
  return context;
}

/** Signs in with the password form using only the keyboard; staff also type their TOTP code. */
export async function signIn(page, email, key) {
  await page.goto("/sign-in");
  const form = page.locator('form[action="/sign-in"]');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(PASSWORD);
  await form.locator('input[name="password"]').press("Enter");
  await page.waitForLoadState("load");
  if (new URL(page.url()).pathname === "/sign-in/second-factor") {
    if (!key) throw new Error(`${email} was asked for a code but has no demo authenticator key`);
    await page.locator('input[name="code"]').fill(totp(key));
    await page.locator('input[name="code"]').press("Enter");
    await page.waitForLoadState("load");
  }
  if (new URL(page.url()).pathname.startsWith("/sign-in")) throw new Error(`sign-in as ${email} failed at ${page.url()}`);
}

export async function setLanguage(page, code) {
  await page.goto(`/lang/${code}?next=/`);
}

/** axe-core WCAG 2.1 A/AA violations on the current page, as readable lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] }),
  );
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1, 3).join(" ")} — ${n.html.slice(0, 160)}`),
  );
}

/** Horizontal overflow: the document's scroll width beyond the viewport. */
export const scrollWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

export async function screenshot(page, name) {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
