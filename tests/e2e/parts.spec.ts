// The app in parts: a first visit fetches the main module only; the editor,
// a member's scoring view and a programme opened from a link are fetched the
// first time they are needed. A part that cannot be fetched says so, offers to
// try again, and costs nothing typed.
import { test, expect } from './app';

// Requests go to the network, where the test can refuse them, not to the
// service worker's copies.
test.use({ serviceWorkers: 'block' });

const EDITOR = /\/split_editor-[0-9a-f]+\.wasm$/;

test.describe('parts fetched on demand', () => {
  test('home is usable before the editor is fetched, and the editor is fetched once', async ({ page, app }) => {
    const wasm: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()!);
    });
    await app.openHome();
    expect(wasm.filter((f) => !f.startsWith('trajectory-studio_bg-'))).toEqual([]);
    await app.newProgramme('Reference learning trajectory');
    expect(wasm.filter((f) => EDITOR.test(`/${f}`))).toHaveLength(1);
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
    await page.route(EDITOR, (route) => route.abort('internetdisconnected'));
    await app.openHome();
    await page.getByRole('button', { name: 'New programme' }).click();
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
});
