import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSeeds } from '../../src/loaders/seeds/collect';
import { formatProblem } from '../../src/loaders/seeds/problems';

const ROOT = new URL('../..', import.meta.url).pathname;
const RU = 'Министерство иностранных дел сделало официальное заявление о присоединении страны к соглашениям.';

/** A throwaway project with the real seeds and editor file, plus `extra` files. */
function project(extra: Record<string, string> = {}, editorYaml?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  cpSync(join(ROOT, 'content/seeds.yaml'), join(dir, 'content/seeds.yaml'));
  if (editorYaml !== undefined) writeFileSync(join(dir, 'content/seeds.yaml'), editorYaml);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'seeds', name), text);
  return dir;
}
const messages = async (dir: string) => (await collectSeeds(dir, '2026-11-25')).problems.map(formatProblem);

describe('the seed collection', () => {
  it('loads the five real seeds without a problem', async () => {
    const { seeds, problems } = await collectSeeds(ROOT, '2026-11-25');
    expect(problems).toEqual([]);
    expect(seeds.map((s) => [s.id, s.lang, s.date])).toEqual([
      ['000_d6bbdde2d208ad8b', 'ru', '2025-11-07'],
      ['001_bf62e9e2aa893e81', 'kk', '2025-11-07'],
      ['002_7c88af22980b62d8', 'ru', '2025-12-12'],
      ['003_385850e134b41bb0', 'ar', '2025-11-07'],
      ['004_00dd62ac403b8782', 'en', '2025-11-07'],
    ]);
  });

  it('takes a new seed with a “ date YYYY-MM-DD Headline” line and no editor entry', async () => {
    const dir = project({ '005_new.txt': ` date 2025-11-20 Новый заголовок\n${RU}\n` });
    const { seeds, problems } = await collectSeeds(dir, '2026-11-25');
    expect(problems).toEqual([]);
    expect(seeds.find((s) => s.id === '005_new')).toMatchObject({ lang: 'ru', date: '2025-11-20', headline: 'Новый заголовок', outlet: null });
  });

  it('refuses two files with the same text', async () => {
    const dir = project({ 'a.txt': ` date 2025-11-20 Заголовок\n${RU}\n`, 'b.txt': ` date 2025-11-20 Заголовок\n${RU}\n` });
    expect(await messages(dir)).toEqual(['seeds/b.txt: has the same article text as seeds/a.txt. Delete one of the two files.']);
  });

  it('refuses two seeds claiming the same id', async () => {
    const dir = project({ 'A.txt': ` date 2025-11-20 Один\n${RU}\n`, 'a.txt': ` date 2025-11-20 Два\n${RU} Другой текст.\n` });
    expect((await messages(dir)).join()).toMatch(/seeds\/a.txt: has the id “a”, already used by seeds\/A.txt/);
  });

  it('refuses an editor entry for a seed that does not exist', async () => {
    const dir = project({}, '999_missing.txt:\n  outlet: Nobody\n');
    expect(await messages(dir)).toContain('content/seeds.yaml: has an entry for 999_missing.txt, but there is no seeds/999_missing.txt. Correct the file name, or remove the entry.');
  });

  it('reports every problem of a run at once, one line each, naming the file', async () => {
    const dir = project({ 'empty.txt': '', 'nodate.txt': `Заголовок статьи\n${RU}\n`, 'future.txt': ` date 2030-01-01 Заголовок\n${RU} Ещё.\n` });
    const found = await messages(dir);
    expect(found).toHaveLength(3);
    expect(found.every((m) => /^seeds\/(empty|nodate|future)\.txt(:\d+)?: /.test(m) && !m.includes('\n'))).toBe(true);
  });

  it('refuses unknown and malformed fields in the editor file', async () => {
    const dir = project({}, '000_d6bbdde2d208ad8b.txt:\n  outlet: Lada.kz\n  colour: red\n  date: 2025-02-30\n');
    const found = await messages(dir);
    expect(found.join('\n')).toMatch(/unknown field “colour”/);
    expect(found.join('\n')).toMatch(/date “2025-02-30” is not a real YYYY-MM-DD date/);
  });
});
