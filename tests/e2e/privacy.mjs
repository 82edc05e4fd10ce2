// A family takes a copy of its data from its privacy page, by keyboard, in Finnish and in
// Arabic: the copy is made in the background, downloaded, and its readable index.html passes
// axe-core in the account's language and direction, as the privacy page itself does.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { newContext, screenshot, setLanguage, signIn } from "./lib/browser.mjs";
import { activate, expectClean, fromTop, tabTo } from "./lib/keyboard.mjs";

const FAMILY = "olga@demo.silta.test";

/** The readable page of a downloaded copy (Python's zipfile reads the archive). */
function indexOf(zipPath) {
  const read = "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('index.html').decode())";
  return execFileSync("python3", ["-c", read, zipPath], { encoding: "utf8" });
}

/** Reloads the privacy page until the newest copy can be downloaded. */
async function waitForCopy(page) {
  // Newest first: the first row is the copy just asked for.
  const link = page.locator('#export tbody tr:first-child a[href^="/privacy/export/"]');
  for (let i = 0; i < 100; i += 1) {
    if (await link.count()) return link;
    await page.waitForTimeout(200);
    await page.reload();
  }
  throw new Error("the copy was not made in 20 s");
}

export async function familyTakesACopyOfItsData({ browser, silta, t }) {
  const context = await newContext(browser, silta.base, { acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, FAMILY, silta.keys[FAMILY]);
  for (const lang of ["fi", "ar"]) {
    await setLanguage(page, lang);
    await page.goto("/privacy");
    await expectClean(page, "journey7", lang);
    await fromTop(page);
    await activate(page, page.locator('form[action="/privacy/export"] button'));
    assert.ok(await page.locator('#export [role="status"]').count(), "the page says the copy is being made");
    const link = await waitForCopy(page);
    await tabTo(page, link);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const html = indexOf(await download.path());
    // As a file opened from the disk: away from Silta's pages and their content security policy.
    await page.goto("about:blank");
    await page.setContent(html, { waitUntil: "load" });
    assert.equal(await page.getAttribute("html", "lang"), lang);
    await expectClean(page, "journey7-copy", lang);
    t.diagnostic(`screenshot ${await screenshot(page, `journey7-copy-${lang}`)}`);
    await page.goto("/privacy");
  }
  await context.close();
}
