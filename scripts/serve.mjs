#!/usr/bin/env node
/**
 * A static file server that behaves like a plain static host: serves a
 * built site (default dist/) under a base path, answers missing paths with
 * 404.html and status 404, and compresses with gzip when the client asks.
 * Used by the browser tests and the benchmark; `npm run preview` is for people.
 *
 *   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const root = resolve(args.dir ?? 'dist');
const base = `/${(args.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const port = Number(args.port ?? 4321);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
// Already compressed by Pagefind, or binary images: gzip again gains nothing.
const PRECOMPRESSED = new Set(['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.png']);

function send(req, res, file, status = 200) {
  const ext = extname(file);
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  const gzip = !PRECOMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  else headers['content-length'] = statSync(file).size;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  pipeline(createReadStream(file), ...(gzip ? [createGzip()] : []), res, () => {});
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const notFound = () => (existsSync(join(root, '404.html')) ? send(req, res, join(root, '404.html'), 404) : (res.writeHead(404), res.end()));
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return notFound();
  }
  if (!path.startsWith(base)) return notFound();
  const file = normalize(join(root, path.slice(base.length)));
  if (!file.startsWith(root)) return notFound();
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, file);
  if (existsSync(join(file, 'index.html'))) {
    // Directory URLs without the slash get it, as static hosts do.
    if (!path.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    return send(req, res, join(file, 'index.html'));
  }
  notFound();
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
