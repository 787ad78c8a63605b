// A CPU profile of one benchmark step, to find where its time goes:
//
//   node bench/profile.mjs keys [small|huge] [screen] [label]
//                                  40 key presses in the first card's field
//                                  (default: phases, Title)
//   node bench/profile.mjs import              importing the 50-programme file a
//                                              second time (warm)
//   node bench/profile.mjs autosave            15 autosaves of the huge programme
//
// INCLUSIVE=1 adds each function's time with what it called, and
// CALLERS=TEXT who calls the functions whose names hold TEXT.
//
// It serves DIST (default dist/) on 127.0.0.1, drives headless Chromium and
// prints the functions with the most time of their own. The fixtures come
// from `scripts/bench`. For Rust function names, build without wasm-opt
// (which drops the name section) into another folder, for example:
//
//   sed 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > profile.html   # git-ignored
//   trunk build --release=true --dist target/profile-dist --public-url /trajectory-studio/ profile.html
//   DIST=target/profile-dist node bench/profile.mjs keys huge
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [what = 'keys', size = 'huge', screen = 'phases', label = 'Title'] = process.argv.slice(2);
const port = 4176;
const base = `http://127.0.0.1:${port}/trajectory-studio/`;
const fixture = (name) => `target/bench/fixtures/${name}.trajectory.json`;
const dir = process.env.DIST || 'dist';
const server = spawn('node', ['scripts/static-server.mjs', '--port', String(port), '--dir', dir], {
  stdio: 'ignore',
});

try {
  await new Promise((r) => setTimeout(r, 800));
  // Node runs this file as it is, so it cannot import tests/e2e/chromium.ts:
  // Debian's Chromium, with no calls out of this machine.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });

  if (what === 'import') {
    // The budget is the warm import: the same file a second time, profiled.
    await page.getByLabel('Programme file').setInputFiles(fixture('library'));
    await page.waitForFunction(() => performance.getEntriesByName('ts:import-commit').length > 0);
    await cdp.send('Profiler.start');
    await page.getByLabel('Programme file').setInputFiles(fixture('library'));
    await page.waitForFunction(() => performance.getEntriesByName('ts:import-parse').length > 1);
  } else if (what === 'autosave') {
    const path = fixture('huge');
    await page.getByLabel('Programme file').setInputFiles(path);
    await page.waitForFunction(() => performance.getEntriesByName('ts:import-commit').length > 0);
    const id = JSON.parse(readFileSync(path, 'utf8')).drafts[0].id;
    await page.goto(`${base}#/draft/${id}/phases`);
    await page.getByRole('button', { name: /^Edit “/ }).first().click();
    const title = page.getByLabel('Title', { exact: true });
    await cdp.send('Profiler.start');
    for (let i = 0; i < 15; i++) {
      const before = await page.evaluate(() => performance.getEntriesByName('ts:autosave').length);
      await title.press(i % 2 ? 'Backspace' : 'y');
      await page.waitForFunction((n) => performance.getEntriesByName('ts:autosave').length > n, before);
    }
  } else {
    const path = fixture(size);
    await page.getByLabel('Programme file').setInputFiles(path);
    await page.waitForFunction(() => performance.getEntriesByName('ts:import-commit').length > 0);
    const id = JSON.parse(readFileSync(path, 'utf8')).drafts[0].id;
    await page.goto(`${base}#/draft/${id}/${screen}`);
    await page.getByRole('button', { name: /^Edit “/ }).first().click();
    await page.getByLabel(label, { exact: true }).click();
    await cdp.send('Profiler.start');
    for (let i = 0; i < 40; i++) await page.keyboard.press('x');
  }

  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id).callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`.trim();
    own.set(name, (own.get(name) || 0) + (profile.timeDeltas[i] || 0));
  });
  const top = [...own.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [name, us] of top) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
  // With INCLUSIVE=1, also the time spent in each function and what it
  // called (a recursive function counted once per sample).
  if (process.env.INCLUSIVE) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (id) => {
      const frame = nodes.get(id).callFrame;
      return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`.trim();
    };
    const total = new Map();
    profile.samples.forEach((id, i) => {
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) seen.add(label(n));
      for (const name of seen) total.set(name, (total.get(name) || 0) + (profile.timeDeltas[i] || 0));
    });
    // With CALLERS=text too, who calls the functions whose name holds it.
    if (process.env.CALLERS) {
      const callers = new Map();
      profile.samples.forEach((id, i) => {
        for (let n = id; n !== undefined; n = parent.get(n)) {
          if (label(n).includes(process.env.CALLERS) && parent.has(n)) {
            const by = label(parent.get(n));
            callers.set(by, (callers.get(by) || 0) + (profile.timeDeltas[i] || 0));
            break;
          }
        }
      });
      console.log('\ncallers:');
      for (const [name, us] of [...callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10))
        console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
    }
    console.log('\ninclusive:');
    const top = [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60);
    for (const [name, us] of top) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
  }
  await browser.close();
} finally {
  server.kill();
}
