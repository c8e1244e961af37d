#!/usr/bin/env node
/**
 * npm run bench: build time and page count, then, served with gzip from
 * localhost in Chromium, each locale's explainer, source list and a source
 * page: bytes by type (compressed and raw), requests, JavaScript, render-
 * blocking resources, LCP and CLS; then the search benchmark. Prints tables
 * and writes reports/bench.json (not committed).
 *
 *   node scripts/bench.mjs [--reuse]   (--reuse: keep an existing dist/)
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { benchSearch } from './bench-search.mjs';

const root = new URL('..', import.meta.url).pathname;
const PORT = 4391;
const reuse = process.argv.includes('--reuse') && existsSync(join(root, 'dist/index.html'));

const countHtml = (dir) => readdirSync(dir).reduce((n, name) => {
  const full = join(dir, name);
  return n + (statSync(full).isDirectory() ? countHtml(full) : name.endsWith('.html') ? 1 : 0);
}, 0);

let buildMs = null;
if (!reuse) {
  const t0 = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore' });
  buildMs = Math.round(performance.now() - t0);
}
const pages = countHtml(join(root, 'dist'));

const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--dir', join(root, 'dist'), '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const base = `http://127.0.0.1:${PORT}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__lcp = 0;
    window.__cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
  });
  const sizes = [];
  page.on('requestfinished', (req) => sizes.push(req.sizes().then(async (s) => {
    const resp = await req.response();
    const raw = (await resp?.body().catch(() => null))?.length ?? 0;
    return { url: req.url(), type: req.resourceType(), gz: s.responseBodySize + s.responseHeadersSize, raw };
  })));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const metrics = await page.evaluate(() => ({
    lcp: window.__lcp,
    cls: window.__cls,
    blocking: performance.getEntriesByType('resource').filter((r) => r.renderBlockingStatus === 'blocking').map((r) => r.name.split('/').pop()),
  }));
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (f) => all.filter(f).reduce((a, r) => a + r.gz, 0);
  return {
    page: path,
    requests: all.length,
    kBgz: +(sum(() => true) / 1024).toFixed(1),
    kBraw: +(all.reduce((a, r) => a + r.raw, 0) / 1024).toFixed(1),
    htmlKB: +(sum((r) => r.type === 'document') / 1024).toFixed(1),
    cssKB: +(sum((r) => r.type === 'stylesheet') / 1024).toFixed(1),
    jsKB: +(sum((r) => r.type === 'script') / 1024).toFixed(1),
    otherKB: +(sum((r) => !['document', 'stylesheet', 'script'].includes(r.type)) / 1024).toFixed(1),
    renderBlocking: metrics.blocking.length,
    lcpMs: Math.round(metrics.lcp),
    cls: +metrics.cls.toFixed(3),
  };
}

const rows = [];
try {
  for (const lang of ['en', 'ru', 'kk', 'ar']) {
    for (const path of [`${lang}/`, `${lang}/sources/`, `${lang}/sources/003_385850e134b41bb0/`]) rows.push(await measure(path));
  }
  console.log(`Build: ${buildMs === null ? 'reused dist/' : `${buildMs} ms`}, ${pages} HTML pages.`);
  console.log('Page loads (gzip, localhost, Chromium, 412×823):');
  console.table(rows);
  // Lighthouse 12.2.3 (pinned: newer ones need Node 22 at install time here), mobile, each explainer.
  const lighthouse = [];
  for (const lang of ['en', 'ru', 'kk', 'ar']) {
    const out = join(root, 'reports', `lighthouse-${lang}.json`);
    mkdirSync(join(root, 'reports'), { recursive: true });
    execFileSync(join(root, 'node_modules/.bin/lighthouse'), [`${base}${lang}/`, '--quiet', '--output', 'json', '--output-path', out, '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, stdio: 'ignore' });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    lighthouse.push({
      page: `${lang}/`,
      ...Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
      lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
      cls: report.audits['cumulative-layout-shift'].numericValue,
    });
  }
  console.log('Lighthouse 12.2.3, mobile:');
  console.table(lighthouse);
  const search = await benchSearch(base, 3);
  console.log('Search, first query after a fresh load (median of 3):');
  console.table(search);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports/bench.json'), JSON.stringify({ date: new Date().toISOString(), buildMs, pages, rows, lighthouse, search }, null, 2));
  console.log('Written reports/bench.json');
} finally {
  await browser.close();
  server.kill();
}
