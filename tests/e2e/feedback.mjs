// A family reads its group's named contact, in Arabic, from the group page (the child health
// nurse who visited the last session), then answers the questions after that session by
// keyboard: the home page's card leads to the form, every answer is chosen with Tab, arrow keys
// and Space, and the page says thank you; every page passes axe-core right to left.
import assert from "node:assert/strict";
import { newContext, screenshot, setLanguage, signIn } from "./lib/browser.mjs";
import { activate, expectClean, fromTop, tabTo, typeInto } from "./lib/keyboard.mjs";

const FAMILY = "aisha@demo.silta.test";

export async function familyAnswersTheFeedbackByKeyboard({ browser, silta, t }) {
  const context = await newContext(browser, silta.base);
  const page = await context.newPage();
  await signIn(page, FAMILY, silta.keys[FAMILY]);
  await setLanguage(page, "ar");
  await page.goto("/my-groups");
  await fromTop(page);
  await activate(page, page.locator('main a[href^="/groups/"]'));
  await fromTop(page);
  await activate(page, page.locator('main a[href$="/contacts"]'));
  assert.ok((await page.textContent("main")).includes("Neuvola Kallio"), "the group's named contact");
  await expectClean(page, "journey8-contacts", "ar");
  t.diagnostic(`screenshot ${await screenshot(page, "journey8-contacts-ar")}`);
  await page.goto("/");
  await fromTop(page);
  await activate(page, page.locator('main a[href^="/feedback/"]'));
  assert.match(page.url(), /\/feedback\/[0-9a-f-]+$/);
  await expectClean(page, "journey8-form", "ar");
  t.diagnostic(`screenshot ${await screenshot(page, "journey8-form-ar")}`);

  await fromTop(page);
  const first = page.locator('input[name="useful"][value="1"]');
  await tabTo(page, first);
  await page.keyboard.press("Space");
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowDown");
  assert.ok(await page.locator('input[name="useful"][value="4"]').isChecked(), "arrow keys choose 4");
  await tabTo(page, page.locator('input[name="safe"]'));
  await page.keyboard.press("Space");
  assert.ok(await page.locator('input[name="safe"][value="yes"]').isChecked());
  await tabTo(page, page.locator('input[name="needs"][value="expert_visit"]'));
  await page.keyboard.press("Space");
  await typeInto(page, page.locator("#field-comment"), "شكراً، كان اللقاء مفيداً.");
  await activate(page, page.locator('form[action^="/feedback/"]:not([action$="/decline"]) button[type="submit"]'));
  assert.match(page.url(), /\/feedback\?thanks=1$/);
  assert.ok(await page.locator('main [role="status"]').count(), "the page says thank you");
  await expectClean(page, "journey8-thanks", "ar");
  t.diagnostic(`screenshot ${await screenshot(page, "journey8-thanks-ar")}`);
  await context.close();
}
