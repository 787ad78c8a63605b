// A committee of three scores apart: the owner exports one sheet per
// member, each member scores in a browser of their own (one with a conflict
// of interest), and the sheets come back in another order; the results, the
// disagreement flag, the tie and the waiting list follow.
import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect, memberWithSheet, openScreen, saveDownload, storageSnapshot } from './app';

// Three browser profiles at once: once in some eight runs a member's page
// stalled on a click and was not seen again; one retry keeps that from
// failing the suite while it is watched.
test.describe.configure({ retries: 1 });

const FIXTURE = 'tests/fixtures/good/committee.json';
const CRITERIA = [
  ['Artistic quality', 60],
  ['International potential', 40],
] as const;
const MAX = 5;

/** Each member's scores, [quality, potential] per applicant; no entry: recused. */
const SCORES: Record<string, Record<string, [number, number]>> = {
  Dana: { 'Ana Ruiz': [5, 4], 'Ben Okafor': [3, 3], 'Chloé Martin': [4, 4], 'Dara Kim': [2, 2], 'Emil Novak': [4, 4] },
  Eli: { 'Ana Ruiz': [4, 4], 'Chloé Martin': [4, 4], 'Dara Kim': [2, 3], 'Emil Novak': [4, 4] },
  Fay: { 'Ana Ruiz': [5, 5], 'Ben Okafor': [1, 1], 'Chloé Martin': [4, 4], 'Dara Kim': [2, 2], 'Emil Novak': [4, 4] },
};

/** A member's weighted score, in percent of the best possible. */
function weighted([q, p]: [number, number]): number {
  return ((q * CRITERIA[0][1] + p * CRITERIA[1][1]) / (MAX * 100)) * 100;
}

/** The app's way of showing a share: one decimal, "%". */
const shown = (x: number) => `${(Math.round(x * 10) / 10).toFixed(1)}%`;

/** Mean over the members who scored, and spread, per applicant. */
function expected() {
  const names = Object.keys(SCORES.Dana);
  return names.map((name) => {
    const each = Object.values(SCORES)
      .map((s) => s[name])
      .filter((s): s is [number, number] => !!s)
      .map(weighted);
    const mean = each.reduce((a, b) => a + b, 0) / each.length;
    return { name, mean, spread: Math.max(...each) - Math.min(...each) };
  });
}

/** A member, in a browser profile of their own, scores their sheet and sends it back. */
async function scoreApart(browser: Browser, baseURL: string, sheet: string, member: string): Promise<string> {
  const { context, page, app, applicants } = await memberWithSheet(browser, baseURL, sheet, member);
  await expect(page.getByRole('heading', { level: 1, name: 'Scoring sheet: Crossings 2027' })).toBeVisible();
  const mine = SCORES[member];
  await expect(applicants).toHaveCount(Object.keys(mine).length);
  for (const [i, [name, values]] of Object.entries(mine).entries()) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    for (const [j, [criterion]] of CRITERIA.entries()) {
      await page.getByLabel(`Score for ${criterion} (0 to 5)`).fill(String(values[j]));
    }
    await page.getByLabel('Comment on Artistic quality (optional)').fill(`${member} on ${name}: clear line of work`);
    // Halfway, the member closes the tab: nothing typed is lost.
    if (i === 1) {
      await page.reload();
      await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
      await expect(page.getByLabel('Score for Artistic quality (0 to 5)')).toHaveValue(String(values[0]));
    }
    if (i + 1 < Object.keys(mine).length) await page.getByRole('button', { name: 'Next applicant' }).click();
  }
  await expect(page.getByText(`${Object.keys(mine).length} of ${Object.keys(mine).length} applicants scored`)).toBeVisible();
  const back = await app.download(() => page.getByRole('button', { name: 'Send back my scores' }).click());
  expect(back.name).toBe(`crossings-2027.${member.toLowerCase()}.scores.json`);
  // The member's browser holds the sheet, not the programme.
  await app.openHome();
  await expect(page.getByRole('link', { name: `Crossings 2027: sheet for ${member}` })).toBeVisible();
  await expect(app.programmes()).toHaveCount(0);
  await context.close();
  return saveDownload(back);
}

async function addMember(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add a committee member' }).click();
  await expect(page.getByLabel('Member’s name').last()).toBeFocused();
  await page.keyboard.type(name);
}

test('three members score apart, one recused; the results merge in any order', async ({ page, app, browser, baseURL }) => {
  test.setTimeout(120_000);
  await app.openHome();
  await app.importFile(FIXTURE);
  await app.programmes().first().getByRole('link').click();
  await openScreen(page, 'Selection');
  await app.field('Places on the waiting list').fill('1');
  for (const m of ['Dana', 'Eli', 'Fay']) await addMember(page, m);
  await page.getByText('Conflicts of interest: 0 (Eli)').click();
  await page.getByRole('checkbox', { name: 'Eli has a conflict of interest with Ben Okafor' }).check();
  await expect(page.getByText('Still to send their scores: Dana, Eli, Fay')).toBeVisible();
  await app.waitSaved();

  const sheets: Record<string, string> = {};
  for (const m of ['Dana', 'Eli', 'Fay']) {
    const sheet = await app.download(() => page.getByRole('button', { name: `Export the scoring sheet for ${m}` }).click());
    // Only what scoring needs: no e-mail, no budget, not the recused applicant.
    expect(sheet.text).not.toContain('@example.org');
    expect(sheet.text).not.toContain('"budget"');
    expect(sheet.text.includes('Ben Okafor')).toBe(m !== 'Eli');
    sheets[m] = await saveDownload(sheet);
  }

  const returned: Record<string, string> = {};
  for (const m of ['Dana', 'Eli', 'Fay']) returned[m] = await scoreApart(browser, baseURL!, sheets[m], m);

  // A tampered sheet: Eli's, edited to score the applicant Eli is recused from.
  const eli = JSON.parse(await readFile(returned.Eli, 'utf8'));
  const ben = '00000000-0000-4000-9000-000000000021';
  eli.scores.push({ applicant_id: ben, criterion_id: eli.criteria[0].id, value: 5, comment: '' });
  const tampered = await saveDownload({ name: 'eli-tampered.scores.json', text: JSON.stringify(eli) });
  const other = JSON.parse(await readFile(returned.Dana, 'utf8'));
  other.programme_id = '00000000-0000-4000-9000-999999999999';
  other.programme_title = 'Another programme';
  const elsewhere = await saveDownload({ name: 'other.scores.json', text: JSON.stringify(other) });
  const before = await storageSnapshot(page);
  const input = page.getByLabel('Import returned scoring sheets');
  await input.setInputFiles([tampered, elsewhere]);
  const outcomes = page.getByRole('status').filter({ hasText: 'eli-tampered' });
  await expect(outcomes).toContainText('scores Ben Okafor, with whom they declared a conflict of interest; nothing was taken.');
  await expect(outcomes).toContainText('This sheet is for another programme (“Another programme”); nothing was taken.');
  expect(await storageSnapshot(page)).toBe(before);

  // Back in another order: Fay first, then Dana and Eli together.
  await input.setInputFiles(returned.Fay);
  await expect(page.getByText('Still to send their scores: Dana, Eli')).toBeVisible();
  await input.setInputFiles([returned.Eli, returned.Dana]);
  await expect(page.getByText('Every member has sent their scores back.')).toBeVisible();

  const results = page.getByRole('table', { name: 'Weighted scores per member and applicant' });
  const want = expected().sort((a, b) => b.mean - a.mean);
  const rows = results.getByRole('row');
  await expect(rows).toHaveCount(1 + want.length);
  for (const w of want) {
    const row = rows.filter({ has: page.getByRole('rowheader', { name: w.name }) });
    await expect(row.getByRole('cell').nth(4)).toHaveText(shown(w.mean));
    await expect(row.getByRole('cell').nth(5)).toContainText(shown(w.spread));
    if (w.spread > 20) await expect(row).toContainText('Members disagree');
    else await expect(row).not.toContainText('Members disagree');
  }
  // Eli is recused from Ben: the mean is over Dana and Fay.
  await expect(rows.filter({ has: page.getByRole('rowheader', { name: 'Ben Okafor' }) }).getByRole('cell').nth(2)).toHaveText('Recused');

  // Chloé and Emil tie for the last place: shown as a tie, decided with a reason.
  const ranking = page.getByRole('list', { name: 'Ranking' }).getByRole('listitem');
  await expect(ranking).toHaveText([
    `1. Ana Ruiz: ${shown(want[0].mean)}`,
    '2. Chloé Martin: 80.0%',
    '2. Emil Novak: 80.0%',
    `4. Dara Kim: ${shown(want[3].mean)}`,
    `5. Ben Okafor: ${shown(want[4].mean)}`,
  ]);
  await page.getByRole('button', { name: 'Select the best-ranked up to the places' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'tie at the last place' })).toBeVisible();
  const tie = page.getByRole('group', { name: 'Tie at rank 2' });
  await tie.getByRole('button', { name: 'Move Emil Novak up' }).click();
  await tie.getByLabel('Why this order').fill('Balance of disciplines in the group');
  await tie.getByRole('button', { name: 'Record this order' }).click();
  await expect(ranking.nth(1)).toHaveText('2. Emil Novak: 80.0% · tie decided: Balance of disciplines in the group');
  await page.getByRole('button', { name: 'Select the best-ranked up to the places' }).click();
  await expect(ranking).toHaveText([
    /^1\. Ana Ruiz: .* · selected$/,
    /^2\. Emil Novak: 80\.0% · selected · tie decided/,
    /^3\. Chloé Martin: 80\.0% · waiting list · tie decided/,
    /^4\. Dara Kim/,
    /^5\. Ben Okafor/,
  ]);

  const csv = await app.download(() => page.getByRole('button', { name: 'Export the results (CSV)' }).click());
  const lines = csv.text.trim().split('\n');
  expect(lines[0]).toBe('Rank,Applicant,Dana,Eli,Fay,Mean weighted score (%),Spread (points),Decision,Notes');
  expect(lines[1]).toBe('1,Ana Ruiz,92.0,80.0,100.0,90.7,20.0,Selected,');
  expect(lines[5]).toBe('5,Ben Okafor,60.0,Recused,20.0,40.0,40.0,Not selected,Members disagree');

  await page.reload();
  await expect(page.getByText('Every member has sent their scores back.')).toBeVisible();
  await expect(ranking.nth(2)).toContainText('waiting list');
  await app.expectAccessible();

  // Returned scores dropped on home by mistake are sent where they belong.
  await app.backToList();
  await app.importFile(returned.Dana);
  await expect(page.getByRole('alert')).toContainText('holds the scores Dana sent back for “Crossings 2027”');
  await expect(page.getByRole('heading', { name: 'Scoring sheets' })).toHaveCount(0);
});
