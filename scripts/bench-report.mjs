// Puts the benchmark's measurements side by side with their budgets: the
// bytes of a first visit and of the whole build, the browser timings and
// ratios (bench/browser.bench.ts) and the native call generation (criterion).
// Prints a table and writes JSON.
// Usage: node scripts/bench-report.mjs --browser FILE --out FILE [--smoke]
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const smoke = args.includes('--smoke');
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const browserFile = option('browser', join(root, 'target/bench/browser.json'));
const outFile = option('out', join(root, 'bench/results.json'));

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Every file of dist/ but the pre-compressed copies, as paths inside it. */
async function distFiles(dir = join(root, 'dist'), prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await distFiles(join(dir, entry.name), `${rel}/`)));
    else if (!/\.(gz|br)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** gzip -9 bytes of dist/ files, in all and by file. */
async function gzipSize(names) {
  let total = 0;
  const files = {};
  for (const name of names) {
    const gz = gzipSync(await readFile(join(root, 'dist', name)), { level: 9 }).length;
    files[name] = gz;
    total += gz;
  }
  return { total, files };
}

async function criterionMedianMs(id) {
  // Criterion keeps `group/name` ids in a folder named `group_name`.
  const path = join(root, 'target/criterion', id.replace('/', '_'), 'new/estimates.json');
  if (!existsSync(path)) return null;
  const est = JSON.parse(await readFile(path, 'utf8'));
  return est.median.point_estimate / 1e6;
}

function version(cmd, argv) {
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    return 'unknown';
  }
}

const browser = JSON.parse(await readFile(browserFile, 'utf8'));
const r = browser.results;
const med = (k) => r[k]?.median ?? NaN;
const whole = await gzipSize(await distFiles());
const firstFiles = browser.files?.first_visit ?? [];
const first = await gzipSize(firstFiles);
const kb = (n) => `${round(n / 1024, 1)} KB`;
// The median of `of` as a multiple of the median of `to`: a budget judges the
// exact ratio, the table shows it rounded, with both medians.
const ratio = (of, to) => med(of) / med(to);
const versus = (of, to) => `${round(ratio(of, to))}× (${round(med(of), 1)} vs ${round(med(to), 1)} ms`;
/** A row for a median that must stay within `most` times another's. */
const ratioRow = (measure, of, to, most) => ({
  measure,
  value: `${versus(of, to)})`,
  budget: `≤ ${most}×`,
  pass: ratio(of, to) <= most,
});

/** A row judged on one median, in milliseconds, against a frame's time or another limit. */
const medianRow = (measure, key, most) => ({
  measure,
  value: `${round(med(key), 1)} ms`,
  budget: `median ≤ ${most} ms`,
  pass: med(key) <= most,
});

const rows = [
  {
    measure: 'first visit: gzip bytes fetched before home is usable, empty storage',
    value: `${kb(first.total)} (${firstFiles.length} files)`,
    budget: '≤ 300 KB',
    pass: firstFiles.length > 0 && first.total <= 300 * 1024,
    detail: first.files,
  },
  {
    measure: 'whole build: gzip bytes of every file in dist/',
    value: kb(whole.total),
    budget: '≤ 450 KB',
    pass: whole.total <= 450 * 1024,
    detail: whole.files,
  },
  {
    measure: 'navigation → first editor screen usable, first visit, Slow 4G',
    value: `${round(med('slow4g_editor') / 1000, 2)} s (home usable at ${round(med('slow4g_home') / 1000, 2)} s)`,
    budget: 'reported, aim ≤ 3 s',
    pass: med('slow4g_editor') <= 3000,
  },
  ratioRow('start to interactive home, 50 programmes vs empty storage', 'startup_library', 'startup_empty', 1.5),
  ratioRow('first open, Slow 4G: a running screen (Participants) vs a design screen (Phases)', 'open_running_screen', 'open_design_screen', 1),
  {
    measure: 'key press → next frame in a phase field, huge vs small (median)',
    value:
      `${versus('keystroke_huge', 'keystroke_small')}; ` +
      `huge, in a budget line: ${round(med('keystroke_huge_budget_line'), 1)} ms, in a content: ${round(med('keystroke_huge_content'), 1)} ms)`,
    budget: '≤ 1.5×, median ≤ 16 ms (a phase and a budget line)',
    pass:
      ratio('keystroke_huge', 'keystroke_small') <= 1.5 &&
      med('keystroke_huge') <= 16 &&
      med('keystroke_huge_budget_line') <= 16,
  },
  medianRow('key press → next frame in a session\'s notes, 600 sessions (median)', 'keystroke_running_session_notes', 16),
  ratioRow('autosave of the huge programme vs JSON.stringify + setItem', 'autosave_huge', 'autosave_plain', 2),
  {
    measure: 'import of the 50-programme file vs JSON.parse of it, warm',
    value:
      `${versus('import_parse_warm', 'import_plain_parse')}; ` +
      `cold ${round(ratio('import_parse', 'import_plain_parse'))}×, ${round(med('import_parse'), 1)} ms; writing to storage ${round(med('import_commit'), 1)} ms more; ` +
      `module memory afterwards ${round(med('import_memory'), 0)} MB)`,
    budget: '≤ 3×',
    pass: ratio('import_parse_warm', 'import_plain_parse') <= 3,
  },
];
// A smoke run measures nothing natively (criterion runs each bench once).
const criterionMs = async (id) => (smoke ? null : criterionMedianMs(id));
const callHuge = await criterionMs('call_all_formats/huge');
const callSmall = await criterionMs('call_all_formats/small');
rows.push({
  measure: 'call generation, all sections, three formats, huge programme (native)',
  value: callHuge === null ? 'not measured' : `${round(callHuge, 3)} ms (small: ${round(callSmall, 3)} ms)`,
  budget: '≤ 5 ms',
  pass: callHuge !== null && callHuge <= 5,
});
const native = {};
for (const id of [
  'call_all_formats/small',
  'call_all_formats/huge',
  'parse_file/small',
  'parse_file/huge',
  'to_storage/small',
  'to_storage/huge',
  'review/small',
  'review/huge',
]) {
  const ms = await criterionMs(id);
  if (ms !== null) native[id] = round(ms, 4);
}

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  memory_gb: round(totalmem() / 2 ** 30, 1),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: version(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version']),
  rustc: version('rustc', ['--version']),
};

const report = {
  date: new Date().toISOString(),
  smoke,
  machine,
  budgets: rows,
  browser_medians_ms: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v.median, 3)])),
  browser_samples: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.samples.length])),
  native_medians_ms: native,
};

const width = Math.max(...rows.map((x) => x.measure.length));
console.log(`\n${'measure'.padEnd(width)}  budget                  result  value`);
for (const row of rows) {
  console.log(
    `${row.measure.padEnd(width)}  ${row.budget.padEnd(22)}  ${smoke ? 'smoke' : row.pass ? 'MET  ' : 'MISSED'}  ${row.value}`,
  );
}
await mkdir(dirname(outFile), { recursive: true });
await writeFile(outFile, JSON.stringify(report, null, 2) + '\n');
console.log(`\nwritten: ${outFile}${smoke ? ' (smoke run: small fixture only, budgets not judged)' : ''}`);

// A smoke run proves the harness measured something for every row.
if (smoke) {
  const expected = [
    'startup_empty', 'startup_library',
    'keystroke_small', 'keystroke_huge', 'keystroke_huge_budget_line', 'keystroke_huge_content',
    'keystroke_running_session_notes',
    'autosave_huge', 'autosave_plain',
    'import_parse', 'import_parse_warm', 'import_commit', 'import_plain_parse', 'import_memory',
    'slow4g_home', 'slow4g_editor',
    'open_design_screen', 'open_running_screen',
  ];
  const missing = expected.filter((k) => !(r[k]?.samples.length > 0 && Number.isFinite(r[k].median)));
  if (firstFiles.length === 0) missing.push('files fetched by a first visit');
  if (missing.length) {
    console.error('benchmark smoke run: measurements missing', missing);
    process.exit(1);
  }
}
