// The browser suite: `SILTA_BIN=target/debug/silta node --test-reporter=spec tests/e2e/run.mjs`
// (tests/browser.rs runs it from `cargo test`). One Silta with demo content and one SMTP server
// serve every test; each test opens its own browser contexts. SILTA_E2E_ONLY=<part of a
// test name> runs only the matching tests.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { checkEverything } from "./a11y.mjs";
import { launch } from "./lib/browser.mjs";
import { startSilta, startSmtp } from "./lib/silta.mjs";

const only = process.env.SILTA_E2E_ONLY || "";
let smtp;
let silta;
let browser;

before(async () => {
  smtp = await startSmtp();
  silta = await startSilta({ smtpUrl: smtp.url });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await silta?.stop();
  await smtp?.close();
});

const want = (name) => !only || name.includes(only);

const { journeys } = await import("./journeys.mjs");
for (const [name, journey] of Object.entries(journeys)) {
  test(`journey: ${name}`, { skip: !want(name) }, async (t) => {
    try {
      await journey({ browser, silta, smtp, t });
    } catch (error) {
      t.diagnostic(`server log tail:\n${silta.log().split("\n").slice(-30).join("\n")}`);
      throw error;
    }
  });
}

// Last, so the room, review and moderation pages are checked with the journeys' messages in them.
test("accessibility: axe-core WCAG 2.1 A/AA, 360 px, text at 200 %, rtl, visible focus", { skip: !want("accessibility") }, async (t) => {
  const { checked, problems } = await checkEverything(browser, silta, { log: (line) => t.diagnostic(line) });
  t.diagnostic(`${checked.length} page views checked`);
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join("\n")}`);
});

// Right-to-left pages mirror only if the stylesheet speaks in logical directions.
test("silta.css uses logical properties only (no left/right)", { skip: !want("css") && !want("accessibility") }, async () => {
  const css = await readFile(new URL("../../web/static/css/silta.css", import.meta.url), "utf8");
  const physical = css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line, i) => [i + 1, line.replace(/@media[^{]*/, "")])
    .filter(([, line]) =>
      /(margin|padding|border)-(left|right)|(^|[\s;{])(left|right)\s*:|(text-align|float|clear)\s*:\s*(left|right)|translateX\(|(min|max)-width|(^|[\s;{])(width|height)\s*:/.test(line),
    );
  assert.deepEqual(physical, [], `physical properties in silta.css:\n${physical.map(([n, l]) => `${n}: ${l}`).join("\n")}`);
});
