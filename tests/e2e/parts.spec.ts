// The app in parts: a first visit fetches the main module only; the editor
// (its overview; its other screens are a part of their own), a member's
// scoring view, a programme opened from a link and what home does
// with programmes (reading, writing, importing them) are fetched the first
// time they are needed, the starting programmes when the chooser first
// opens, the interface's texts in one language at a time. A part that cannot
// be fetched says so, offers to try again, and costs nothing typed.
import type { Page } from '@playwright/test';
import { test, expect, openScreen, type App } from './app';

// Requests go to the network, where the test can refuse them, not to the
// service worker's copies.
test.use({ serviceWorkers: 'block' });

const EDITOR = /\/split_editor-[0-9a-f]+\.wasm$/;
const SCREENS = /\/split_screens-[0-9a-f]+\.wasm$/;
const RUNNING = /\/split_running-[0-9a-f]+\.wasm$/;
const LIBRARY = /\/split_library-[0-9a-f]+\.wasm$/;
const TEXTS = /\/texts\/(en|fr)\.json$/;
const TEMPLATES = /\/templates\/[a-z-]+\.(en|fr)\.trajectory\.json$/;

/** Refuses every request for `part`, as a lost connection would. */
const cutOff = (page: Page, part: RegExp) => page.route(part, (route) => route.abort('internetdisconnected'));

/** Home with `part` cut off, and the choice of a new programme open. */
async function chooseWithout(app: App, part: RegExp) {
  await cutOff(app.page, part);
  await app.openHome();
  await app.page.getByRole('button', { name: 'New programme' }).click();
}

test.describe('parts fetched on demand', () => {
  test('home is usable before the editor is fetched, and the editor is fetched once', async ({ page, app }) => {
    const wasm: string[] = [];
    const templates: string[] = [];
    const texts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()!);
      if (TEMPLATES.test(r.url())) templates.push(new URL(r.url()).pathname.split('/').pop()!);
      if (TEXTS.test(r.url())) texts.push(new URL(r.url()).pathname.split('/').pop()!);
    });
    await app.openHome();
    expect(wasm.filter((f) => !f.startsWith('trajectory-studio_bg-'))).toEqual([]);
    expect(templates).toEqual([]);
    await app.newProgramme('Reference learning trajectory');
    expect(wasm.filter((f) => EDITOR.test(`/${f}`))).toHaveLength(1);
    // The chooser fetched the starting programmes of the interface's language only.
    expect(templates.sort()).toEqual([
      'reference.en.trajectory.json',
      'showcase.en.trajectory.json',
      'study-visit.en.trajectory.json',
    ]);
    // The editor opens on its overview, in the interface's language only;
    // its other screens come together the first time one of them is shown,
    // with the other language, which the call and the letters may be in.
    expect(wasm.filter((f) => SCREENS.test(`/${f}`))).toEqual([]);
    expect(texts).toEqual(['en.json']);
    await openScreen(page, 'Budget');
    await openScreen(page, 'Phases');
    expect(wasm.filter((f) => SCREENS.test(`/${f}`))).toHaveLength(1);
    expect(texts.sort()).toEqual(['en.json', 'fr.json']);
    // Running the programme is a part of its own, not fetched while designing.
    expect(wasm.filter((f) => RUNNING.test(`/${f}`))).toEqual([]);
    await openScreen(page, 'Participants');
    await openScreen(page, 'Progress');
    expect(wasm.filter((f) => RUNNING.test(`/${f}`))).toHaveLength(1);
    // Back home and into the editor again: nothing fetched twice.
    await page.getByRole('link', { name: 'All programmes' }).click();
    await page.getByRole('link', { name: 'International learning trajectory' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    expect(new Set(wasm).size).toBe(wasm.length);
    expect(app.consoleErrors).toEqual([]);
  });

  test('a part that cannot be fetched says so, keeps the programme, and loads on “Try again”', async ({
    page,
    app,
  }) => {
    await chooseWithout(app, EDITOR);
    await page.getByRole('button', { name: /^Reference learning trajectory/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This part of the app could not be loaded' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Nothing you typed is lost');
    await app.expectAccessible();
    // The new programme is stored all the same.
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('trajectory-studio/v1/draft/')),
    );
    expect(stored).toHaveLength(1);

    // The connection is back.
    await page.unroute(EDITOR);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    await app.saveTitle('Fetched at the second try');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Fetched at the second try' })).toBeVisible();
  });

  test('a screen that cannot be fetched says so in the editor, and what was typed stays', async ({ page, app }) => {
    await cutOff(page, SCREENS);
    await app.start('Reference learning trajectory');
    await app.saveTitle('Typed before the connection dropped');
    await page.getByRole('navigation', { name: 'Parts of the programme' }).getByRole('link', { name: 'Phases' }).click();
    await expect(page.getByRole('heading', { name: 'This part of the app could not be loaded' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Nothing you typed is lost');
    // The editor around it still works: its title, its menu, its saving.
    await expect(page.getByRole('heading', { level: 1, name: 'Typed before the connection dropped' })).toBeVisible();
    await app.expectAccessible();

    await page.unroute(SCREENS);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Phases' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Typed before the connection dropped' })).toBeVisible();
  });

  test('home reads programmes only when an action needs it, and an action that cannot be fetched says so', async ({
    page,
    app,
  }) => {
    const wasm: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()!);
    });
    await chooseWithout(app, LIBRARY);
    await page.getByRole('button', { name: /^Blank programme/ }).click();
    await expect(page.getByText('This could not be done')).toBeVisible();
    await expect(page.getByText('Nothing is lost; try again.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
    await app.expectAccessible();
    const drafts = () =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('trajectory-studio/v1/draft/')));
    expect(await drafts()).toHaveLength(0);

    // The connection is back: the same click does it.
    await page.unroute(LIBRARY);
    await page.getByRole('button', { name: 'New programme' }).click();
    await page.getByRole('button', { name: /^Blank programme/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    await app.saveTitle('Made at the second try');
    expect(await drafts()).toHaveLength(1);

    // A later visit lists it from the index alone, and checks its copy
    // without fetching the part that reads programmes.
    wasm.length = 0;
    await app.openHome();
    await expect(page.getByRole('link', { name: 'Made at the second try' })).toBeVisible();
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 200))));
    expect(wasm.filter((f) => LIBRARY.test(`/${f}`))).toEqual([]);
  });

  test('a copy the index missed waits, without a word, for the part that reads it', async ({ page, app }) => {
    await app.start();
    await app.saveTitle('Missed by the index');
    // The index forgets the programme: the next start must read its copy.
    await page.evaluate(() => {
      const key = 'trajectory-studio/v1/index';
      const index = JSON.parse(localStorage.getItem(key)!);
      index.drafts = [];
      localStorage.setItem(key, JSON.stringify(index));
    });
    let refused = 0;
    await page.route(LIBRARY, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await app.openHome();
    await expect.poll(() => refused).toBeGreaterThan(0);
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 200))));
    // Nobody clicked anything: nothing to say.
    await expect(page.getByText('This could not be done')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Missed by the index' })).toHaveCount(0);

    // A later visit with the connection back reads it.
    await page.unroute(LIBRARY);
    await app.openHome();
    await expect(page.getByRole('link', { name: 'Missed by the index' })).toBeVisible();
  });

  test('starting programmes that cannot be fetched leave Blank at hand and load on “Try again”', async ({
    page,
    app,
  }) => {
    await chooseWithout(app, TEMPLATES);
    const chooser = page.getByRole('group', { name: 'Start from' });
    await expect(chooser.getByRole('alert')).toContainText('The starting programmes could not be fetched');
    await expect(page.getByRole('button', { name: /^Blank programme/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Reference learning trajectory/ })).toHaveCount(0);
    await app.expectAccessible();

    await page.unroute(TEMPLATES);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: /^Showcase/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    expect(app.consoleErrors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  test('the texts of one language are fetched, the other only when chosen', async ({ page, app }) => {
    const texts: string[] = [];
    page.on('request', (r) => {
      if (TEXTS.test(r.url())) texts.push(new URL(r.url()).pathname.split('/').pop()!);
    });
    await app.openHome();
    expect(texts).toEqual(['en.json']);

    // French cannot be fetched: the page stays in English and says why.
    await cutOff(page, TEXTS);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(page.getByText('The texts in Français could not be fetched')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');

    await page.unroute(TEXTS);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();
    expect(texts.filter((f) => f === 'fr.json').length).toBeGreaterThan(0);
    // Remembered: the next visit starts in French and fetches French only.
    texts.length = 0;
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();
    expect(texts).toEqual(['fr.json']);
  });

  test('texts that cannot be fetched at start say so in both languages and lose nothing', async ({ page, app }) => {
    await app.openHome();
    await app.newProgramme();
    await app.saveTitle('Kept while offline');
    await cutOff(page, TEXTS);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('could not fetch its texts');
    await expect(page.getByRole('alert')).toContainText('n’a pas pu télécharger ses textes');
    await app.expectAccessible();

    await page.unroute(TEXTS);
    await page.getByRole('button', { name: 'Try again · Réessayer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kept while offline' })).toBeVisible();
  });
});
