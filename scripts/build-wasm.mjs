// Trunk post-build hook, first of the chain: builds the app's WebAssembly in
// parts and writes them, with the page's loader, into Trunk's staging folder.
//
// Trunk builds the page, styles and icons; it cannot split a module, so the
// Rust build is ours (Trunk's own pipeline has no step between cargo and
// wasm-bindgen):
//   1. cargo build for wasm32 with the `split` feature, linked with
//      --emit-relocs so the splitter can move code between modules;
//   2. wasm-split-cli cuts the module at each split point of src/ui/chunks.rs:
//      a main module (what a first visit runs) and one module per part, plus
//      __wasm_split.js, which fetches a part the first time it is called;
//   3. wasm-bindgen writes the JavaScript glue of the main module;
//   4. wasm-opt -Oz shrinks every module (release only);
//   5. every file is named after a hash of the whole output, so a deploy
//      never mixes two builds' files;
//   6. texts/<language>.json, the interface's texts of each language, which
//      the module does not hold (src/text/fetched.rs);
//   7. boot-<hash>.js starts the app; index.html loads it and preloads the
//      main module.
//
// The way back to one module, should a split ever misbehave: drop
// data-cargo-features="split" from index.html and the `--features split` below.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('build-wasm: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const release = process.env.TRUNK_PROFILE === 'release';
const name = 'trajectory-studio';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const work = join(targetDir, 'wasm-split', release ? 'release' : 'debug');

function sh(cmd, args, env = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
}

// 1. Trunk has compiled the module (index.html asks it for the `split`
// feature, and .cargo/config.toml links with --emit-relocs); this build is
// the same one, so cargo finds it up to date.
if (/\S/.test(process.env.RUSTFLAGS ?? '')) {
  console.error('build-wasm: RUSTFLAGS would replace the flags of .cargo/config.toml the split needs; unset it');
  process.exit(1);
}
sh('cargo', [
  'build',
  '--offline',
  '--target',
  'wasm32-unknown-unknown',
  '--bin',
  name,
  '--features',
  'split',
  ...(release ? ['--release'] : []),
]);
const input = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${name}.wasm`);

// 2. Cut it into parts.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
sh('wasm-split-cli', ['--target', 'web', '--out-name', name, input, work]);

// 3. The main module's JavaScript glue; the parts reach it through the
// exports wasm-bindgen is told to keep.
const glue = join(work, 'glue');
sh('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--out-dir', glue, '--out-name', name, join(work, `${name}.wasm`)]);

// 4. Shrink every module, two at a time (the machine has two cores).
// A part (split_<name>.wasm) and the code two parts share (chunk_<n>.wasm),
// which __wasm_split.js fetches with whichever part needs it first.
const parts = readdirSync(work).filter((f) => /^(split_.+|chunk_\d+)\.wasm$/.test(f));
const modules = [[join(glue, `${name}_bg.wasm`), join(work, 'main.wasm')], ...parts.map((p) => [join(work, p), join(work, `opt_${p}`)])];
const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
async function shrink([from, to]) {
  if (release) await run('wasm-opt', ['-Oz', ...features.map((f) => `--enable-${f}`), from, '-o', to]);
  else cpSync(from, to);
}
const queue = [...modules];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) await shrink(queue.shift());
  }),
);

// 5. One hash for the whole output.
const outputs = {
  main: readFileSync(join(work, 'main.wasm')),
  js: readFileSync(join(glue, `${name}.js`), 'utf8'),
  loader: readFileSync(join(work, '__wasm_split.js'), 'utf8'),
  parts: Object.fromEntries(parts.map((p) => [p, readFileSync(join(work, `opt_${p}`))])),
};
// This script's own text too: how it rewrites the files is part of them.
const hash = createHash('sha256').update(readFileSync(new URL(import.meta.url)));
hash.update(outputs.main).update(outputs.js).update(outputs.loader);
for (const p of parts) hash.update(p).update(outputs.parts[p]);
const id = hash.digest('hex').slice(0, 16);
const named = (stem, ext) => `${stem}-${id}${ext}`;
const files = {
  js: named(name, '.js'),
  wasm: named(`${name}_bg`, '.wasm'),
  loader: named('__wasm_split', '.js'),
  boot: named('boot', '.js'),
};

const replaceAll = (text, from, to) => text.split(from).join(to);
// Only the module specifiers change: the module's import names stay.
const js = replaceAll(outputs.js, 'from "./__wasm_split.js"', `from "./${files.loader}"`);
let loader = replaceAll(outputs.loader, `from "./${name}.js"`, `from "./${files.js}"`);
for (const p of parts) {
  const stem = p.slice(0, -'.wasm'.length);
  loader = replaceAll(loader, `"./${p}"`, `"./${named(stem, '.wasm')}"`);
  writeFileSync(join(staging, named(stem, '.wasm')), outputs.parts[p]);
}
writeFileSync(join(staging, files.js), js);
writeFileSync(join(staging, files.loader), loader);
writeFileSync(join(staging, files.wasm), outputs.main);
cpSync(join(glue, 'snippets'), join(staging, 'snippets'), { recursive: true });

// 6. The interface's texts, one file per language (src/text/fetched.rs): every
// key of locales/*.json with that language's text. The module holds none.
const texts = {};
for (const file of readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.json')).sort()) {
  for (const [key, value] of Object.entries(JSON.parse(readFileSync(join(root, 'locales', file), 'utf8')))) {
    if (key === '_version') continue;
    for (const [lang, text] of Object.entries(value)) (texts[lang] ??= {})[key] = text;
  }
}
mkdirSync(join(staging, 'texts'), { recursive: true });
for (const [lang, map] of Object.entries(texts)) {
  writeFileSync(join(staging, 'texts', `${lang}.json`), JSON.stringify(map));
}

// 7. The loader and the page. The service worker's registration runs after
// the app has started.
const register = readFileSync(new URL('./sw-register.js', import.meta.url), 'utf8');
const boot = `import init from './${files.js}';
const wasm = await init({ module_or_path: './${files.wasm}' });
dispatchEvent(new CustomEvent('ts-started', { detail: { wasm } }));
${register}`;
writeFileSync(join(staging, files.boot), boot);
// Trunk's own loader, glue and whole module give way to ours.
const page = join(staging, 'index.html');
let html = readFileSync(page, 'utf8');
const inline = [...html.matchAll(/<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g)];
const trunkJs = inline.length === 1 && inline[0][1].match(/from '\.\/([^']+\.js)'/);
if (!trunkJs) {
  console.error(`build-wasm: expected Trunk's one inline loader in index.html, found ${inline.length}`);
  process.exit(1);
}
const trunkFiles = [trunkJs[1], trunkJs[1].replace(/\.js$/, '_bg.wasm')];
for (const f of trunkFiles) rmSync(join(staging, f), { force: true });
html = html.replace(inline[0][0], '');
html = html.replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, (link) => (trunkFiles.some((f) => link.includes(f)) ? '' : link));
const head = `    <link rel="modulepreload" href="./${files.js}" />
    <link rel="preload" href="./${files.wasm}" as="fetch" type="application/wasm" crossorigin="anonymous" />
    <script type="module" src="./${files.boot}"></script>
  </head>`;
html = html.replace(/\s*<\/head>/, `\n${head}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || trunkFiles.some((f) => html.includes(f))) {
  console.error("build-wasm: Trunk's loader is still in index.html");
  process.exit(1);
}
writeFileSync(page, html);
console.log(`build-wasm: main module and ${parts.length} part(s) written as *-${id}.*`);
