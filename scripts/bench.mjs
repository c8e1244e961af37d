#!/usr/bin/env node
/**
 * npm run bench: build time and page count, then, served with gzip from
 * localhost in Chromium, each locale's explainer, chronology, source list
 * and a source page: bytes by type (compressed and raw), requests,
 * JavaScript, render-blocking resources, LCP and CLS; Lighthouse on each
 * explainer; the search benchmark; the scale series (scripts/scale.mjs).
 * Prints tables, the budgets of tests/budgets.json against what was
 * measured and beside the Starlight yardstick, and writes reports/bench.json
 * (not committed).
 *
 *   node scripts/bench.mjs [--reuse] [--no-scale]
 *   (--reuse: keep an existing dist/; --no-scale: skip the 10/100/1,000 series)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { benchSearch } from './bench-search.mjs';
import { serve } from './serve-while.mjs';
import { scaleSeries } from './scale.mjs';

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

const server = await serve(join(root, 'dist'), PORT);
const base = server.url;
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
    for (const path of [`${lang}/`, `${lang}/background/`, `${lang}/chronology/`, `${lang}/sources/`, `${lang}/sources/003_385850e134b41bb0/`]) rows.push(await measure(path));
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
  await browser.close();
  server.stop();
  const scale = process.argv.includes('--no-scale') ? [] : await scaleSeries();
  if (scale.length) {
    console.log('Scale: the real seeds plus N synthetic ones:');
    console.table(scale);
  }
  const verdicts = checkBudgets({ rows, lighthouse, search, scale });
  console.log('Budgets (tests/budgets.json) and the Starlight yardstick:');
  console.table(verdicts);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports/bench.json'), JSON.stringify({ date: new Date().toISOString(), buildMs, pages, rows, lighthouse, search, scale, verdicts }, null, 2));
  console.log('Written reports/bench.json');
} finally {
  await browser.close().catch(() => {});
  server.stop();
}

function checkBudgets({ rows, lighthouse, search, scale }) {
  const { explainer, search: s, lighthouse: lh, scale: sc, yardstick } = JSON.parse(readFileSync(join(root, 'tests/budgets.json'), 'utf8'));
  const out = [];
  const add = (figure, budget, measured, ok, starlight = '') => out.push({ figure, budget, measured, ok: ok ? '✓' : '✗', starlight });
  for (const r of rows.filter((r) => /^[a-z]{2}\/$/.test(r.page))) {
    add(`${r.page} document KB`, `≤ ${explainer.documentKB}`, r.htmlKB, r.htmlKB <= explainer.documentKB);
    add(`${r.page} first view KB`, `≤ ${explainer.firstViewKB}`, r.kBgz, r.kBgz <= explainer.firstViewKB, yardstick.explainerKB);
    add(`${r.page} requests`, `≤ ${explainer.requests}`, r.requests, r.requests <= explainer.requests, yardstick.requests);
    add(`${r.page} JS KB`, `≤ ${explainer.scriptKB}`, r.jsKB, r.jsKB <= explainer.scriptKB, yardstick.scriptKB);
    add(`${r.page} render-blocking`, `≤ ${explainer.renderBlocking}`, r.renderBlocking, r.renderBlocking <= explainer.renderBlocking);
    add(`${r.page} CLS`, `${explainer.cls}`, r.cls, r.cls <= explainer.cls);
  }
  for (const l of lighthouse) {
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => l[k]);
    add(`${l.page} Lighthouse`, `${lh.minScore} ×4`, scores.join('/'), scores.every((x) => x >= lh.minScore), '100/100/100/100');
    add(`${l.page} LCP ms`, `≤ ${lh.lcpMs}`, l.lcpMs, l.lcpMs <= lh.lcpMs, yardstick.lcpMs);
  }
  for (const q of search) {
    add(`search ${q.page} “${q.query}” own KB / ms`, `≤ ${s.ownLanguageKB} / ${s.ownLanguageMs}`, `${q.ownKB} / ${q.ownMs}`, q.ownKB <= s.ownLanguageKB && q.ownMs <= s.ownLanguageMs, `${yardstick.searchKB} / ${yardstick.searchMs} (one language)`);
    add(`search ${q.page} “${q.query}” all KB / ms`, `≤ ${s.allLanguagesKB} / ${s.allLanguagesMs}`, `${q.kB} / ${q.allMs}`, q.kB <= s.allLanguagesKB && q.allMs <= s.allLanguagesMs, 'no cross-language search');
  }
  const largest = scale.at(-1);
  if (largest) {
    add(`build, ${largest.sources} sources s`, `≤ ${sc.buildSecondsFor1000Sources}`, largest.buildS, largest.buildS <= sc.buildSecondsFor1000Sources);
    add(`search at ${largest.sources} sources, all KB`, `≤ ${s.allLanguagesKB}`, largest.searchAllKB, largest.searchAllKB <= s.allLanguagesKB);
    add(`search at ${largest.sources} sources, own KB`, `≤ ${s.ownLanguageKB}`, largest.searchOwnKB, largest.searchOwnKB <= s.ownLanguageKB);
  }
  return out;
}
