import { test, expect, App } from './app';

test.describe('data safety', () => {
  test('a second tab follows saved changes, and a real conflict asks instead of overwriting', async ({ page, baseURL, app: a }) => {
    await a.start();
    await a.saveTitle('Shared programme');
    const url = page.url();

    const other = await page.context().newPage();
    // Lets the test hold back this tab's autosave (the 400 ms timer) on demand.
    await other.addInitScript(() => {
      const w = window as unknown as { __hold: boolean; setTimeout: typeof setTimeout };
      const real = window.setTimeout.bind(window);
      w.__hold = false;
      w.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
        w.__hold && ms === 400 ? 0 : real(fn, ms, ...rest)) as typeof setTimeout;
    });
    const b = new App(other, baseURL!);
    await other.goto(url);
    await expect(b.field('Programme title')).toHaveValue('Shared programme');

    // B has nothing unsaved: it simply follows A.
    await a.field('Tagline').fill('Typed in A');
    await a.waitSaved();
    await expect(b.field('Tagline')).toHaveValue('Typed in A');

    // B types but its autosave is held back; A saves meanwhile.
    await other.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true));
    await b.field('Objectives').fill('Typed in B');
    await a.field('Tagline').fill('Typed in A again');
    await a.waitSaved();
    const conflict = other.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await expect(conflict).toBeVisible();
    await expect(b.field('Objectives')).toHaveValue('Typed in B');

    await conflict.getByRole('button', { name: 'Keep mine as a copy, load theirs' }).click();
    await expect(b.field('Tagline')).toHaveValue('Typed in A again');
    await expect(b.field('Objectives')).toHaveValue('');
    await other.getByRole('button', { name: 'Undo' }).click();
    await expect(b.field('Objectives')).toHaveValue('Typed in B');
    await other.getByRole('button', { name: 'Redo' }).click();

    await a.backToList();
    await expect(a.programmes()).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Shared programme (copy)' })).toBeVisible();
  });

  test('when the browser refuses storage the app works in memory and says so', async ({ page, app }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await app.openHome();
    await expect(page.getByRole('alert').filter({ hasText: 'Working in memory only.' })).toBeVisible();
    await app.newProgramme();
    await app.saveTitle('Kept in memory');
    const exported = await app.download(() => page.getByRole('button', { name: 'Export this programme' }).click());
    expect(JSON.parse(exported.text).drafts[0].overview.title).toBe('Kept in memory');
  });

  test('a damaged stored programme opens as damaged, offers its text, and is never overwritten', async ({ page, app }) => {
    await app.start();
    await app.saveTitle('Fragile');
    const url = page.url();
    const id = url.split('/draft/')[1].split('/')[0];
    await app.backToList();
    await page.evaluate((key) => localStorage.setItem(key, '{"format":"trajectory-studio", broken'), `trajectory-studio/v1/draft/${id}`);
    const key = `trajectory-studio/v1/draft/${id}`;
    await page.goto(url);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'This programme cannot be opened' })).toBeVisible();
    const raw = await app.download(() => page.getByRole('button', { name: 'Download its stored text' }).click());
    expect(raw.text).toBe('{"format":"trajectory-studio", broken');
    await page.getByRole('link', { name: 'Back to all programmes' }).click();
    await expect(app.programmes().first()).toContainText('Damaged: its stored copy cannot be read.');
    await page.reload();
    await expect(app.programmes().first()).toContainText('Damaged');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('{"format":"trajectory-studio", broken');
    await page.getByRole('button', { name: /^Move to trash/ }).click();
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  });
});

test.describe('storage full', () => {
  test('a full storage keeps the edit, says so, still exports, and saves once space is freed', async ({ page, app }) => {
    await app.start();
    await app.saveTitle('Under pressure');
    const fillers = await page.evaluate(() => {
      const keys: string[] = [];
      let chunk = 'x'.repeat(512 * 1024);
      for (let i = 0; chunk.length >= 16; i++) {
        try {
          localStorage.setItem(`test-filler/${i}`, chunk);
          keys.push(`test-filler/${i}`);
        } catch {
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
      return keys;
    });
    expect(fillers.length).toBeGreaterThan(0);
    await app.field('Objectives').fill('Typed while the storage is full '.repeat(20));
    const banner = page.getByRole('alert').filter({ hasText: 'Not saved:' });
    await expect(banner).toContainText("the browser's storage for this page is full");
    await expect(page.getByRole('status').filter({ hasText: /^Not saved/ })).toBeVisible();

    const exported = await app.download(() => banner.getByRole('button', { name: 'Export this programme' }).click());
    expect(JSON.parse(exported.text).drafts[0].overview.objectives).toContain('Typed while the storage is full');

    await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), fillers);
    await banner.getByRole('button', { name: 'Try again' }).click();
    await app.waitSaved();
    await page.reload();
    await expect(app.field('Objectives')).toHaveValue(/Typed while the storage is full/);
  });
});
