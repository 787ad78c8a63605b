import { expect, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';

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

  async newProgramme(template = 'Blank programme') {
    await this.page.getByRole('button', { name: 'New programme' }).click();
    await this.page.getByRole('button', { name: new RegExp(`^${template}`) }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
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
