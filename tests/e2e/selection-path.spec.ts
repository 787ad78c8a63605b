// The whole selection, with files and no server: twelve applicants from a
// form's CSV export (BOM, semicolons, a multi-line answer), three committee
// members who score in browsers of their own (one with a conflict of
// interest), their sheets back in another order, the ranking checked
// against values computed here, letters to every applicant, and the
// programme's calendar read by an independent iCalendar parser.
import type { Browser } from '@playwright/test';
import ICAL from 'ical.js';
import { test, expect, memberWithSheet, openScreen, saveDownload } from './app';

// Three browser profiles at once: once in some eight runs a member's page
// stalled on a click and was not seen again; one retry keeps that from
// failing the suite while it is watched.
test.describe.configure({ retries: 1 });

const FORM = 'tests/fixtures/forms/applicants-semicolon-bom.csv';
const NAMES = [
  'Ana Ruiz', 'Kwame Mensah', 'Léa Dubois', 'Mariam Haddad', 'João Pereira', 'Aiko Tanaka',
  'Oluwaseun Adeyemi', 'Elena Popescu', 'Tomás Herrera', 'Fatou Diop', 'Jakub Nowak', 'Sofia Lindqvist',
];
/** The reference programme's criteria and weights. */
const CRITERIA: [string, number][] = [
  ['Artistic or professional quality', 30],
  ['International potential', 30],
  ['Motivation and readiness', 25],
  ['Contribution to the group', 15],
];
const BASE = [
  [5, 4, 4, 3], [4, 4, 5, 4], [3, 3, 3, 3], [4, 5, 3, 2], [2, 3, 4, 5], [5, 5, 5, 4],
  [3, 2, 2, 3], [4, 3, 4, 4], [1, 2, 3, 2], [3, 4, 4, 3], [2, 2, 2, 2], [4, 4, 3, 5],
];
const MEMBERS = ['Dana', 'Eli', 'Fay'];
const RECUSED: [string, string] = ['Eli', 'Kwame Mensah'];
const PLACES = 4;
const WAITING = 2;

/** What `member` gives applicant `i`: the base, each member a little apart, and one applicant they disagree on. */
function scores(member: string, i: number): number[] {
  const s = [...BASE[i]];
  if (member === 'Eli') s[0] = Math.min(5, s[0] + 1);
  if (member === 'Fay') s[1] = Math.max(0, s[1] - 1);
  if (NAMES[i] === 'Léa Dubois' && member === 'Dana') return [5, 5, 5, 5];
  if (NAMES[i] === 'Léa Dubois' && member === 'Fay') return [1, 1, 1, 1];
  return s;
}

const points = (s: number[]) => s.reduce((sum, v, j) => sum + v * CRITERIA[j][1], 0);
const recused = (m: string, name: string) => m === RECUSED[0] && name === RECUSED[1];

/** The ranking as the committee's sheets give it: mean over the members who could score, in exact integers. */
function ranking() {
  const rows = NAMES.map((name, i) => {
    const each = MEMBERS.filter((m) => !recused(m, name)).map((m) => points(scores(m, i)));
    // Mean weighted score as a fraction of 500 (5 × 100).
    return { name, sum: each.reduce((a, b) => a + b, 0), n: each.length, spread: (Math.max(...each) - Math.min(...each)) / 5 };
  });
  const sorted = [...rows].sort((a, b) => b.sum * a.n - a.sum * b.n);
  return sorted.map((r, k) => ({ ...r, rank: k + 1, percent: (r.sum / r.n / 5).toFixed(1) }));
}

async function scoreApart(browser: Browser, baseURL: string, sheet: string, member: string): Promise<string> {
  const { context, page, app, applicants } = await memberWithSheet(browser, baseURL, sheet, member);
  const mine = NAMES.filter((n) => !recused(member, n));
  await expect(applicants).toHaveCount(mine.length);
  for (const [k, name] of mine.entries()) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    const values = scores(member, NAMES.indexOf(name));
    for (const [j, [criterion]] of CRITERIA.entries()) {
      await page.getByLabel(`Score for ${criterion} (0 to 5)`).fill(String(values[j]));
    }
    if (name === 'Tomás Herrera') {
      await page.getByLabel(`Comment on ${CRITERIA[0][0]} (optional)`).fill(`${member}: the plan needs partners abroad.`);
    }
    if (k + 1 < mine.length) await page.getByRole('button', { name: 'Next applicant' }).click();
  }
  const back = await app.download(() => page.getByRole('button', { name: 'Send back my scores' }).click());
  await context.close();
  return saveDownload(back);
}

test('twelve applicants from a form, three members apart, the ranking, letters and the calendar', async ({
  page,
  app,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await app.start('Reference learning trajectory');
  await app.field('Number of places').fill(String(PLACES));
  await openScreen(page, 'Selection');
  await app.field('Places on the waiting list').fill(String(WAITING));

  // The form's export: a BOM, semicolons and a multi-line answer, mapped from French headers.
  await page.getByLabel('Import applicants from a form (CSV)…').setInputFiles(FORM);
  const check = page.getByRole('region', { name: 'Applicants from “applicants-semicolon-bom.csv”' });
  await expect(check.getByText('12 applicants will be added')).toBeVisible();
  await check.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByLabel('Name or code', { exact: true })).toHaveCount(12);

  for (const m of MEMBERS) {
    await page.getByRole('button', { name: 'Add a committee member' }).click();
    // Typed once the keyboard is in the new member's name, as a person would.
    await expect(page.getByLabel('Member’s name').last()).toBeFocused();
    await page.keyboard.type(m);
  }
  await page.getByText(`Conflicts of interest: 0 (${RECUSED[0]})`).click();
  await page.getByRole('checkbox', { name: `${RECUSED[0]} has a conflict of interest with ${RECUSED[1]}` }).check();
  await app.waitSaved();
  const sheets: Record<string, string> = {};
  for (const m of MEMBERS) {
    sheets[m] = await saveDownload(
      await app.download(() => page.getByRole('button', { name: `Export the scoring sheet for ${m}` }).click()),
    );
  }
  const returned: Record<string, string> = {};
  for (const m of MEMBERS) returned[m] = await scoreApart(browser, baseURL!, sheets[m], m);

  // Back in another order, all at once.
  await page.getByLabel('Import returned scoring sheets').setInputFiles([returned.Fay, returned.Dana, returned.Eli]);
  await expect(page.getByText('Every member has sent their scores back.')).toBeVisible();

  const want = ranking();
  await expect(page.getByRole('list', { name: 'Ranking' }).getByRole('listitem')).toHaveText(
    want.map((r) => `${r.rank}. ${r.name}: ${r.percent}%`),
  );
  const results = page.getByRole('table', { name: 'Weighted scores per member and applicant' });
  for (const r of want) {
    const row = results.getByRole('row').filter({ has: page.getByRole('rowheader', { name: r.name }) });
    if (r.spread > 20) await expect(row).toContainText('Members disagree');
    else await expect(row).not.toContainText('Members disagree');
  }
  expect(want.filter((r) => r.spread > 20).map((r) => r.name)).toEqual(['Léa Dubois']);

  await page.getByRole('button', { name: 'Select the best-ranked up to the places' }).click();
  await expect(page.getByText(`${PLACES} selected of ${PLACES} places.`)).toBeVisible();
  const items = page.getByRole('list', { name: 'Ranking' }).getByRole('listitem');
  for (const [k, r] of want.entries()) {
    const mark = k < PLACES ? ' · selected' : k < PLACES + WAITING ? ' · waiting list' : '';
    await expect(items.nth(k)).toHaveText(`${r.rank}. ${r.name}: ${r.percent}%${mark}`);
  }

  // Letters: the feedback for one not selected starts from the committee's comments.
  const last = want[want.length - 1].name;
  expect(last).toBe('Tomás Herrera');
  const letters = page.getByRole('region', { name: 'Letters to applicants' });
  await letters.getByRole('button', { name: `Start from the committee’s comments Feedback for ${last}` }).click();
  await expect(app.field(`Feedback for ${last}`)).toHaveValue(/the plan needs partners abroad/);
  await letters.getByRole('button', { name: 'Write the letters' }).click();
  await expect(app.field(`Letter to ${want[0].name}`)).toHaveValue(/you have been selected/);
  await expect(app.field(`Letter to ${want[PLACES].name}`)).toHaveValue(/You are number 1 on the waiting list/);
  await expect(app.field(`Letter to ${want[PLACES + 1].name}`)).toHaveValue(/You are number 2 on the waiting list/);
  await expect(app.field(`Letter to ${last}`)).toHaveValue(/has not been selected this time[\s\S]*the plan needs partners abroad/);
  const mail = await app.download(() => letters.getByRole('button', { name: 'Download for mail merge (CSV)' }).click());
  expect(mail.text).toContain('ana.ruiz@example.org');

  // The calendar, read by ical.js.
  await openScreen(page, 'Planning');
  const ics = await app.download(() => page.getByRole('button', { name: 'Export the calendar (.ics)' }).click());
  const calendar = new ICAL.Component(ICAL.parse(ics.text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.length).toBeGreaterThan(10);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  for (const e of events) {
    expect(e.startDate.isDate).toBe(true);
    expect(e.endDate.compare(e.startDate)).toBe(1);
    expect(e.summary.length).toBeGreaterThan(0);
  }
  const summaries = events.map((e) => e.summary);
  expect(summaries.some((s) => s.endsWith('Initial diagnostic'))).toBe(true);
});
