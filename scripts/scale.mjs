#!/usr/bin/env node
/**
 * Scale benchmark (not a test): builds the site with N = 10, 100 and 1,000
 * synthetic seeds added to the real ones (scripts/synthetic-seeds.mjs), each
 * into its own folder through SEEDS_DIR/OUTDIR so the project is untouched,
 * and reports build time per page, Pagefind's share, dist/ size and the
 * bytes of a first query in every language.
 *
 *   node scripts/scale.mjs [--sizes 10,100,1000] [--json reports/scale.json] [--keep]
 *   (--keep: leave the last build in dist-scale/ to look at)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { benchSearch } from './bench-search.mjs';
import { serve } from './serve-while.mjs';
import { writeSyntheticSeeds } from './synthetic-seeds.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = Object.fromEntries(process.argv.slice(2).reduce((p, a, i, all) => (a.startsWith('--') ? [...p, [a.slice(2), all[i + 1]]] : p), []));
const SIZES = (args.sizes ?? '10,100,1000').split(',').map(Number);
const PORT = 4392;

function walk(dir) {
  let files = 0;
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(path);
      files += sub.files;
      bytes += sub.bytes;
      html += sub.html;
    } else {
      files++;
      bytes += statSync(path).size;
      if (entry.name.endsWith('.html')) html++;
    }
  }
  return { files, bytes, html };
}

export async function scaleSeries(sizes = SIZES) {
  const rows = [];
  for (const n of sizes) {
    const seeds = join(root, `.scale-seeds`);
    const out = `dist-scale`;
    rmSync(seeds, { recursive: true, force: true });
    rmSync(join(root, out), { recursive: true, force: true });
    mkdirSync(seeds);
    cpSync(join(root, 'seeds'), seeds, { recursive: true });
    writeSyntheticSeeds(root, seeds, n);
    const env = { ...process.env, SEEDS_DIR: seeds, OUTDIR: out };
    const started = performance.now();
    execFileSync(process.execPath, [join(root, 'src/loaders/seeds/cli.ts'), '--quiet'], { stdio: 'inherit', env, cwd: root });
    const log = execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], { env, cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const buildMs = performance.now() - started;
    const indexMs = Number(log.match(/search indexes written in (\d+) ms/)?.[1] ?? NaN);
    const dist = walk(join(root, out));
    const server = await serve(join(root, out), PORT);
    let search;
    try {
      search = await benchSearch(server.url, 1);
    } finally {
      server.stop();
    }
    rows.push({
      sources: n + readdirSync(join(root, 'seeds')).length,
      pages: dist.html,
      buildS: +(buildMs / 1000).toFixed(1),
      msPerPage: +(buildMs / dist.html).toFixed(1),
      indexS: +(indexMs / 1000).toFixed(1),
      indexMsPerPage: +(indexMs / dist.html).toFixed(2),
      distMB: +(dist.bytes / 1024 / 1024).toFixed(1),
      files: dist.files,
      searchOwnKB: Math.max(...search.map((s) => s.ownKB)),
      searchAllKB: Math.max(...search.map((s) => s.kB)),
    });
    rmSync(seeds, { recursive: true, force: true });
    // 1,000 sources make 140 MB: gone unless asked for.
    if (!process.argv.includes('--keep')) rmSync(join(root, out), { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await scaleSeries();
  console.log('Scale: the real seeds plus N synthetic ones (build includes the seed check, Pagefind ×4 and the social images):');
  console.table(rows);
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  }
}
