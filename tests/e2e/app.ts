import { test as base, expect, type Browser, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Everything the app keeps in localStorage, in a stable order. */
export async function storageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
}

/** Writes a downloaded file into a fresh folder, as saving it would; returns its path. */
export async function saveDownload({ name, text }: { name: string; text: string }): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'ts-e2e-')), name);
  await writeFile(file, text);
  return file;
}

/** Opens a saved file in a new tab of the same browser; `requests` lists every address the tab asks for. */
export async function openFile(page: Page, file: string) {
  const tab = await page.context().newPage();
  const requests: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  await tab.goto(`file://${file}`);
  return { tab, requests };
}

/** Opens one screen of the editor from its navigation, as a user would. */
export async function openScreen(page: Page, name: string, heading = name) {
  await page.getByRole('navigation', { name: 'Parts of the programme' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

/** The app as a user sees it: found by role and label only. */
export class App {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(
    readonly page: Page,
    baseURL: string,
  ) {
    const origin = new URL(baseURL).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol === 'blob:' || url.protocol === 'data:') return;
      if (url.origin !== origin) {
        this.foreignRequests.push(req.url());
      }
    });
  }

  async openHome() {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
  }

  /** Opens the home screen and starts a new programme from `template`. */
  async start(template = 'Blank programme') {
    await this.openHome();
    await this.newProgramme(template);
  }

  async newProgramme(template = 'Blank programme') {
    await this.page.getByRole('button', { name: 'New programme' }).click();
    await this.page.getByRole('button', { name: new RegExp(`^${template}`) }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Fills each field, found by its label, in the order given. */
  async fill(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      await this.field(label).fill(value);
    }
  }

  /** Adds a selection criterion and names it; the new one is the last. */
  async addCriterion(name: string) {
    await this.page.getByRole('button', { name: 'Add a criterion' }).click();
    await this.page.getByLabel('Criterion', { exact: true }).last().fill(name);
  }

  /** Types the programme's title and waits until it is saved. */
  async saveTitle(title: string) {
    await this.field('Programme title').fill(title);
    await this.waitSaved();
  }

  async waitSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  }

  async backToList() {
    await this.page.getByRole('link', { name: 'All programmes' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
  }

  programmes() {
    return this.page.getByRole('list', { name: 'Programmes' }).getByRole('listitem');
  }

  async download(click: () => Promise<void>): Promise<{ name: string; text: string; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), download };
  }

  async importFile(path: string) {
    await this.page.getByLabel('Programme file').setInputFiles(path);
  }

  async expectAccessible() {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
    expect(summary).toEqual([]);
  }
}

/** A committee member in a browser profile of their own, with the sheet file they were given open. */
export async function memberWithSheet(browser: Browser, baseURL: string, sheet: string, member: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A step that stalls fails in seconds, not at the test's end.
  page.setDefaultTimeout(15_000);
  const app = new App(page, baseURL);
  await app.openHome();
  await app.importFile(sheet);
  await expect(page.getByText(`For ${member}`, { exact: true })).toBeVisible();
  const applicants = page.getByRole('navigation', { name: 'Applicants to score' }).getByRole('listitem');
  return { context, page, app, applicants };
}

/** Playwright's test, with `app`: the app on the page under test, not yet opened. */
export const test = base.extend<{ app: App }>({
  app: async ({ page, baseURL }, use) => {
    await use(new App(page, baseURL!));
  },
});

export { expect };
