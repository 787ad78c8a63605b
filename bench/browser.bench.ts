// The in-browser half of the benchmark (scripts/bench). Every budget is a
// ratio of two measurements taken side by side in this one run, because
// absolute times on a shared machine are noise. Results go to BENCH_OUT as
// JSON; scripts/bench-report.mjs turns them into the table and results.json.
//
// BENCH_SMOKE=1 runs every measurement a few times on the small fixture only:
// the test command uses it to prove the harness still works, not to judge.

import { test, expect, type Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const smoke = process.env.BENCH_SMOKE === '1';
const fixtures = process.env.BENCH_FIXTURES ?? join(root, 'target', 'bench', 'fixtures');
const out = process.env.BENCH_OUT ?? join(root, 'target', 'bench', 'browser.json');
const runs = smoke ? 3 : 15;
const presses = smoke ? 5 : 100;

const file = (name: 'small' | 'huge' | 'library') =>
  join(fixtures, `${smoke && name !== 'small' && name !== 'running' ? 'small' : name}.trajectory.json`);

type Sample = { name: string; samples: number[]; median: number; unit: string; note?: string };
const results: Record<string, Sample> = {};
// Lists of dist/ files, by what fetched them (scripts/bench-report.mjs sizes them).
const files: Record<string, string[]> = {};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function record(key: string, samples: number[], unit = 'ms', note?: string) {
  results[key] = { name: key, samples, median: median(samples), unit, note };
}

test.afterAll(async () => {
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ smoke, runs, presses, results, files }, null, 2));
});

async function openHome(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Your programmes' })).toBeVisible();
}

async function importFixture(page: Page, path: string) {
  const before = await page.evaluate(() => performance.getEntriesByName('ts:import-commit').length);
  await page.getByLabel('Programme file').setInputFiles(path);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('ts:import-commit').length > n,
    before,
    { timeout: 120_000 },
  );
}

/** First draft id of a fixture file. */
async function draftId(path: string): Promise<string> {
  return JSON.parse(await readFile(path, 'utf8')).drafts[0].id;
}

/** Time from navigation start to the app's `ts:home-ready` mark, over fresh loads. */
async function startup(page: Page): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('./');
    await page.waitForFunction(() => performance.getEntriesByName('ts:home-ready').length > 0);
    out.push(await page.evaluate(() => performance.getEntriesByName('ts:home-ready')[0].startTime));
  }
  return out;
}

test('start to interactive home: 50 programmes stored vs none', async ({ page }) => {
  await openHome(page);
  const empty = await startup(page);
  await openHome(page);
  await importFixture(page, file('library'));
  const count = await page.getByRole('list', { name: 'Programmes' }).getByRole('listitem').count();
  const full = await startup(page);
  record('startup_empty', empty);
  record('startup_library', full, 'ms', `${count} programmes stored`);
});

/** Where a key press is measured: a screen, its heading, and the field. */
interface Field {
  screen: string;
  heading: string;
  label: string;
}

const PHASE_TITLE: Field = { screen: 'phases', heading: 'Phases', label: 'Title' };
// Reported beside the budget: the longest lists of the huge programme.
const LINE_LABEL: Field = { screen: 'budget', heading: 'Budget', label: 'Label' };
const CONTENT_TITLE: Field = { screen: 'contents', heading: 'Mentorship contents', label: 'Title' };
// A programme under way: 20 participants, 8 mentors, 600 sessions.
const SESSION_NOTES: Field = { screen: 'sessions', heading: 'Sessions', label: 'Notes' };

/**
 * Key press to the next frame in the first card's field: from the keydown's
 * timestamp to the start of the first animation frame after it (the frame
 * that draws the letter, its DOM already updated).
 */
async function keystrokes(page: Page, path: string, field: Field): Promise<number[]> {
  await openHome(page);
  await importFixture(page, path);
  const id = await draftId(path);
  await page.goto(`./#/draft/${id}/${field.screen}`);
  await expect(page.getByRole('heading', { level: 2, name: field.heading })).toBeVisible();
  await page.getByRole('button', { name: /^Edit “/ }).first().click();
  const input = page.getByLabel(field.label, { exact: true });
  await input.click();
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => w.__frames.push(performance.now() - t0));
      },
      { capture: true },
    );
  });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'x');
    await page.waitForFunction((n) => (window as unknown as { __frames: number[] }).__frames.length > n, i);
  }
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
}

test('key press to next frame in a phase field: huge vs small', async ({ browser }) => {
  const cases = [
    ['keystroke_small', 'small', PHASE_TITLE],
    ['keystroke_huge', 'huge', PHASE_TITLE],
    ['keystroke_huge_budget_line', 'huge', LINE_LABEL],
    ['keystroke_huge_content', 'huge', CONTENT_TITLE],
    ['keystroke_running_session_notes', 'running', SESSION_NOTES],
  ] as const;
  for (const [name, fixture, field] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    record(name, await keystrokes(page, file(fixture), field));
    await context.close();
  }
});

test('autosave of the huge programme vs JSON.stringify + setItem of the same data', async ({ page }) => {
  const path = file('huge');
  await openHome(page);
  await importFixture(page, path);
  const id = await draftId(path);
  await page.goto(`./#/draft/${id}/phases`);
  await page.getByRole('button', { name: /^Edit “/ }).first().click();
  const title = page.getByLabel('Title', { exact: true });
  const saves: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('ts:autosave').length);
    await title.press(i % 2 ? 'Backspace' : 'y');
    await page.waitForFunction((n) => performance.getEntriesByName('ts:autosave').length > n, before);
    saves.push(await page.evaluate(() => performance.getEntriesByName('ts:autosave').at(-1)!.duration));
    // The same data, the browser's own way, in the same page.
    plain.push(
      await page.evaluate((draftId) => {
        const key = Object.keys(localStorage).find((k) => k.endsWith(draftId))!;
        const data = JSON.parse(localStorage.getItem(key)!);
        const t0 = performance.now();
        localStorage.setItem('bench/plain', JSON.stringify(data));
        const t = performance.now() - t0;
        localStorage.removeItem('bench/plain');
        return t;
      }, id),
    );
  }
  record('autosave_huge', saves);
  record('autosave_plain', plain);
});

test('import of the 50-programme file vs JSON.parse of it', async ({ browser }) => {
  const path = file('library');
  const text = await readFile(path, 'utf8');
  const parse: number[] = [];
  const warm: number[] = [];
  const commit: number[] = [];
  const plain: number[] = [];
  const memory: number[] = [];
  const reps = smoke ? 2 : 7;
  for (let i = 0; i < reps; i++) {
    // A fresh browser profile each time: every import adds all 50 programmes.
    const context = await browser.newContext();
    const page = await context.newPage();
    // The module's memory never shrinks, so its size after the import is the
    // most the import needed (the loader hands the module's exports over).
    await page.addInitScript(() => {
      addEventListener('ts-started', (e) => {
        (window as unknown as { tsMemory: WebAssembly.Memory }).tsMemory = (
          e as CustomEvent
        ).detail.wasm.memory;
      });
    });
    await openHome(page);
    await importFixture(page, path);
    memory.push(
      await page.evaluate(
        () => (window as unknown as { tsMemory: WebAssembly.Memory }).tsMemory.buffer.byteLength / 2 ** 20,
      ),
    );
    parse.push(await page.evaluate(() => performance.getEntriesByName('ts:import-parse')[0].duration));
    commit.push(await page.evaluate(() => performance.getEntriesByName('ts:import-commit')[0].duration));
    // The same file again in the same page: warm. It is read and checked in
    // full before the app asks whether to keep both or replace.
    await page.getByLabel('Programme file').setInputFiles(path);
    await page.waitForFunction(() => performance.getEntriesByName('ts:import-parse').length > 1, null, {
      timeout: 120_000,
    });
    warm.push(await page.evaluate(() => performance.getEntriesByName('ts:import-parse')[1].duration));
    plain.push(
      await page.evaluate((t) => {
        const t0 = performance.now();
        JSON.parse(t);
        return performance.now() - t0;
      }, text),
    );
    await context.close();
  }
  record('import_parse', parse, 'ms', `${(text.length / 1e6).toFixed(2)} MB`);
  record('import_parse_warm', warm);
  record('import_commit', commit);
  record('import_plain_parse', plain);
  record('import_memory', memory, 'MB');
});

/** A dist/ file's path from the URL it was fetched at. */
function distPath(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\/trajectory-studio\//, '');
  return path === '' ? 'index.html' : path;
}

// Chrome DevTools' "Slow 4G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

test('first visit: what is fetched before home is usable, and Slow 4G to the first editor screen', async ({
  browser,
}) => {
  // Empty storage, an empty cache and no service worker: a first visit.
  const fetched = new Set<string>();
  {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('request', (r) => fetched.add(distPath(r.url())));
    await page.goto('./');
    await page.waitForFunction(() => performance.getEntriesByName('ts:home-ready').length > 0);
    await context.close();
  }
  files.first_visit = [...fetched].sort();

  const home: number[] = [];
  const editor: number[] = [];
  for (let i = 0; i < (smoke ? 1 : 5); i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.goto('./', { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('ts:home-ready').length > 0, null, {
      timeout: 120_000,
    });
    await page.getByRole('button', { name: 'New programme' }).click();
    await page.getByRole('button', { name: /^Reference learning trajectory/ }).click();
    await page.waitForFunction(() => performance.getEntriesByName('ts:editor-ready').length > 0, null, {
      timeout: 120_000,
    });
    home.push(await page.evaluate(() => performance.getEntriesByName('ts:home-ready')[0].startTime));
    editor.push(await page.evaluate(() => performance.getEntriesByName('ts:editor-ready')[0].startTime));
    await context.close();
  }
  record('slow4g_home', home);
  record('slow4g_editor', editor);
});

/**
 * First open of a screen fetched on demand, on Slow 4G, from a programme
 * already open on its overview: a design screen (Phases, the part
 * `screens`) against a running one (Participants, the part `running`), each
 * in a fresh browser context with the cache off, so each fetches its part.
 */
test('first open of a running screen vs a design screen, Slow 4G', async ({ browser }) => {
  const path = file('running');
  const id = await draftId(path);
  const cases = [
    ['open_design_screen', 'Phases'],
    ['open_running_screen', 'Participants'],
  ] as const;
  const times: Record<string, number[]> = { open_design_screen: [], open_running_screen: [] };
  for (let i = 0; i < (smoke ? 1 : 5); i++) {
    for (const [key, screen] of cases) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await openHome(page);
      await importFixture(page, path);
      await page.goto(`./#/draft/${id}/overview`);
      await page.waitForFunction(() => performance.getEntriesByName('ts:editor-ready').length > 0);
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      const start = await page.evaluate(() => performance.now());
      await page
        .getByRole('navigation', { name: 'Parts of the programme' })
        .getByRole('link', { name: screen, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 2, name: screen })).toBeVisible({ timeout: 120_000 });
      times[key].push((await page.evaluate(() => performance.now())) - start);
      await context.close();
    }
  }
  for (const [key] of cases) record(key, times[key]);
});

