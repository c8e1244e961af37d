import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIECES, makeFifthLocale } from '../../scripts/fifth-locale.mjs';

/**
 * Each piece of a new language is needed, and its absence is named: the
 * fifth language of tests/fixtures/fifth-locale/ without one piece does not
 * build, and the build says what is missing. Nothing falls back silently.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const EXPECTED: Record<string, RegExp> = {
  // Without its row, the language's files belong to no language: the first checked says so.
  table: /src\/i18n\/strings\/he\.json: he is not a language of src\/i18n\/locales\.json/,
  strings: /src\/i18n\/strings\/he\.json: missing/,
  glossary: /glossary → [\w-]+ data does not match collection schema[\s\S]*names\.he: Required/,
  stopwords: /content\/search\/stopwords\.yaml: no entry for language he/,
  style: /content\/style\/he\.md: missing[\s\S]*content\/style\/banned\.yaml: no entry for he/,
  prose: /content\/explainer\/he\.mdx: missing/,
  summaries: /content\/summaries\/he\/: missing/,
  data: /→ [\w#-]+ data does not match collection schema[\s\S]*(text|title|label|note)\.he: Required/,
};
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(join(ROOT, dir), { recursive: true, force: true })));

describe('a new language without one of its pieces', () => {
  it('has a test for every piece', () => expect(Object.keys(EXPECTED).sort()).toEqual([...(PIECES as string[])].sort()));
  for (const piece of PIECES as string[]) {
    it(`fails to build without its ${piece}, naming it`, () => {
      const out = `.fifth-locale-without-${piece}`;
      made.push(out);
      makeFifthLocale({ omit: piece, out });
      const r = spawnSync('npm', ['run', 'build'], { cwd: join(ROOT, out), encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
      const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      expect(r.status, output.slice(-2000)).not.toBe(0);
      expect(output, output.slice(-2000)).toMatch(EXPECTED[piece]!);
      // An error a reader of the terminal can act on: no bare stack trace as the message.
      expect(output).not.toMatch(/^\s+at .*\(node:internal/m);
    }, 240_000);
  }
});
