import { test, expect } from './app';

test.describe('the app shell', () => {
  test('loads under the sub-path with no console error and no foreign request', async ({ page, app }) => {
    const response = await page.goto('./');
    expect(response?.status()).toBe(200);
    expect(page.url()).toContain('/trajectory-studio/');
    await expect(page.getByRole('link', { name: 'Trajectory Studio' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No programmes yet' })).toBeVisible();
    // Every asset came from the sub-path, relative to the page.
    const assets = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(assets.length).toBeGreaterThan(2);
    for (const path of assets) expect(path.startsWith('/trajectory-studio/')).toBe(true);
    await app.newProgramme();
    await app.saveTitle('Requests check');
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  test('sends a Content-Security-Policy that allows its own origin only', async ({ page, baseURL }) => {
    await page.goto('./');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`home screen has no axe violations (${scheme})`, async ({ page, app }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.openHome();
      await app.expectAccessible();
      await app.newProgramme();
      await app.field('Programme title').fill('Axe check');
      await page.getByRole('button', { name: 'Add an organiser' }).click();
      await app.expectAccessible();
      await app.backToList();
      await expect(app.programmes()).toHaveCount(1);
      await app.expectAccessible();
    });
  }

  test('fits a 360 px phone without sideways scrolling', async ({ page, app }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await app.start();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
