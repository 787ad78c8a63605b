// Offline use: after one visit the app opens and works with its server
// stopped, and a new deploy takes over cleanly, never mixed with the old one.
// Each test serves its own copy of dist/ with the project's static server, so
// it can stop that server or deploy a changed build into it.
import { test, expect, type Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from './app';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = '/trajectory-studio/';

class Host {
  readonly dir = mkdtempSync(join(tmpdir(), 'ts-offline-'));
  private server?: ChildProcess;
  constructor(readonly port: number) {
    cpSync(join(root, 'dist'), this.dir, { recursive: true });
  }
  get url() {
    return `http://127.0.0.1:${this.port}${base}`;
  }
  async start() {
    this.server = spawn(
      'node',
      [join(root, 'scripts', 'static-server.mjs'), '--port', String(this.port), '--base', base, '--dir', this.dir],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(this.url)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('static server did not start');
  }
  async stop() {
    this.server?.kill();
    await new Promise((r) => setTimeout(r, 200));
    await expect(fetch(this.url)).rejects.toThrow();
  }
  /** Deploys a changed build: a new page, then the build's last steps again (service worker, compressed copies). */
  deployChange(marker: string) {
    const page = join(this.dir, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<head>', `<head>\n    <meta name="build" content="${marker}" />`));
    for (const step of ['service-worker.mjs', 'compress.mjs']) {
      execFileSync('node', [join(root, 'scripts', step)], { env: { ...process.env, TRUNK_STAGING_DIR: this.dir } });
    }
  }
  remove() {
    this.server?.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Loads the page until the service worker controls it. */
async function controlled(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test.describe('offline', () => {
  test('after one visit the app opens and keeps work with the server stopped', async ({ page }) => {
    const host = new Host(4191);
    try {
      await host.start();
      const app = new App(page, host.url);
      await controlled(page, host.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();

      await host.stop();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
      await app.newProgramme('Reference learning trajectory');
      await app.saveTitle('Written offline');
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Written offline' })).toBeVisible();
      // A link to a screen opens offline too.
      await page.goto(page.url().replace(/overview$/, 'budget'));
      await expect(page.getByRole('heading', { level: 2, name: 'Budget' })).toBeVisible();
      expect(app.consoleErrors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    } finally {
      host.remove();
    }
  });

  test('a new deploy is offered, then replaces the old build whole', async ({ page }) => {
    const host = new Host(4192);
    try {
      await host.start();
      await controlled(page, host.url);
      // Which build the page runs; 'loading' while it reloads.
      const build = () =>
        page
          .evaluate(() => document.querySelector('meta[name=build]')?.getAttribute('content') ?? 'first')
          .catch(() => 'loading');
      expect(await build()).toBe('first');

      host.deployChange('second');
      // The old build keeps serving until the user agrees: no mix.
      await page.reload();
      expect(await build()).toBe('first');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const reload = page.getByRole('button', { name: 'Reload now' });
      await expect(reload).toBeVisible({ timeout: 20_000 });
      await expect(page.getByText('A new version of Trajectory Studio is ready.')).toBeVisible();
      await reload.click();
      await expect.poll(build, { timeout: 20_000 }).toBe('second');
      await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
      // Only the new build's cache is left.
      const caches = await page.evaluate(() => window.caches.keys());
      expect(caches.filter((k) => k.startsWith('trajectory-studio-'))).toHaveLength(1);
    } finally {
      host.remove();
    }
  });
});
