// Journey 5, by keyboard only: Aisha (a demo candidate who has read the first module) takes the
// next module's quiz and submits its task; the demo trainer accepts the task from the review
// queue; Layla's certificate page and its public verification pass the checks in Finnish and
// Arabic. On the way, the trainer's pages are checked and photographed at 360 px in Arabic.
import assert from "node:assert/strict";
import { newContext, screenshot, setLanguage, signIn } from "./lib/browser.mjs";
import { activate, expectClean, fromTop, tabTo, typeInto } from "./lib/keyboard.mjs";

const TRAINER = "trainer@demo.silta.test";
const MODULE = "Ryhmächatin ohjaaminen";
const RIGHT = "Miltä teidän viikkonne on tuntunut?";
const ANSWER = "Kiitos, että kerroit. Moni meistä on tuntenut samoin. Mikä tuntuu nyt raskaimmalta?";

/** Reaches the group of radios `name` with Tab and moves with the arrow keys to `label`. */
async function choose(page, name, label) {
  await tabTo(page, page.locator(`input[name="${name}"]`).first());
  for (let i = 0; i < 10; i += 1) {
    const focused = await page.evaluate(() => document.activeElement?.closest("label")?.innerText.trim());
    if (focused === label) {
      await page.keyboard.press("Space");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no answer "${label}" in ${name}`);
}

async function candidateTakesTheModule(browser, silta, t) {
  const context = await newContext(browser, silta.base);
  const page = await context.newPage();
  await signIn(page, "aisha@demo.silta.test");
  await setLanguage(page, "fi");
  await fromTop(page);
  await activate(page, page.locator('.account-nav a[href="/training"]'));
  await expectClean(page, "journey5", "fi");
  await activate(page, page.locator("main a", { hasText: MODULE }));
  await choose(page, "q1", RIGHT);
  await activate(page, page.locator('form[action$="/quiz"] button[type="submit"]'));
  const result = page.locator("#result-heading");
  await result.waitFor();
  assert.match(await result.innerText(), /100/, await page.locator("main").innerText());
  await expectClean(page, "journey5", "fi");
  await typeInto(page, page.locator("#answer"), ANSWER);
  await activate(page, page.locator('form[action$="/task"] button[name="submit"]'));
  assert.match(await page.locator("main").innerText(), /Odottaa arviointia/);
  t.diagnostic(`screenshot ${await screenshot(page, "journey5-candidate-module")}`);
  return { context, page, module: page.url().replace(/\?.*$/, "") };
}

async function trainerAccepts(browser, silta, t) {
  const context = await newContext(browser, silta.base);
  const desk = await context.newPage();
  await signIn(desk, TRAINER, silta.keys[TRAINER]);
  await setLanguage(desk, "fi");
  await fromTop(desk);
  await activate(desk, desk.locator('.account-nav a[href="/staff/training"]'));
  await expectClean(desk, "journey5", "fi");
  await activate(desk, desk.locator('main a[href="/staff/training/reviews"]').first());
  const card = desk.locator("main article", { hasText: ANSWER });
  await typeInto(desk, card.locator("textarea"), "Lämmin ja selkeä vastaus.");
  await activate(desk, card.locator('button[name="accept"]'));
  await desk.locator('p.notice[role="status"]').waitFor();
  assert.equal(await desk.locator("main article", { hasText: ANSWER }).count(), 0, "the task is still in the queue");
  await expectClean(desk, "journey5", "fi");
  t.diagnostic(`screenshot ${await screenshot(desk, "journey5-trainer-reviews")}`);
  return { context, desk };
}

/** The first link matching `selector` on `path`. */
async function linkOn(page, path, selector) {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute("href");
  assert.ok(href, `no ${selector} on ${path}`);
  return href;
}

/** A full-page screenshot at 360 px wide, then back to `wide`. */
async function narrow(page, wide, name, t) {
  await page.setViewportSize({ width: 360, height: 740 });
  t.diagnostic(`screenshot ${await screenshot(page, name)}`);
  await page.setViewportSize(wide);
}

/** The trainer's pages in Arabic at 360 px: checked, and photographed for a person to look at. */
async function trainerPagesInArabic(desk, t) {
  const course = await linkOn(desk, "/staff/training/courses", 'main a[href^="/staff/training/courses/"]');
  const cohort = await linkOn(desk, "/staff/training", 'main a[href^="/staff/training/cohorts/"]:not([href$="/new"])');
  await setLanguage(desk, "ar");
  const wide = desk.viewportSize();
  const pages = {
    overview: "/staff/training",
    courses: "/staff/training/courses",
    course,
    module: `${course}/modules/new`,
    cohort,
    applications: "/staff/training/applications",
    reviews: "/staff/training/reviews",
  };
  for (const [name, path] of Object.entries(pages)) {
    await desk.goto(path);
    await expectClean(desk, "journey5", "ar");
    await narrow(desk, wide, `journey5-ar-360-${name}`, t);
  }
  // A module refused: the errors stand at their fields, in Arabic.
  await desk.goto(`${course}/modules/new`);
  await activate(desk, desk.locator('button[name="action"][value="save"]'));
  await desk.locator("#form-errors").waitFor();
  await expectClean(desk, "journey5", "ar");
  await narrow(desk, wide, "journey5-ar-360-module-errors", t);
}

async function certificateInBothLanguages(browser, silta, t) {
  const context = await newContext(browser, silta.base);
  const page = await context.newPage();
  await signIn(page, "facilitator.ar@demo.silta.test");
  await setLanguage(page, "fi");
  await fromTop(page);
  await activate(page, page.locator('.account-nav a[href="/training"]'));
  await activate(page, page.locator('main a[href^="/training/certificates/"]'));
  const certificate = page.url();
  await expectClean(page, "journey5", "fi");
  await setLanguage(page, "ar");
  await page.goto(certificate);
  await expectClean(page, "journey5", "ar");
  t.diagnostic(`screenshot ${await screenshot(page, "journey5-certificate-ar")}`);
  await fromTop(page);
  await activate(page, page.locator('main a[href*="/verify/"]'));
  assert.match(new URL(page.url()).pathname, /^\/verify\/[0-9a-f]+$/);
  const verify = page.url();
  await expectClean(page, "journey5", "ar");
  t.diagnostic(`screenshot ${await screenshot(page, "journey5-verify-ar")}`);
  await setLanguage(page, "fi");
  await page.goto(verify);
  await expectClean(page, "journey5", "fi");
  await context.close();
}

export async function candidateTakesAModuleAndATrainerAccepts({ browser, silta, t }) {
  const candidate = await candidateTakesTheModule(browser, silta, t);
  const trainer = await trainerAccepts(browser, silta, t);
  await candidate.page.goto(candidate.module);
  assert.match(await candidate.page.locator("main").innerText(), /Hyväksytty/);
  await candidate.context.close();
  await trainerPagesInArabic(trainer.desk, t);
  await trainer.context.close();
  await certificateInBothLanguages(browser, silta, t);
}
