// Accessibility, languages and print: axe on every screen in both themes and
// both languages, the main flow with the keyboard alone, French with no
// English left, and the printed programme summary.
import type { Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, App } from './app';

const locales = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** The parts of a programme that both the navigation and the printed summary show first, in this order. */
const parts = ['Overview', 'Phases', 'Mentorship contents', 'Experts and end-users', 'Selection', 'Budget'];

const screens = [
  ...parts, 'Planning', 'Communication', 'Evaluation', 'Call', 'Review', 'Summary',
  'Participants', 'Sessions', 'Progress',
];

function nav(page: Page) {
  return page.getByRole('navigation', { name: /Parts of the programme|Parties du programme/ });
}

/** Presses Tab until `target` has focus; fails if it never comes. */
async function tabTo(page: Page, target: Locator, max = 300) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) {
      // Focus is visible wherever it lands.
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      });
      expect(outline, 'visible focus outline').toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

test.describe('accessibility, languages and print', () => {
  test('axe finds nothing on any screen, in light and dark, in English and French', async ({ page, app }) => {
    test.setTimeout(240_000);
    await app.start('Reference learning trajectory');
    const draftUrl = page.url();
    for (const [scheme, lang] of [
      ['light', 'English'],
      ['dark', 'English'],
      ['light', 'Français'],
      ['dark', 'Français'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(draftUrl);
      await page.getByRole('combobox', { name: /^(Language|Langue)$/ }).selectOption({ label: lang });
      const links = nav(page).getByRole('link');
      await expect(links).toHaveCount(screens.length);
      for (let i = 0; i < screens.length; i++) {
        await links.nth(i).click();
        await expect(links.nth(i)).toHaveAttribute('aria-current', 'page');
        await app.expectAccessible();
      }
      await page.getByRole('link', { name: /All programmes|Tous les programmes/ }).click();
      await app.expectAccessible();
    }
    expect(app.consoleErrors).toEqual([]);
  });

  test('the main flow with the keyboard alone', async ({ page, app }) => {
    test.setTimeout(120_000);
    await app.openHome();
    // Skip link first.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    await tabTo(page, page.getByRole('button', { name: 'New programme' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: /^Reference learning trajectory/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();

    // Edit a phase.
    await tabTo(page, nav(page).getByRole('link', { name: 'Phases' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Phases' })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Edit “Initial diagnostic”' }));
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Title', { exact: true });
    await tabTo(page, title);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Diagnostic interviews');
    await expect(title).toHaveValue('Diagnostic interviews');

    // Reorder it: focus follows the phase.
    await tabTo(page, page.getByRole('button', { name: 'Move “Diagnostic interviews” up' }));
    await page.keyboard.press('Enter');
    const titles = page.getByRole('list', { name: 'Phases in order' }).getByRole('heading', { level: 3 });
    await expect(titles.nth(1)).toHaveText('2. Diagnostic interviews');

    // Add a budget line.
    await tabTo(page, nav(page).getByRole('link', { name: 'Budget' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Budget' })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Add a line' }));
    await page.keyboard.press('Enter');
    // The new line's label takes focus, once the line is drawn.
    const label = page.getByRole('textbox', { name: 'Label', exact: true }).last();
    await expect(label).toBeFocused();
    await page.keyboard.type('Sign-language interpreting');
    await expect(label).toHaveValue('Sign-language interpreting');

    // Generate the call and download it.
    await tabTo(page, nav(page).getByRole('link', { name: 'Call' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Call' })).toBeVisible();
    const md = await app.download(async () => {
      await tabTo(page, page.getByRole('button', { name: 'Download .md' }));
      await page.keyboard.press('Enter');
    });
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain('Diagnostic interviews');

    // Export the programme.
    const file = await app.download(async () => {
      await tabTo(page, page.getByRole('button', { name: 'Export this programme' }));
      await page.keyboard.press('Enter');
    });
    expect(file.name).toMatch(/\.trajectory\.json$/);
    const exported = JSON.parse(file.text);
    expect(exported.drafts[0].phases[1].title).toBe('Diagnostic interviews');
    expect(exported.drafts[0].budget.at(-1).label).toBe('Sign-language interpreting');
    expect(app.consoleErrors).toEqual([]);
  });

  test('in French, the screens have no English left, and the choice is remembered', async ({ page, app }) => {
    await app.openHome();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();

    // Every English interface text of three words or more that French words differently.
    const english: string[] = [];
    for (const name of readdirSync(locales)) {
      const file = JSON.parse(readFileSync(join(locales, name), 'utf8'));
      for (const [key, texts] of Object.entries(file)) {
        if (key === '_version') continue;
        const { en, fr } = texts as { en: string; fr: string };
        if (en === fr) continue;
        for (const part of en.split(/%\{[^}]*\}|\{[^}]*\}/)) {
          if (part.trim().split(/\s+/).length >= 3) english.push(part.trim());
        }
      }
    }
    expect(english.length).toBeGreaterThan(200);

    const leftovers = async (where: string) => {
      const text = await page.locator('body').innerText();
      const found = english.filter((e) => text.includes(e));
      expect(found, `English left on ${where}`).toEqual([]);
    };
    await leftovers('home');
    await page.getByRole('button', { name: 'Nouveau programme' }).click();
    await page.getByRole('button', { name: /^Programme vierge/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Vue d’ensemble' })).toBeVisible();
    const links = nav(page).getByRole('link');
    for (let i = 0; i < screens.length; i++) {
      await links.nth(i).click();
      await expect(links.nth(i)).toHaveAttribute('aria-current', 'page');
      await leftovers(`screen ${i + 1}`);
    }
    expect(app.consoleErrors).toEqual([]);
  });

  test('the printed summary shows every part of the programme, and nothing else', async ({ page, app }) => {
    await app.start('Reference learning trajectory');
    await nav(page).getByRole('link', { name: 'Summary' }).click();
    await expect(page.getByRole('button', { name: 'Print the summary' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const section of [...parts, 'Timeline', 'Communication', 'Evaluation']) {
      await expect(page.getByRole('heading', { level: 3, name: section, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('article').getByText('International learning trajectory')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Follow-up' }).first()).toBeVisible();
    await expect(page.getByRole('row', { name: /^Total/ }).first()).toBeVisible();
    // The app's own controls do not print.
    await expect(page.getByRole('navigation', { name: 'Parts of the programme' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print the summary' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('every screen fits 360 px and 200% zoom with no sideways scrolling', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    // 200% zoom of a 1280 px wide window shows 640 CSS pixels.
    for (const width of [360, 640]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const app = new App(page, baseURL!);
      await app.start('Reference learning trajectory');
      const links = nav(page).getByRole('link');
      for (let i = 0; i < screens.length; i++) {
        await links.nth(i).click();
        await expect(links.nth(i)).toHaveAttribute('aria-current', 'page');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${screens[i]} at ${width} px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });

  test('the language follows the browser until one is chosen', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'English' });
    await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
    await context.close();
  });

  test('the app can be installed: a manifest with icons, all from this origin', async ({ page, baseURL }) => {
    await page.goto(baseURL!);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const manifest = await (await page.request.get(new URL(href!, baseURL!).href)).json();
    expect(manifest.name).toBe('Trajectory Studio');
    expect(manifest.start_url).toBe('./');
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, new URL(href!, baseURL!)).href);
      expect(res.status(), icon.src).toBe(200);
      expect(res.headers()['content-type']).toBe(icon.type);
    }
  });
});
