#!/usr/bin/env node
/**
 * Serves a build with Debian's nginx, configured with exactly the lines the
 * build wrote for its BASE (hosting/{dir}/nginx.conf, from src/lib/hosting.ts,
 * the same the README shows): the site at BASE under the document root, the
 * rest nginx's defaults. For the nginx test (tests/e2e/nginx.spec.ts).
 *
 *   node scripts/nginx-serve.mjs --dir dist-sub --base /deep/sub/path/ --port 4325
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((p, a, i, all) => (a.startsWith('--') ? [...p, [a.slice(2), all[i + 1]]] : p), []));
const dir = resolve(args.dir ?? 'dist');
const base = args.base ?? '/';
const port = Number(args.port ?? 4325);
const snippet = readFileSync(join(dirname(dir), 'hosting', dir.split('/').pop(), 'nginx.conf'), 'utf8');

const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
const www = join(prefix, 'www');
mkdirSync(join(www, base, '..'), { recursive: true });
symlinkSync(dir, join(www, base.replace(/\/$/, '')));
for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, t));
const conf = `
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  gzip on;
  gzip_types text/css application/javascript application/json image/svg+xml application/xml text/plain;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${www};
${snippet.replace(/^/gm, '    ')}
  }
}
`;
writeFileSync(join(prefix, 'nginx.conf'), conf);
const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
nginx.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
console.log(`nginx serving ${dir} at http://127.0.0.1:${port}${base}`);
