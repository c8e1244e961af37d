#!/usr/bin/env node
/**
 * Search benchmark (not a test): for a first query from a fresh page load,
 * the bytes fetched (compressed, as served with gzip) and the time from the
 * last keystroke to the reader's-language results and to every
 * languages. Serves dist/ itself; build first (npm run build).
 *
 *   node scripts/bench-search.mjs [--runs 5] [--json reports/bench-search.json]
 */
import { serve } from './serve-while.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import { answersFor, relevanceSet, score } from '../tests/search/relevance.ts';

const args = Object.fromEntries(process.argv.slice(2).reduce((p, a, i, all) => (a.startsWith('--') ? [...p, [a.slice(2), all[i + 1]]] : p), []));
const RUNS = Number(args.runs ?? 5);
const PORT = 4390;
const CASES = [
  { lang: 'en', q: 'Tokayev' },
  { lang: 'en', q: 'الاتفاقات' },
  { lang: 'kk', q: 'Казахстана' },
  { lang: 'ar', q: 'الاتفاقات' },
  { lang: 'ru', q: 'Судан' },
  // A question (stop words, then the most-terms step) and a misspelt name (the typo step).
  { lang: 'ru', q: 'когда Казахстан присоединился к соглашениям' },
  { lang: 'en', q: 'Netanyahou' },
];

async function firstQuery(browser, baseUrl, c, enter, debug = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let counting = false;
  const pending = [];
  // Every response after intent, with its headers, as served gzip.
  page.on('requestfinished', (request) => {
    if (counting) pending.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  await page.goto(`${baseUrl}${c.lang}/search/`, { waitUntil: 'networkidle' });
  counting = true;
  // Intent: focusing the box loads the runtime; the reader then enters the query.
  await page.evaluate(() => performance.mark('bench:intent'));
  await page.locator('#search-q').focus();
  await page.waitForFunction(() => performance.getEntriesByName('search:ready').length > 0);
  await page.waitForLoadState('networkidle');
  await enter(page);
  await page.waitForFunction((q) => performance.getEntriesByName('search:done').some((m) => m.detail === q), c.q, { timeout: 20000 });
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(([lang, q]) => {
    const last = performance.getEntriesByName('search:input').at(-1).startTime;
    // Only the marks of the final query count, not a prefix answered late.
    const own = performance.getEntriesByName(`search:results:${lang}`).find((m) => m.detail === q);
    const done = performance.getEntriesByName('search:done').find((m) => m.detail === q);
    // Bytes on the wire (gzip) fetched after intent until the reader's-language results showed.
    const intent = performance.getEntriesByName('bench:intent')[0].startTime;
    const ownBytes = performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime >= intent && own && r.responseEnd <= own.startTime)
      .reduce((sum, r) => sum + r.transferSize, 0);
    return { own: own ? own.startTime - last : null, all: done ? done.startTime - last : null, ownBytes };
  }, [c.lang, c.q]);
  const sizes = await Promise.all(pending);
  if (debug) {
    const byKind = {};
    for (const s of sizes) {
      const kind = s.url.match(/pagefind-\w+\/(fragment|index|filter)\//)?.[1] ?? s.url.split('/').pop().replace(/[._-][a-z0-9]{6,}.*$/i, '');
      byKind[kind] = (byKind[kind] ?? 0) + s.bytes;
    }
    console.log(c.q, Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, +(v / 1024).toFixed(1)])));
  }
  await context.close();
  return { ...marks, bytes: sizes.reduce((a, s) => a + s.bytes, 0), requests: sizes.length };
}

export async function benchSearch(baseUrl, runs = RUNS) {
  // Used alone (npm run bench:search) or from scripts/bench.mjs.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows = [];
  for (const c of CASES) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      // Times: the reader types the query letter by letter.
      const typed = await firstQuery(browser, baseUrl, c, (page) => page.keyboard.type(c.q, { delay: 30 }));
      // Bytes: one query, arriving at once (pasted), so no prefix of it is searched first.
      const pasted = await firstQuery(browser, baseUrl, c, (page) => page.keyboard.insertText(c.q), i === 0 && process.env.BENCH_DEBUG);
      samples.push({ own: typed.own, all: typed.all, ownBytes: pasted.ownBytes, bytes: pasted.bytes, requests: pasted.requests });
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    rows.push({
      page: c.lang,
      query: c.q,
      ownMs: Math.round(median(samples.map((s) => s.own))),
      ownKB: +(median(samples.map((s) => s.ownBytes)) / 1024).toFixed(1),
      allMs: Math.round(median(samples.map((s) => s.all))),
      kB: +(median(samples.map((s) => s.bytes)) / 1024).toFixed(1),
      requests: median(samples.map((s) => s.requests)),
    });
  }
  await browser.close();
  return rows;
}

/** Top-three rate and mean reciprocal rank per reader language on the relevance set (tests/search/). */
export async function benchRelevance(baseUrl) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const set = relevanceSet();
  const rows = [];
  try {
    for (const lang of [...new Set(set.map((q) => q.lang))]) {
      const context = await browser.newContext({ baseURL: baseUrl });
      const answers = await answersFor(await context.newPage(), lang, set.filter((q) => q.lang === lang));
      const s = score(answers);
      rows.push({ lang, queries: s.queries, top3: +(s.top3 * 100).toFixed(1), mrr: +s.mrr.toFixed(3), misses: answers.filter((a) => !a.rank || a.rank > 3).map((a) => a.q) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve('dist', PORT);
  try {
    const relevance = await benchRelevance(server.url);
    console.log('Relevance set (tests/search/relevance.yaml), Chromium:');
    console.table(relevance.map((r) => ({ language: r.lang, queries: r.queries, 'top 3 %': r.top3, MRR: r.mrr, 'missed top 3': r.misses.join(' · ') })));
    const rows = await benchSearch(server.url);
    console.log(`First query after a fresh load, median of ${RUNS} (gzip, localhost, Chromium):`);
    console.table(rows.map((r) => ({ page: r.page, query: r.query, 'own-language ms': r.ownMs, 'own KB': r.ownKB, 'all languages ms': r.allMs, 'all KB': r.kB, requests: r.requests })));
    if (args.json) {
      mkdirSync(dirname(args.json), { recursive: true });
      writeFileSync(args.json, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, relevance, rows }, null, 2));
    }
  } finally {
    server.stop();
  }
}
