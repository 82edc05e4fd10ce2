// Doing things with the keyboard only (Tab to reach, Enter/Space to act, typing to fill), so
// that every control a journey uses is reached through the page's tab order.
import assert from "node:assert/strict";
import { checkPage } from "../a11y.mjs";

/** Presses Tab until `locator` has focus (so it is reachable in tab order); fails after 150 stops. */
export async function tabTo(page, locator, { backwards = false } = {}) {
  const target = locator.first();
  await target.waitFor();
  for (let i = 0; i < 150; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return target;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

/** Starts keyboard navigation from the top of the page (as after loading it). */
export async function fromTop(page) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.getSelection()?.removeAllRanges();
  });
}

export async function typeInto(page, locator, text) {
  await tabTo(page, locator);
  await page.keyboard.type(text);
}

/** Reaches `locator` with Tab and presses Enter, waiting for the page it leads to. */
export async function activate(page, locator, key = "Enter") {
  await tabTo(page, locator);
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press(key)]);
}

export async function expectClean(page, label, lang) {
  const problems = await checkPage(page, label, lang, { focus: false });
  assert.deepEqual(problems, [], problems.join("\n"));
}
