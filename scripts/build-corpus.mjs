#!/usr/bin/env node
/**
 * Builds the site with the hostile-input corpus added (tests/fixtures/hostile)
 * plus a generated 2 MB seed, into dist-corpus/, for tests/dist/corpus.test.ts
 * to inspect. The real seeds stay where they are; the corpus build reads a
 * temporary folder through SEEDS_DIR.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const seeds = join(root, '.corpus-seeds');
rmSync(seeds, { recursive: true, force: true });
mkdirSync(seeds);
cpSync(join(root, 'seeds'), seeds, { recursive: true });
cpSync(join(root, 'tests/fixtures/hostile'), seeds, { recursive: true });

// A very large seed: 2 MB of distinct Russian paragraphs.
const lines = [' date 2025-11-14 Очень длинная публикация для проверки объёма'];
let size = 0;
for (let i = 1; size < 2 * 1024 * 1024; i++) {
  const line = `Абзац ${i}. Министерство иностранных дел Казахстана опубликовало заявление номер ${i}, в котором снова подчеркнуло приверженность сбалансированной внешней политике и диалогу.`;
  lines.push(line);
  size += Buffer.byteLength(line) + 1;
}
writeFileSync(join(seeds, '199_very_large.txt'), lines.join('\n'));

const env = { ...process.env, SEEDS_DIR: seeds, OUTDIR: 'dist-corpus' };
try {
  execFileSync(process.execPath, [join(root, 'src/loaders/seeds/cli.ts'), '--quiet'], { stdio: 'inherit', env, cwd: root });
  execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env, cwd: root });
} catch {
  // The seed check or the build has already said what went wrong.
  process.exit(1);
}
console.log('dist-corpus/ built with the hostile corpus and a 2 MB seed');
