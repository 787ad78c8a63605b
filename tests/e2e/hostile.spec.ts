import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openFile, saveDownload } from './app';

const xss = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'xss');
const PAYLOADS: string[] = JSON.parse(readFileSync(join(xss, 'payloads.json'), 'utf8'));
const SCREENS = [
  'Overview', 'Phases', 'Mentorship contents', 'Experts and end-users', 'Selection', 'Budget',
  'Planning', 'Communication', 'Evaluation', 'Call for participation', 'Review',
];

async function flag(page: Page) {
  return page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
}

async function visitEveryScreen(page: Page) {
  for (const name of SCREENS) {
    const link = page.getByRole('navigation', { name: 'Parts of the programme' }).getByRole('link', { name, exact: true });
    await link.click();
    // The screen is this one, and here (a screen may still be on its way),
    // before its items are counted.
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    // Unfold every item so its form's fields render the hostile text too.
    const edits = page.getByRole('button', { name: /^Edit “/ });
    const n = Math.min(await edits.count(), 3);
    for (let i = 0; i < n; i++) await edits.first().click();
  }
}

test.describe('hostile input stays text', () => {
  test.setTimeout(120_000);

  test(`${PAYLOADS.length} payloads typed into every kind of field run nowhere`, async ({ page, app }) => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    await app.start('Reference learning trajectory');
    await page.getByRole('button', { name: 'Add an organiser' }).click();
    await expect(app.field('Name')).toBeFocused();
    const fields = [
      app.field('Programme title'), // single-line input
      app.field('Objectives'), // text area
      app.field('Disciplines'), // one-per-line list
      app.field('Name'), // input in a list row
    ];
    for (const payload of PAYLOADS) {
      for (const f of fields) await f.fill(payload);
    }
    await app.field('Programme title').fill(PAYLOADS[1]);
    await app.field('Objectives').fill(PAYLOADS.join('\n'));
    await page.getByRole('navigation', { name: 'Parts of the programme' }).getByRole('link', { name: 'Selection' }).click();
    await page.getByRole('button', { name: 'Add an applicant' }).click();
    await expect(page.getByLabel('Name or code')).toBeFocused();
    await page.getByLabel('Name or code').fill(PAYLOADS[0]); // grid cell
    await page.getByLabel('Criterion', { exact: true }).first().fill(PAYLOADS[2]);
    await page.getByRole('navigation', { name: 'Parts of the programme' }).getByRole('link', { name: 'Call for participation' }).click();
    await app.field('Introduction').fill(PAYLOADS.slice(0, 10).join(' '));
    await app.field('Contact for questions').fill(PAYLOADS[5]);
    await visitEveryScreen(page);
    await app.waitSaved();
    await page.reload();
    await visitEveryScreen(page);
    expect(await flag(page)).toBeUndefined();
    await expect(page.locator('main script, main img, main iframe, main object, main embed, main svg:not([role]) animate')).toHaveCount(0);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test('a file whose every text is a payload imports as text, and its exported call is inert', async ({ page, app }) => {
    await app.openHome();
    await app.importFile(join(xss, 'hostile.trajectory.json'));
    await expect(app.programmes()).toHaveCount(1);
    await app.programmes().first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>window.__xss=1</script>');
    await visitEveryScreen(page);
    expect(await flag(page)).toBeUndefined();

    for (const language of ['en', 'fr']) {
      await page.getByRole('navigation', { name: 'Parts of the programme' }).getByRole('link', { name: 'Call for participation' }).click();
      await app.field('Language of the call').selectOption(language);
      const html = await app.download(() => page.getByRole('button', { name: 'Download .html' }).click());
      const file = await saveDownload(html);
      const { tab: opened, requests } = await openFile(page, file);
      await opened.waitForTimeout(200);
      expect(await flag(opened)).toBeUndefined();
      expect(requests).toEqual([`file://${file}`]);
      await opened.close();
    }
    // Exported JSON keeps the payloads as they were typed.
    const exported = await app.download(() => page.getByRole('button', { name: 'Export this programme' }).click());
    expect(JSON.parse(exported.text).drafts[0].overview.title).toBe('<script>window.__xss=1</script>');
    expect(app.foreignRequests).toEqual([]);
    expect(await flag(page)).toBeUndefined();
  });
});
