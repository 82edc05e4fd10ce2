// Journey 6, by keyboard only: the demo referral worker prepares a referral of Aisha's family to
// Helsinki's child health clinic; Aisha reads what will be shared and agrees in Arabic; the
// worker sends it; the clinic's partner accepts it from the Silta inbox; Aisha is told by mail
// in Arabic and sees it accepted on her page. Each page passes axe-core on the way.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { newContext, screenshot, setLanguage, signIn } from "./lib/browser.mjs";
import { activate, expectClean, fromTop, tabTo, typeInto } from "./lib/keyboard.mjs";

const WORKER = "referrals@demo.silta.test";
const PARTNER = "neuvola@demo.silta.test";
const FAMILY = "aisha@demo.silta.test";
const REASON = "Vauvan uni ja syöminen huolettavat vanhempia; he toivovat neuvolan tukea.";

/** A message's value in a locale's Fluent file (single-line messages only). */
async function message(lang, file, key) {
  const text = await readFile(new URL(`../../locales/${lang}/${file}.ftl`, import.meta.url), "utf8");
  const line = text.split("\n").find((l) => l.startsWith(`${key} =`));
  assert.ok(line, `${key} in locales/${lang}/${file}.ftl`);
  return line.slice(key.length + 2).trim();
}

/** The child health clinic the demo links to its partner account: the first one in Helsinki. */
async function clinic(base) {
  const url = `${base}/api/v1/directory/services?municipality=091&category=child-health-clinic&per_page=1&lang=fi`;
  const page = await (await fetch(url)).json();
  const service = page.contents?.[0];
  assert.ok(service, `no child health clinic in Helsinki: ${JSON.stringify(page)}`);
  return service;
}

async function workerPrepares(browser, silta, service) {
  const context = await newContext(browser, silta.base);
  const page = await context.newPage();
  await signIn(page, WORKER, silta.keys[WORKER]);
  await setLanguage(page, "fi");
  await page.goto("/referrals/new");
  await fromTop(page);
  await typeInto(page, page.locator("#field-service_q"), service.name);
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press("Enter")]);
  await typeInto(page, page.locator("#field-family_email"), FAMILY);
  await tabTo(page, page.locator("#field-service_id"));
  await page.locator("#field-service_id").selectOption(service.id);
  await typeInto(page, page.locator("#field-reason"), REASON);
  await typeInto(page, page.locator("#field-hopes"), "Käynti arabian tulkin kanssa.");
  await activate(page, page.locator('form[method="post"][action="/referrals/new"] button[type="submit"]'));
  const url = new URL(page.url());
  assert.match(url.pathname, /^\/referrals\/(?!new$)[^/]+$/, await page.locator("main").innerText());
  await expectClean(page, "journey6", "fi");
  return { context, page, id: url.pathname.split("/").pop() };
}

async function familyAgreesInArabic(browser, silta, id, t) {
  const context = await newContext(browser, silta.base, { locale: "ar" });
  const page = await context.newPage();
  await signIn(page, FAMILY);
  await setLanguage(page, "ar");
  await page.goto("/my-referrals");
  await fromTop(page);
  await activate(page, page.locator(`main a[href="/my-referrals/${id}"]`));
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const main = await page.locator("main").innerText();
  assert.ok(main.includes(REASON), `the reason is shown as it will be sent:\n${main}`);
  await expectClean(page, "journey6", "ar");
  t.diagnostic(`screenshot ${await screenshot(page, "journey6-family-consent-ar")}`);
  await activate(page, page.locator('form[action$="/consent"] button[type="submit"]'));
  const agreed = await message("ar", "referrals", "my-referral-agreed");
  assert.ok((await page.locator("main").innerText()).includes(agreed), "the consent was recorded");
  return { context, page };
}

async function partnerAccepts(browser, silta, id, t) {
  const context = await newContext(browser, silta.base);
  const page = await context.newPage();
  await signIn(page, PARTNER, silta.keys[PARTNER]);
  await setLanguage(page, "fi");
  await page.goto("/partner/referrals");
  await fromTop(page);
  await activate(page, page.locator(`main a[href="/partner/referrals/${id}"]`));
  assert.ok((await page.locator("main").innerText()).includes(REASON));
  await expectClean(page, "journey6", "fi");
  await tabTo(page, page.locator("#status-accepted"));
  await page.keyboard.press("Space");
  await activate(page, page.locator('form[action$="/status"] button[type="submit"]'));
  const accepted = await message("fi", "referrals", "referral-status-accepted");
  assert.ok((await page.locator("main").innerText()).includes(accepted), await page.locator("main").innerText());
  t.diagnostic(`screenshot ${await screenshot(page, "journey6-partner-accepted")}`);
  await context.close();
}

export async function referralWithConsentIsAccepted({ browser, silta, smtp, t }) {
  const service = await clinic(silta.base);
  const worker = await workerPrepares(browser, silta, service);
  const family = await familyAgreesInArabic(browser, silta, worker.id, t);

  await worker.page.reload();
  await fromTop(worker.page);
  await activate(worker.page, worker.page.locator('form[action$="/send"] button[type="submit"]'));
  const sent = await message("fi", "referrals", "referral-status-sent");
  assert.ok((await worker.page.locator("main").innerText()).includes(sent), await worker.page.locator("main").innerText());
  await worker.context.close();

  await partnerAccepts(browser, silta, worker.id, t);

  const accepted = await message("ar", "referrals", "referral-status-accepted");
  await smtp.waitFor(FAMILY, new RegExp(accepted));
  await family.page.goto(`/my-referrals/${worker.id}`);
  assert.ok((await family.page.locator("main").innerText()).includes(accepted), "the family sees it accepted, in Arabic");
  await expectClean(family.page, "journey6", "ar");
  t.diagnostic(`screenshot ${await screenshot(family.page, "journey6-family-accepted-ar")}`);
  await family.context.close();
}
