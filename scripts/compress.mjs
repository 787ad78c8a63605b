// Trunk post-build hook, last of the chain: writes a .gz (gzip -9) and a .br
// (brotli, quality 11) copy beside every text and WebAssembly file, for static
// hosts that serve pre-compressed files (docs/deploying.md). The service
// worker does not list them: a browser asks for the plain name and the host
// chooses the encoding.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('compress: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const kinds = /\.(html|js|mjs|css|wasm|json|webmanifest|svg)$/;

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let plain = 0;
let gz = 0;
let br = 0;
for (const path of walk(dir).filter((p) => kinds.test(p))) {
  const data = readFileSync(path);
  const g = gzipSync(data, { level: 9 });
  const b = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(`${path}.gz`, g);
  writeFileSync(`${path}.br`, b);
  plain += data.length;
  gz += g.length;
  br += b.length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`compress: ${kb(plain)} written as ${kb(gz)} gzip and ${kb(br)} brotli copies`);
