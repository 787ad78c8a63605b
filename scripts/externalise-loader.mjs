// Trunk post-build hook: moves Trunk's inline module loader into its own file,
// so the page's Content-Security-Policy can allow scripts from 'self' only
// (no 'unsafe-inline', no build-time nonce, which would be the same for everyone).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalise-loader: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`externalise-loader: expected one inline module script, found ${found.length}`);
  process.exit(1);
}
// The service worker's registration runs after the loader has started the app.
const register = readFileSync(new URL('./sw-register.js', import.meta.url), 'utf8');
const code = found[0][1].trim() + '\n' + register;
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const out = html.replace(found[0][0], `<script type="module" src="./${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(out)) {
  console.error('externalise-loader: an inline script is left in index.html');
  process.exit(1);
}
writeFileSync(page, out);
console.log(`externalise-loader: loader moved to ${name}`);
