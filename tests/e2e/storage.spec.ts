import type { Page } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './app';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
/** What localStorage keeps per site, in UTF-16 code units (see src/store/usage.rs). */
const LIMIT = 5 * 1024 * 1024;

/** The home screen's figure for what the app stores, in characters. */
async function storedChars(page: Page): Promise<number> {
  const text = await page.getByText(/^Your programmes and settings take/).textContent();
  const n = /take ([\d,]+) of the/.exec(text ?? '');
  expect(n, `a number of characters in “${text}”`).not.toBeNull();
  return Number(n![1].replace(/,/g, ''));
}

/** What the browser holds for the app: UTF-16 code units of its keys and values. */
async function heldChars(page: Page): Promise<number> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('trajectory-studio/'))
      .reduce((n, k) => n + k.length + localStorage.getItem(k)!.length, 0),
  );
}

test.describe('honest storage', () => {
  test('home warns from 80% of what localStorage holds, and says how to make room', async ({ page, app }) => {
    await app.openHome();
    const warning = page.getByRole('alert').filter({ hasText: /storage is \d+% full/ });
    await expect(page.getByText(/of the 5,242,880 characters this browser keeps for this site/)).toBeVisible();
    await expect(warning).toHaveCount(0);

    // Another page of the same site filled 85% of it before this visit.
    await page.evaluate((n) => localStorage.setItem('test-filler/other-page', 'x'.repeat(n)), Math.floor(LIMIT * 0.85));
    await page.reload();
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("This site's storage is 85% full");
    await expect(warning.getByRole('listitem')).toHaveText([
      /^export your programmes to files/,
      /^empty the trash/,
      /^delete programmes you no longer need/,
    ]);
    await expect(page.getByText(/Other pages of this site take [\d,]+ more\./)).toBeVisible();

    // Just under 80%: no warning.
    await page.evaluate((n) => localStorage.setItem('test-filler/other-page', 'x'.repeat(n)), Math.floor(LIMIT * 0.78));
    await page.reload();
    await expect(page.getByText(/Other pages of this site take [\d,]+ more\./)).toBeVisible();
    await expect(warning).toHaveCount(0);
    await page.evaluate(() => localStorage.removeItem('test-filler/other-page'));
  });

  test('the storage figure follows an import, the trash and emptying it', async ({ page, app }) => {
    await app.openHome();
    expect(await storedChars(page)).toBe(await heldChars(page));
    await app.importFile(join(fixtures, 'good', 'full.json'));
    await expect(app.programmes()).toHaveCount(1);
    await expect.poll(() => storedChars(page)).toBeGreaterThan(5000);
    const imported = await storedChars(page);
    expect(imported).toBe(await heldChars(page));

    await page.getByRole('button', { name: /^Move to trash/ }).click();
    // In the trash a programme still takes its room.
    await expect.poll(() => storedChars(page)).toBeGreaterThanOrEqual(imported);
    expect(await storedChars(page)).toBe(await heldChars(page));
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    // Only the list of programmes, now empty, is left.
    await expect.poll(() => storedChars(page)).toBeLessThan(100);
    expect(await storedChars(page)).toBe(await heldChars(page));
  });

  test('a programme damaged in storage is listed as damaged when home loads, its text offered, the others fine', async ({
    page,
    app,
  }) => {
    await app.openHome();
    const titles = ['Fine one', 'Cut short', 'One character changed'];
    for (const title of titles) {
      await app.newProgramme();
      await app.saveTitle(title);
      await app.backToList();
    }
    const keys: Record<string, string> = await page.evaluate(() =>
      Object.fromEntries(
        JSON.parse(localStorage.getItem('trajectory-studio/v1/index')!).drafts.map((d: { title: string; id: string }) => [
          d.title,
          `trajectory-studio/v1/draft/${d.id}`,
        ]),
      ),
    );
    // One copy cut short (its length differs), one with a character changed
    // (same length, found by its hash).
    const damaged: Record<string, string> = await page.evaluate(
      ([cut, changed]) => {
        localStorage.setItem(cut, localStorage.getItem(cut)!.slice(0, 120));
        localStorage.setItem(changed, localStorage.getItem(changed)!.replace('{', '['));
        return { 'Cut short': localStorage.getItem(cut)!, 'One character changed': localStorage.getItem(changed)! };
      },
      [keys['Cut short'], keys['One character changed']],
    );
    await page.reload();
    const card = (title: string) =>
      app.programmes().filter({ has: page.getByRole('link', { name: title, exact: true }) });
    for (const title of ['Cut short', 'One character changed']) {
      await expect(card(title)).toContainText('Damaged: its stored copy cannot be read.');
      const raw = await app.download(() =>
        card(title).getByRole('button', { name: `Download its stored text “${title}”` }).click(),
      );
      expect(raw.text).toBe(damaged[title]);
      expect(await page.evaluate((k) => localStorage.getItem(k), keys[title])).toBe(damaged[title]);
    }
    await expect(card('Fine one')).toBeVisible();
    await expect(card('Fine one')).not.toContainText('Damaged');
    await expect(card('Fine one').getByRole('button', { name: /^Download its stored text/ })).toHaveCount(0);
    // Still so after another load, and the fine one still opens.
    await page.reload();
    await expect(card('One character changed')).toContainText('Damaged');
    await page.getByRole('link', { name: 'Fine one', exact: true }).click();
    await expect(app.field('Programme title')).toHaveValue('Fine one');
  });
});
