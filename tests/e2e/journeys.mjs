// End-to-end journeys in Chromium, done with the keyboard only (Tab to reach, Enter/Space to act,
// typing to fill): every control used is reached through the page's tab order.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { demoArabicGroup } from "./a11y.mjs";
import { newContext, screenshot, setLanguage, signIn } from "./lib/browser.mjs";
import { activate, expectClean, fromTop, tabTo, typeInto } from "./lib/keyboard.mjs";
import { familyAnswersTheFeedbackByKeyboard } from "./feedback.mjs";
import { familyTakesACopyOfItsData } from "./privacy.mjs";
import { referralWithConsentIsAccepted } from "./referrals.mjs";
import { candidateTakesAModuleAndATrainerAccepts } from "./training.mjs";

async function familySignsUpInArabic({ browser, silta, smtp, t }) {
  const context = await newContext(browser, silta.base, { locale: "ar", acceptDownloads: true });
  const page = await context.newPage();
  await setLanguage(page, "ar");
  await fromTop(page);
  await activate(page, page.locator('.account-nav a[href="/sign-up"]'));
  assert.equal(new URL(page.url()).pathname, "/sign-up");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");

  const email = `layla.${Date.now()}@example.test`;
  await typeInto(page, page.locator("#field-email"), email);
  await typeInto(page, page.locator("#field-display_name"), "ليلى");
  assert.equal(await page.locator("#field-ui_language").inputValue(), "ar");
  await tabTo(page, page.locator('input[name="languages"][value="ar"]'));
  await page.keyboard.press("Space");
  assert.ok(await page.locator('input[name="languages"][value="ar"]').isChecked());
  await tabTo(page, page.locator("#field-municipality"));
  await page.locator("#field-municipality").selectOption("091");
  await typeInto(page, page.locator("#field-password"), "layla-bridge-2026!");
  await tabTo(page, page.locator("#field-accept_notice"));
  await page.keyboard.press("Space");
  assert.ok(await page.locator("#field-accept_notice").isChecked(), "the privacy notice is confirmed");
  await activate(page, page.locator('form[action="/sign-up"] button[type="submit"]'));
  assert.equal(new URL(page.url()).pathname, "/sign-up/sent", await page.locator("main").innerText());
  t.diagnostic("signed up; waiting for the confirmation mail over SMTP");

  const mail = await smtp.waitFor(email, /confirm-email\//);
  const link = mail.text.match(/https?:\/\/[^\s"<>]+\/confirm-email\/[A-Za-z0-9._~%-]+/)?.[0];
  assert.ok(link, `no confirmation link in:\n${mail.text}`);
  assert.ok(link.startsWith(silta.base), `link ${link} is not on ${silta.base}`);
  await page.goto(link);
  await expectClean(page, "journey1", "ar");
  await activate(page, page.locator('main form button[type="submit"]'));
  t.diagnostic(`confirmed; now at ${new URL(page.url()).pathname}`);
  assert.ok(await page.locator('.account-nav a[href="/account"]').count(), "not signed in after confirming");

  // Find a group in Arabic on a Tuesday evening with the filters.
  await fromTop(page);
  await activate(page, page.locator('.main-nav a[href="/groups"]'));
  await tabTo(page, page.locator("#filter-language"));
  await page.locator("#filter-language").selectOption("ar");
  await tabTo(page, page.locator("#filter-weekday"));
  await page.locator("#filter-weekday").selectOption("2");
  await tabTo(page, page.locator("#filter-time_of_day"));
  await page.locator("#filter-time_of_day").selectOption("evening");
  await activate(page, page.locator('form.filters button[type="submit"]'));
  const query = new URL(page.url()).searchParams;
  assert.equal(query.get("language"), "ar");
  assert.equal(query.get("weekday"), "2");
  assert.equal(query.get("time_of_day"), "evening");
  const cards = page.locator(".group-card h3 a");
  assert.ok((await cards.count()) >= 1, "no Arabic Tuesday-evening group found");
  const name = (await cards.first().innerText()).trim();
  assert.equal(name, "عائلات بين ثقافتين");
  await expectClean(page, "journey1", "ar");
  await activate(page, cards.first());

  // Join, say we are coming to the first session, download the calendar file.
  await activate(page, page.locator('form[action$="/join"] button'));
  await page.locator('p.notice[role="status"]').waitFor();
  const answer = page.locator('.answer-form button[value="yes"]').first();
  await activate(page, answer);
  const form = page.locator(".answer-form").first();
  t.diagnostic(`answered: ${await form.innerText()}`);
  await tabTo(page, page.locator('a[href$="/calendar.ics"]'));
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const ics = await readFile(await download.path(), "utf8");
  assert.match(download.suggestedFilename(), /\.ics$/);
  assert.match(ics, /^BEGIN:VCALENDAR\r?\n/);
  assert.match(ics, /END:VCALENDAR\s*$/);
  assert.ok(ics.includes("BEGIN:VEVENT"), "no events in the calendar file");
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  assert.ok(unfolded.includes(`SUMMARY:${name}`) || unfolded.includes("SUMMARY:"), unfolded);
  const groups = (await (await fetch(`${silta.base}/api/v1/groups?language=ar`)).json()).items;
  const group = groups.find((g) => g.name === name || g.spoken_languages.includes("ar"));
  const first = group.sessions.find((s) => !s.cancelled);
  const stamp = first.starts_at.replace(/[-:]/g, "").replace(/\.\d+/, "");
  assert.ok(unfolded.includes(stamp), `calendar lacks the first session ${stamp}:\n${unfolded}`);
  assert.equal((unfolded.match(/BEGIN:VEVENT/g) || []).length, group.sessions.filter((s) => !s.cancelled).length);
  await expectClean(page, "journey1", "ar");
  t.diagnostic(`screenshot ${await screenshot(page, "journey1-family-arabic")}`);
  await context.close();
}

async function coordinatorCreatesGroup({ browser, silta, t }) {
  const context = await newContext(browser, silta.base);
  const page = await context.newPage();
  const coordinator = "coordinator@demo.silta.test";
  await signIn(page, coordinator, silta.keys[coordinator]);
  await setLanguage(page, "fi");
  await fromTop(page);
  await activate(page, page.locator('.account-nav a[href="/staff/groups"]'));
  await fromTop(page);
  await activate(page, page.locator('main a[href="/staff/groups/new"]'));
  assert.equal(new URL(page.url()).pathname, "/staff/groups/new");

  const name = `Iltapäiväryhmä ${Date.now() % 100000}`;
  await tabTo(page, page.locator("#field-text_language"));
  await page.locator("#field-text_language").selectOption("fi");
  await typeInto(page, page.locator("#field-name"), name);
  await typeInto(page, page.locator("#field-description"), "Keskustelua kaksikielisestä arjesta.\n\nTervetuloa!");
  for (const value of ["fi", "ar"]) {
    await tabTo(page, page.locator(`input[name="spoken_languages"][value="${value}"]`));
    await page.keyboard.press("Space");
  }
  await tabTo(page, page.locator('input[name="topics"]').first());
  await page.keyboard.press("Space");
  await tabTo(page, page.locator("#field-region"));
  await page.locator("#field-region").selectOption("online");
  await page.locator("#field-capacity").fill("");
  await typeInto(page, page.locator("#field-capacity"), "9");
  await typeInto(page, page.locator("#field-facilitators"), "facilitator.ar@demo.silta.test");
  const date = new Date(Date.now() + 7 * 86400000);
  const isoDate = date.toISOString().slice(0, 10);
  await tabTo(page, page.locator("#field-first_date"));
  await page.locator("#field-first_date").fill(isoDate);
  await tabTo(page, page.locator("#field-start_time"));
  await page.locator("#field-start_time").fill("17:30");
  await page.locator("#field-duration_minutes").fill("");
  await typeInto(page, page.locator("#field-duration_minutes"), "90");
  await page.locator("#field-weeks").fill("");
  await typeInto(page, page.locator("#field-weeks"), "6");
  await tabTo(page, page.locator('input[name="publish"]'));
  await page.keyboard.press("Space");
  await activate(page, page.locator('form[action="/staff/groups"] button[type="submit"]'));
  const after = await page.locator("main").innerText();
  assert.ok(!(await page.locator("#form-errors").count()), `the form was refused:\n${after}`);
  t.diagnostic(`created; now at ${new URL(page.url()).pathname}`);
  assert.ok(after.includes(name), `the new group is not shown:\n${after}`);
  await context.close();

  // The facilitator sees it among the groups they lead, with six weekly sessions.
  const facilitatorContext = await newContext(browser, silta.base);
  const facilitatorPage = await facilitatorContext.newPage();
  await signIn(facilitatorPage, "facilitator.ar@demo.silta.test");
  await setLanguage(facilitatorPage, "fi");
  await facilitatorPage.goto("/my-groups");
  const led = facilitatorPage.locator(".group-card h3 a", { hasText: name });
  assert.equal(await led.count(), 1, await facilitatorPage.locator("main").innerText());
  await fromTop(facilitatorPage);
  await activate(facilitatorPage, led);
  const sessions = facilitatorPage.locator("main ul.list > li time");
  assert.equal(await sessions.count(), 6, "six weekly sessions");
  const times = await sessions.evaluateAll((els) => els.map((el) => el.getAttribute("datetime")));
  for (let i = 1; i < times.length; i += 1) {
    const gap = (new Date(times[i]) - new Date(times[i - 1])) / 3600000;
    assert.ok(gap === 168 || gap === 167 || gap === 169, `sessions a week apart (${times[i - 1]} → ${times[i]})`);
  }
  assert.ok(await facilitatorPage.locator('a[href$="/attendance"]').count(), "facilitator manages the group");
  await expectClean(facilitatorPage, "journey3", "fi");
  t.diagnostic(`screenshot ${await screenshot(facilitatorPage, "journey3-facilitator-group")}`);
  await facilitatorContext.close();
}

async function openRoom(browser, silta, email, session) {
  const context = await newContext(browser, silta.base);
  const page = await context.newPage();
  await signIn(page, email, silta.keys[email]);
  await setLanguage(page, "fi");
  await page.goto(`/sessions/${session}/room`);
  await page.waitForSelector("#chat[data-state=connected]");
  return { context, page };
}

const messageItem = (page, text) => page.locator("#chat-messages > li", { hasText: text });

async function say(page, text) {
  await fromTop(page);
  await tabTo(page, page.locator("#chat-input"));
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** Chooses in the room's dialog (opened by the button `opener`) and confirms, all by keyboard. */
async function confirmDialog(page, opener, reason, minutes) {
  await tabTo(page, opener);
  await page.keyboard.press("Enter");
  const dialog = page.locator("#chat-dialog");
  await dialog.waitFor({ state: "visible" });
  if (minutes) {
    await tabTo(page, page.locator("#chat-dialog-minutes"));
    await page.locator("#chat-dialog-minutes").selectOption(String(minutes));
  }
  await tabTo(page, page.locator("#chat-dialog-reason"));
  await page.keyboard.type(reason);
  await tabTo(page, dialog.locator('button[value="confirm"]'));
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "hidden" });
  // Focus goes back to where the person was (or stays in the page), never lost to <body>.
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), "BODY", "focus lost after the dialog");
}

async function chatSession({ browser, silta, t }) {
  const groups = (await (await fetch(`${silta.base}/api/v1/groups?limit=100`)).json()).items;
  const group = demoArabicGroup(groups);
  const session = group.sessions.find((s) => !s.cancelled && !s.past).id;
  const facilitator = await openRoom(browser, silta, "facilitator.ar@demo.silta.test", session);
  const aisha = await openRoom(browser, silta, "aisha@demo.silta.test", session);
  const mikko = await openRoom(browser, silta, "mikko@demo.silta.test", session);
  const all = [facilitator, aisha, mikko];

  // Before the start, members read that the session has not started.
  assert.equal(await aisha.page.getAttribute("#chat", "data-read-only"), "true");
  await tabTo(facilitator.page, facilitator.page.locator("#chat-start"));
  await facilitator.page.keyboard.press("Enter");
  for (const { page } of [aisha, mikko]) await page.waitForSelector('#chat[data-read-only="false"]');
  t.diagnostic("session started by the facilitator; members may write");

  // Messages appear for everyone; new messages are announced politely and focus stays put.
  assert.equal(await mikko.page.getAttribute("#chat-log", "role"), "log");
  assert.equal(await mikko.page.getAttribute("#chat-log", "aria-live"), "polite");
  await mikko.page.locator("#chat-input").focus();
  await mikko.page.keyboard.type("kirjoitan vielä");
  await say(facilitator.page, "Tervetuloa kaikki!");
  await say(aisha.page, "مرحبا، أنا عائشة");
  for (const { page } of all) {
    await messageItem(page, "Tervetuloa kaikki!").waitFor();
    await messageItem(page, "مرحبا، أنا عائشة").waitFor();
  }
  assert.equal(await mikko.page.evaluate(() => document.activeElement?.id), "chat-input", "a new message took focus");
  assert.equal(await mikko.page.inputValue("#chat-input"), "kirjoitan vielä");
  await mikko.page.keyboard.press("Control+A");
  await mikko.page.keyboard.press("Delete");
  await say(mikko.page, "Tämä viesti poistetaan");
  for (const { page } of all) await messageItem(page, "Tämä viesti poistetaan").waitFor();

  // The facilitator removes Mikko's message for everyone.
  const removed = messageItem(facilitator.page, "Tämä viesti poistetaan");
  await confirmDialog(facilitator.page, removed.locator(".chat-message__remove"), "Asiaton");
  for (const { page } of all) {
    await page.waitForFunction(() => document.querySelectorAll("#chat-messages > li.chat-message--removed").length === 1);
    assert.equal(await messageItem(page, "Tämä viesti poistetaan").count(), 0, "removed text still shown");
  }
  t.diagnostic("message removed for everyone");

  // The facilitator mutes Mikko, who reads it; the others are told too.
  const mikkoRow = facilitator.page.locator("#chat-people li", { hasText: "Mikko" });
  await confirmDialog(facilitator.page, mikkoRow.locator(".chat-person__mute"), "Tauko", 15);
  await mikko.page.waitForFunction(() => document.getElementById("chat-room-state").textContent.trim() !== "");
  const mutedText = await mikko.page.locator("#chat-room-state").innerText();
  t.diagnostic(`Mikko reads: ${mutedText}`);
  assert.ok(await mikko.page.locator("#chat-room-state").isVisible());
  await say(mikko.page, "Saanko puhua?");
  await mikko.page.locator("#chat-notice").filter({ hasText: /\S/ }).waitFor();
  assert.equal(await messageItem(aisha.page, "Saanko puhua?").count(), 0, "a muted member's message was delivered");

  // Aisha reports the facilitator's message; staff see the report.
  const reported = messageItem(aisha.page, "Tervetuloa kaikki!");
  await confirmDialog(aisha.page, reported.locator(".chat-message__report"), "Testi-ilmoitus");
  await aisha.page.locator("#chat-notice").filter({ hasText: /\S/ }).waitFor();
  const staff = await newContext(browser, silta.base);
  const staffPage = await staff.newPage();
  await signIn(staffPage, "coordinator@demo.silta.test", silta.keys["coordinator@demo.silta.test"]);
  await setLanguage(staffPage, "fi");
  let seenBy = "";
  for (const path of ["/reports", "/staff/reports"]) {
    const response = await staffPage.goto(path);
    if (response?.status() === 200) {
      await staffPage.locator("main", { hasText: "Tervetuloa kaikki!" }).waitFor({ timeout: 5000 });
      await expectClean(staffPage, "journey2", "fi");
      seenBy = `the staff page ${path}`;
      break;
    }
  }
  if (!seenBy) {
    const response = await staffPage.request.get("/api/v1/reports");
    assert.equal(response.status(), 200);
    const body = await response.text();
    assert.ok(body.includes("Tervetuloa kaikki!") && body.includes("Testi-ilmoitus"), body);
    seenBy = "GET /api/v1/reports";
  }
  t.diagnostic(`report seen by staff through ${seenBy}`);
  await staff.close();

  // Aisha's network drops; what she writes meanwhile is delivered once when it comes back.
  await aisha.context.setOffline(true);
  await aisha.page.waitForSelector("#chat[data-state=offline]");
  await say(aisha.page, "Kirjoitettu ilman verkkoa");
  await aisha.page.locator("#chat-messages > li.chat-message--pending").waitFor();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(await messageItem(facilitator.page, "Kirjoitettu ilman verkkoa").count(), 0, "delivered while offline?");
  await aisha.context.setOffline(false);
  await aisha.page.waitForSelector("#chat[data-state=connected]", { timeout: 30000 });
  for (const { page } of all) {
    await page.locator("#chat-messages > li:not(.chat-message--pending)", { hasText: "Kirjoitettu ilman verkkoa" }).waitFor();
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (const { page } of all) {
    assert.equal(await messageItem(page, "Kirjoitettu ilman verkkoa").count(), 1, "the offline message is shown exactly once");
  }
  const history = await (await facilitator.page.request.get(`/api/v1/sessions/${session}/messages?after=0`)).json();
  assert.equal(history.filter((m) => m.text === "Kirjoitettu ilman verkkoa").length, 1, "stored exactly once");
  t.diagnostic("offline message delivered exactly once");

  await expectClean(facilitator.page, "journey2", "fi");
  await expectClean(mikko.page, "journey2", "fi");
  t.diagnostic(`screenshot ${await screenshot(facilitator.page, "journey2-chat-facilitator")}`);
  t.diagnostic(`screenshot ${await screenshot(mikko.page, "journey2-chat-muted-member")}`);
  for (const { context } of all) await context.close();
}

/** Signs in the demo facilitator who has a report to write; returns its page and the form's link. */
async function facilitatorWithReportDue(browser, silta) {
  for (const email of ["facilitator.ru@demo.silta.test", "facilitator.ar@demo.silta.test"]) {
    const context = await newContext(browser, silta.base);
    const page = await context.newPage();
    await signIn(page, email);
    await setLanguage(page, "fi");
    const due = page.locator('.home-cards a[href$="/report"]');
    if (await due.count()) return { context, page, due };
    await context.close();
  }
  throw new Error("no demo facilitator has a report to write");
}

async function urgentConcernReachesSupervisor({ browser, silta, t }) {
  const { context, page, due } = await facilitatorWithReportDue(browser, silta);
  const form = await due.first().getAttribute("href");
  await fromTop(page);
  await activate(page, page.locator(`.home-cards a[href="${form}"]`));
  assert.equal(new URL(page.url()).pathname, form);
  await expectClean(page, "journey4", "fi");
  await tabTo(page, page.locator('input[name="themes"]').first());
  await page.keyboard.press("Space");
  await typeInto(page, page.locator("#field-went"), "Rauhallinen ilta, puhuimme nukkumaanmenosta.");
  await tabTo(page, page.locator('input[name="concern"][value="none"]'));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.ok(await page.locator('input[name="concern"][value="urgent"]').isChecked(), "urgent chosen with the arrow keys");
  await typeInto(page, page.locator("#field-concern_note"), "Vanhempi kertoi pelkäävänsä kotona.");
  t.diagnostic(`screenshot ${await screenshot(page, "journey4-report-form")}`);
  await activate(page, page.locator('main form button[type="submit"]'));
  const filed = new URL(page.url()).pathname;
  assert.match(filed, /^\/session-reports\//, await page.locator("main").innerText());
  assert.equal(await page.locator(".notice--ok").count(), 1);
  await context.close();

  const supervisor = "trainer@demo.silta.test";
  const staff = await newContext(browser, silta.base);
  const desk = await staff.newPage();
  await signIn(desk, supervisor, silta.keys[supervisor]);
  await setLanguage(desk, "fi");
  const first = desk.locator(".home-cards > section").first();
  assert.match(await first.getAttribute("class"), /home-card--urgent/, "urgent concerns come first");
  const id = filed.split("/").pop();
  const link = first.locator(`a[href="/supervision/reports/${id}"]`);
  assert.equal(await link.count(), 1, await first.innerText());
  await expectClean(desk, "journey4", "fi");
  t.diagnostic(`screenshot ${await screenshot(desk, "journey4-supervisor-home")}`);
  await fromTop(desk);
  await activate(desk, link);
  await activate(desk, desk.locator(`form[action="/supervision/reports/${id}/acknowledge"] button`));
  assert.equal(await desk.locator(`form[action="/supervision/reports/${id}/acknowledge"]`).count(), 0, "acknowledged");
  await expectClean(desk, "journey4", "fi");
  t.diagnostic(`screenshot ${await screenshot(desk, "journey4-supervisor-report")}`);
  await staff.close();
}

export const journeys = {
  "1 a family signs up in Arabic, confirms by mail, finds, joins and adds a group to the calendar": familySignsUpInArabic,
  "2 a facilitator and two members hold a chat session": chatSession,
  "3 a coordinator creates a weekly group for a facilitator, who sees it": coordinatorCreatesGroup,
  "4 a facilitator reports an urgent concern by keyboard; the supervisor sees it first and acknowledges it": urgentConcernReachesSupervisor,
  "5 a candidate takes a module and its quiz by keyboard only, a trainer accepts the task, the certificate page and /verify/{code} pass axe-core in fi and ar":
    candidateTakesAModuleAndATrainerAccepts,
  "6 a referral worker prepares a referral, the family agrees in Arabic, the clinic's partner accepts it and the family sees it in Arabic":
    referralWithConsentIsAccepted,
  "7 a family takes a copy of its data by keyboard in fi and ar; the copy's index.html passes axe-core": familyTakesACopyOfItsData,
  "8 a family reads its group's named contact in Arabic and answers the questions after the session by keyboard": familyAnswersTheFeedbackByKeyboard,
};
