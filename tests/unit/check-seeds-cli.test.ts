import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'src/loaders/seeds/cli.ts');

function run(extra: Record<string, string | Uint8Array>): { code: number; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  cpSync(join(ROOT, 'content/seeds.yaml'), join(dir, 'content/seeds.yaml'));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'seeds', name), text);
  try {
    return { code: 0, out: execFileSync(NODE, [CLI, '--root', dir], { encoding: 'utf8', stdio: 'pipe', env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'SEEDS_DIR')) }) };
  } catch (e) {
    const err = e as { status: number; stderr: string; stdout: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('npm run check:seeds', () => {
  it('passes the real seeds and reports what it set aside', () => {
    const { code, out } = run({});
    expect(code).toBe(0);
    expect(out).toContain('003_385850e134b41bb0.txt: ar, 2025-11-07, 9 paragraphs; set aside: line 3 metadata-line');
    expect(out).toContain('✓ 5 seeds checked, no problems.');
  });

  it('prints one line per problem, naming file and line, exits 1, and shows no stack trace', () => {
    const { code, out } = run({
      'bad-date.txt': ' date 2025-02-30 Заголовок\nТекст статьи на русском языке о внешней политике Казахстана и его партнёрах.\n',
      'nul.txt': ' date 2025-11-07 Заголовок\nТекст\u0000 статьи\n',
      'latin1.txt': new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0xe8]),
      'empty.txt': '',
    });
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('✗ The seeds cannot be published (4 problems):');
    expect(lines.slice(1)).toEqual([
      '  seeds/bad-date.txt:1: gives the date 2025-02-30, which does not exist. Correct the date (YYYY-MM-DD).',
      '  seeds/empty.txt: is empty. Paste the article text into it, or delete the file.',
      '  seeds/latin1.txt: is not valid UTF-8 text. Save the file as UTF-8 (in most editors: “Save with encoding → UTF-8”).',
      '  seeds/nul.txt:2: contains the control character U+0000, which no news text has. Remove it (it usually comes from a binary file or a broken copy-paste).',
    ]);
    expect(out).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  });
});
