// Every page, for each role, in Finnish and Arabic (and the visitor pages in every language):
// axe-core WCAG 2.1 A/AA, no sideways scrolling at 360 px, text zoomed to 200 %, dir="rtl" for
// right-to-left languages, and a visible focus on everything the keyboard reaches.
import { axeViolations, newContext, scrollWidth, setLanguage, signIn } from "./lib/browser.mjs";

export const LOCALES = ["fi", "ar"];
export const ALL_LOCALES = ["fi", "sv", "en", "ru", "et", "ar", "so", "uk", "fa"];
const RTL = new Set(["ar", "fa"]);

/** The demo's Arabic group (Aisha and Mikko are members, Layla leads it), whatever else exists. */
export const demoArabicGroup = (groups) =>
  groups.find((g) => g.name === "Kahden kulttuurin perheet (arabia)") || groups.find((g) => g.spoken_languages.includes("ar"));

/** Training's staff pages that coordinators and trainers both see, and the link to a cohort. */
const TRAINING_STAFF = ["/staff/training", "/staff/training/applications", "/staff/training/applications?status=all", "/staff/training/cohorts/new"];
/** The demo partner network's page and a meeting of it, from the list of networks. */
const NETWORK_LINKS = [
  ["/networks", 'main a[href^="/networks/"]'],
  ["/networks", ['main a[href^="/networks/"]', 'main a[href*="/meetings/"]']],
];
const COHORT_LINK = 'main a[href^="/staff/training/cohorts/"]:not([href$="/new"])';

/** Paths each role sees, from the demo content (ids looked up through the API). */
export async function pagesByRole(base) {
  const groups = (await (await fetch(`${base}/api/v1/groups?limit=100`)).json()).items;
  const arabic = demoArabicGroup(groups);
  const session = arabic.next_session.id;
  const other = groups.find((g) => g.id !== arabic.id);
  return {
    visitor: {
      pages: [
        "/",
        "/groups",
        "/groups?language=ar&weekday=2&time_of_day=evening",
        `/groups/${arabic.id}`,
        `/groups/${other.id}`,
        "/sign-in",
        "/sign-up",
        "/sign-up/sent",
        "/privacy/notice",
        "/sign-in/link/sent",
        "/password/forgot",
        "/password/reset/not-a-token",
        "/confirm-email/not-a-token",
        "/invitations/not-a-token",
        "/no-such-page",
      ],
    },
    family: {
      email: "aisha@demo.silta.test",
      pages: [
        "/",
        "/groups",
        `/groups/${arabic.id}`,
        `/groups/${other.id}`,
        `/groups/${arabic.id}/contacts`,
        "/my-groups",
        "/family",
        "/account",
        "/account/sessions",
        "/account/calendar",
        "/account/second-factor",
        `/sessions/${session}/room`,
        "/training",
        "/help",
        "/help/requests",
        "/my-referrals",
        "/privacy",
        "/privacy/notice",
        "/privacy/erase",
        "/feedback",
      ],
      follow: [
        ["/help", 'main a[href^="/help/services/"]'],
        ["/my-referrals", 'main a[href^="/my-referrals/"]'],
      ],
    },
    facilitator: {
      email: "facilitator.ar@demo.silta.test",
      pages: ["/", "/my-groups", `/groups/${arabic.id}`, `/groups/${arabic.id}/contacts`, "/advice", `/sessions/${session}/attendance`, `/sessions/${session}/room`, "/account", "/session-reports", "/training", "/my-supervision", "/child-protection", "/feedback/results"],
      optional: ["/reports"],
      // The first link matching the selector on the page: a report to write (unless journey 4
      // wrote the last one; it checks that form itself), one filed.
      follow: [
        ["/session-reports", 'main a[href$="/report"]', { optional: true }],
        ["/session-reports", 'main a[href^="/session-reports/"]'],
        ["/training", 'main a[href^="/training/certificates/"]'],
        ["/my-supervision", 'main a[href^="/supervision/circles/"]'],
        ["/feedback/results", 'main a[href^="/feedback/results/"]'],
      ],
    },
    supervisor: {
      email: "trainer@demo.silta.test",
      pages: [
        "/",
        "/supervision",
        "/supervision/facilitators",
        "/supervision/themes",
        "/supervision/escalations",
        "/supervision/circles",
        ...TRAINING_STAFF,
        "/staff/training/courses",
        "/staff/training/reviews",
        "/staff/child-protection",
      ],
      // A selector list is followed link by link: the course page, then its module form.
      follow: [
        ["/supervision", 'main a[href^="/supervision/reports/"]'],
        ["/staff/training/courses", 'main a[href^="/staff/training/courses/"]'],
        ["/staff/training/courses", ['main a[href^="/staff/training/courses/"]', 'main a[href$="/modules/new"]']],
        ["/staff/training", COHORT_LINK],
        ["/supervision/circles", 'main a[href^="/supervision/circles/"]'],
      ],
    },
    coordinator: {
      email: "coordinator@demo.silta.test",
      pages: ["/", "/networks", "/staff/groups", "/staff/groups/new", "/staff/invitations", `/groups/${arabic.id}`, `/groups/${arabic.id}/contacts`, `/sessions/${session}/room`, "/account", "/account/sessions", "/supervision/escalations", "/staff/dashboard", `/staff/figures/${new Date().getFullYear()}`, "/feedback/results", "/staff/feedback/comments", ...TRAINING_STAFF],
      follow: [["/staff/training", COHORT_LINK], ...NETWORK_LINKS],
      // Pages that arrived with the review work; checked whenever they answer.
      optional: ["/reports", "/staff/crisis-contacts", `/staff/sessions/${session}/moderation`],
    },
    referrals: {
      email: "referrals@demo.silta.test",
      pages: ["/", "/referrals", "/referrals/new", "/concerns", "/staff/help-requests", "/child-protection", "/staff/directory", "/staff/directory/categories", "/staff/directory/services/new"],
      follow: [
        ["/referrals", 'main a[href^="/referrals/"]:not([href$="/new"])'],
        ["/concerns", 'main a[href^="/concerns/"]', { optional: true }],
        ["/staff/directory", 'main a[href^="/staff/directory/services/"]:not([href$="/new"])'],
      ],
    },
    partner: {
      email: "neuvola@demo.silta.test",
      pages: ["/", "/partner/referrals", "/account", "/networks", "/contacts/my-groups", "/advice", `/groups/${arabic.id}/contacts`],
      follow: [["/partner/referrals", 'main a[href^="/partner/referrals/"]'], ...NETWORK_LINKS],
    },
    admin: {
      email: "admin@demo.silta.test",
      pages: ["/", "/admin/users", "/admin/security-log", "/staff/groups", "/staff/data-retention", "/staff/erasure-requests", "/privacy"],
      userPage: true,
    },
  };
}

async function focusProblems(page) {
  // Tab through the page (at most 40 stops): each focused element must show a focus indicator.
  const problems = [];
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.locator("body").focus().catch(() => {});
  const seen = new Set();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow && style.boxShadow !== "none";
      const rect = el.getBoundingClientRect();
      return {
        key: el.outerHTML.slice(0, 120),
        visible: outline || shadow,
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.left < innerWidth,
      };
    });
    if (!info || seen.has(info.key)) break;
    seen.add(info.key);
    if (!info.visible) problems.push(`no visible focus on ${info.key}`);
    if (!info.onScreen) problems.push(`focused element is off screen: ${info.key}`);
  }
  return problems;
}

/** Checks one page as it is now; returns problem lines. */
export async function checkPage(page, label, lang, { focus = true } = {}) {
  const problems = [];
  const attributes = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  if (attributes.lang !== lang) problems.push(`html lang is "${attributes.lang}", expected "${lang}"`);
  const dir = RTL.has(lang) ? "rtl" : "ltr";
  if (attributes.dir !== dir) problems.push(`html dir is "${attributes.dir}", expected "${dir}"`);
  problems.push(...(await axeViolations(page)));
  if (focus) problems.push(...(await focusProblems(page)));
  // Text zoomed to 200 %: nothing spills sideways at a desktop width.
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  const zoomed = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  if (zoomed[0] > zoomed[1]) problems.push(`text at 200 % scrolls sideways: scrollWidth ${zoomed[0]} > ${zoomed[1]}`);
  await page.evaluate(() => (document.documentElement.style.fontSize = ""));
  // 360 px wide: no sideways scrolling.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const narrow = await scrollWidth(page);
  if (narrow > 360) {
    const culprits = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 361 || el.getBoundingClientRect().left < -1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    problems.push(`scrollWidth ${narrow} > 360 at 360 px (${culprits.join(", ")})`);
  }
  await page.setViewportSize(size);
  return problems.map((p) => `[${label} ${lang} ${new URL(page.url()).pathname}] ${p}`);
}

/** Runs every check; returns { checked: [...], problems: [...] }. */
export async function checkEverything(browser, silta, { locales = LOCALES, log = console.log } = {}) {
  const roles = await pagesByRole(silta.base);
  const checked = [];
  const problems = [];
  for (const [role, spec] of Object.entries(roles)) {
    const context = await newContext(browser, silta.base);
    const page = await context.newPage();
    if (spec.email) await signIn(page, spec.email, silta.keys[spec.email]);
    let pages = [...spec.pages];
    for (const path of spec.optional || []) {
      const response = await page.goto(path);
      if (response && response.status() === 200) pages.push(path);
    }
    for (const [from, selectors, { optional = false } = {}] of spec.follow || []) {
      await page.goto(from);
      let href = null;
      for (const [i, selector] of [selectors].flat().entries()) {
        if (i > 0) await page.goto(href);
        href = await page.locator(selector).first().getAttribute("href", { timeout: 5000 }).catch(() => null);
        if (!href) break;
      }
      if (href) pages.push(href);
      else if (!optional) problems.push(`[${role}] no link ${[selectors].flat().join(" → ")} on ${from}`);
    }
    if (spec.userPage) {
      await page.goto("/admin/users");
      const href = await page.locator('main a[href^="/admin/users/"]').first().getAttribute("href");
      if (href) pages.push(href);
    }
    const roleLocales = role === "visitor" ? ALL_LOCALES : locales;
    for (const lang of roleLocales) {
      await setLanguage(page, lang);
      const list = role === "visitor" && !locales.includes(lang) ? pages.slice(0, 4) : pages;
      for (const path of list) {
        await page.goto(path);
        const found = [];
        if (path.endsWith("/room")) {
          const connected = await page.waitForSelector("#chat[data-state=connected]", { timeout: 10000 }).catch(() => null);
          if (!connected) found.push(`[${role} ${lang} ${path}] the room did not connect: ${await page.locator("main").innerText()}`);
        }
        found.push(...(await checkPage(page, role, lang, { focus: lang === locales[0] || RTL.has(lang) })));
        checked.push(`${role} ${lang} ${path}`);
        problems.push(...found);
        log(`${found.length ? "✗" : "✓"} ${role} ${lang} ${path}${found.length ? ` (${found.length} problems)` : ""}`);
      }
    }
    await context.close();
  }
  // The second step of a staff sign-in is a page of its own.
  for (const lang of locales) {
    const context = await newContext(browser, silta.base);
    const page = await context.newPage();
    await setLanguage(page, lang);
    await page.goto("/sign-in");
    const form = page.locator('form[action="/sign-in"]');
    await form.locator('input[name="email"]').fill("trainer@demo.silta.test");
    await form.locator('input[name="password"]').fill("silta-demo-2026");
    await form.locator('input[name="password"]').press("Enter");
    await page.waitForURL("**/sign-in/second-factor");
    // The account's own language (Swedish for the demo trainer) wins after the password step.
    await page.goto(`/lang/${lang}?next=/sign-in/second-factor`);
    const found = await checkPage(page, "staff", lang);
    checked.push(`staff ${lang} /sign-in/second-factor`);
    problems.push(...found);
    log(`${found.length ? "✗" : "✓"} staff ${lang} /sign-in/second-factor`);
    await context.close();
  }
  return { checked, problems };
}
