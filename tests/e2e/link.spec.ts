// Sharing a programme by link: the whole programme, deflated by the
// browser, in the URL's fragment. Opening one shows it read only and stores
// nothing until a copy is saved; a hostile or broken link is refused with a
// reason and writes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { App, test, expect, storageSnapshot } from './app';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A link to `bytes` as the app writes one: deflate-raw, base64url, in the fragment. */
function linkTo(bytes: Buffer | string): string {
  return `./#/shared/${deflateRawSync(bytes).toString('base64url')}`;
}

/** Opens `link` in a fresh profile's page and returns what storage holds after. */
async function openLink(page: Page, link: string) {
  await page.goto(link);
  return storageSnapshot(page);
}

test('a programme travels by link to another browser, read only until a copy is saved', async ({
  page,
  app,
  browser,
  baseURL,
}) => {
  await app.start('Reference learning trajectory');
  await app.saveTitle('Nordic Showcase Lab');
  await page.getByRole('button', { name: 'Copy a link' }).click();
  const field = page.getByLabel('Link to this programme');
  await expect(field).toHaveValue(/#\/shared\/[A-Za-z0-9_-]+$/);
  const link = await field.inputValue();
  expect(link.length).toBeLessThan(32_000);

  // Another browser: nothing stored on opening, all of it on saving a copy.
  const other = await browser.newContext();
  const partnerPage = await other.newPage();
  const partner = new App(partnerPage, baseURL!);
  await partnerPage.goto(link);
  await expect(partnerPage.getByText('Shared programme, read only.')).toBeVisible();
  await expect(partnerPage.getByRole('article').getByText('Nordic Showcase Lab').first()).toBeVisible();
  expect(await storageSnapshot(partnerPage)).toBe('[]');
  await partner.expectAccessible();
  await partnerPage.getByRole('button', { name: 'Save a copy to my programmes' }).click();
  await expect(partnerPage.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  await expect(partner.field('Programme title')).toHaveValue('Nordic Showcase Lab');
  expect(partner.consoleErrors).toEqual([]);
  expect(partner.foreignRequests).toEqual([]);
  await other.close();

  // Here, where the programme already is, saving a copy asks as an import does.
  await page.goto(link);
  await page.getByRole('button', { name: 'Save a copy to my programmes' }).click();
  await expect(page.getByRole('button', { name: 'Compare and merge' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep both' })).toBeVisible();
});

test('every good file of one programme round-trips through a link', async ({ page }) => {
  for (const name of readdirSync(join(fixtures, 'good'))) {
    const bytes = readFileSync(join(fixtures, 'good', name));
    const file = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (file.drafts.length !== 1) continue;
    expect(await openLink(page, linkTo(bytes)), name).toBe('[]');
    await expect(page.getByText('Shared programme, read only.'), name).toBeVisible();
    const title = file.drafts[0].overview?.title?.trim() || 'Untitled programme';
    await expect(page.getByRole('article').getByText(title).first(), name).toBeVisible();
  }
});

test('a hostile or broken link is refused with a reason and writes nothing', async ({ page, app }) => {
  const valid = linkTo(readFileSync(join(fixtures, 'good', 'full.json')));
  const links: [string, RegExp][] = [
    ['./#/shared/!!!not-base64', /not written the way this app writes links/],
    ['./#/shared/Zm9vY', /not written the way this app writes links/],
    [valid.slice(0, Math.floor(valid.length / 2)), /damaged|not written/],
    [linkTo('{"format": "trajectory-studio", "schema_version": 1, "drafts": ['), /refused/],
    [linkTo('not json at all'), /refused/],
    [linkTo(readFileSync(join(fixtures, 'bad', 'future-version.json'))), /refused/],
    [linkTo(readFileSync(join(fixtures, 'bad', 'dangling-phase-reference.json'))), /refused/],
    [linkTo(readFileSync(join(fixtures, 'good', 'bundle.json'))), /holds 2 programmes/],
    // A decompression bomb: 20 MB of zeros in about 27 000 characters.
    [linkTo(Buffer.alloc(20 * 1024 * 1024)), /expands to more than/],
    [`./#/shared/${'A'.repeat(40_000)}`, /longer than/],
    // A mentor's log sheet from a newer app, and one cut short.
    [linkTo(JSON.stringify({ format: 'trajectory-studio/log-sheet', schema_version: 99 })), /not imported.*newer version/],
    [linkTo('{"format": "trajectory-studio/log-sheet", "schema_version": 1, "mentees": ['), /not imported/],
  ];
  // And every file the import refuses, as a link, for its own reason.
  for (const name of readdirSync(join(fixtures, 'bad')).filter((n) => n !== 'expected-errors.json')) {
    links.push([linkTo(readFileSync(join(fixtures, 'bad', name))), /refused|longer than|expands to more than/]);
  }
  for (const [link, why] of links) {
    expect(await openLink(page, link), link.slice(0, 60)).toBe('[]');
    await expect(page.getByRole('heading', { name: 'This link does not open' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: why }), link.slice(0, 60)).toBeVisible();
    expect(await storageSnapshot(page)).toBe('[]');
  }
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});
