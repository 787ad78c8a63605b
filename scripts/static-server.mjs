// Serves dist/ under a sub-path, as a plain static host would: no fallback to
// index.html for unknown paths, correct types (WebAssembly needs its own), and
// a pre-compressed copy (file.br, file.gz) where the browser accepts it.
// Usage: node scripts/static-server.mjs [--port 8080] [--base /trajectory-studio/] [--dir dist]
//        [--encodings br,gzip]   the pre-compressed copies to serve, in order of preference
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', '8080'));
let base = option('base', '/trajectory-studio/');
if (!base.endsWith('/')) base += '/';
const root = resolve(option('dir', 'dist'));
const encodings = option('encodings', 'br,gzip')
  .split(',')
  .filter((e) => e === 'br' || e === 'gzip');
const suffix = { br: '.br', gzip: '.gz' };

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === base.slice(0, -1) || url.pathname === '/') {
    res.writeHead(302, { Location: base });
    return res.end();
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('not found');
  }
  let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) {
    res.writeHead(403);
    return res.end();
  }
  try {
    const info = await stat(file);
    const path = info.isDirectory() ? join(file, 'index.html') : file;
    const accepted = String(req.headers['accept-encoding'] ?? '')
      .split(',')
      .map((e) => e.trim().split(';')[0]);
    const headers = {
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    let body;
    for (const encoding of encodings.filter((e) => accepted.includes(e))) {
      body = await readFile(path + suffix[encoding]).catch(() => undefined);
      if (body) {
        headers['Content-Encoding'] = encoding;
        break;
      }
    }
    body ??= await readFile(path);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Trajectory Studio is served at http://127.0.0.1:${port}${base}`);
});
