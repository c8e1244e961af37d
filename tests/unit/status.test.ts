import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryLine, translationStatus } from '../../src/status/status';

/**
 * The translation status on a repository with a known history: written in
 * January in two languages, the English changed in February, a Russian
 * news text added since without its summary, metadata or a citation.
 */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'status-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 'E', GIT_AUTHOR_EMAIL: 'e@x', GIT_COMMITTER_NAME: 'E', GIT_COMMITTER_EMAIL: 'e@x', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) } });
  git(['init', '-q']);
  const mdx = (a: string, b: string) => `---\ntitle: T\n---\n\n<h2 id="what-happened">A</h2>\n\n${a}\n\n<h2 id="why-it-matters">B</h2>\n\n${b}\n`;
  write('content/explainer/en.mdx', mdx('What happened.', 'Why it matters.'));
  write('content/explainer/ru.mdx', mdx('Что произошло.', 'Почему это важно.'));
  write('content/glossary.yaml', '- id: tokayev\n  names:\n    en: [Tokayev]\n    ru: [Токаев]\n  role:\n    en: President\n    ru: Президент\n');
  write('content/chronology.yaml', '- id: e\n  sources: [001_a]\n  title:\n    en: Title\n    ru: Заголовок\n');
  write('content/seeds.yaml', '001_a.txt:\n  outlet: Lada.kz\n  url: https://example.org/a\n');
  write('content/summaries/en/001_a.yaml', 'summary: s\npoints: [p]\n');
  write('src/i18n/strings/en.json', '{\n  "site": {\n    "name": "Site"\n  }\n}\n');
  write('src/i18n/strings/ru.json', '{\n  "site": {\n    "name": "Сайт"\n  }\n}\n');
  const article = 'Министерство иностранных дел Казахстана заявило о присоединении страны к соглашениям, сообщает издание.';
  write('seeds/001_a.txt', ` date 2025-11-07 Заголовок\n${article}\n`);
  git(['add', '-A']);
  git(['commit', '-qm', 'January'], '2026-01-10T12:00:00Z');
  // February: the English changes; the Russian does not follow.
  write('content/explainer/en.mdx', mdx('What happened.', 'Why it matters, rewritten.'));
  write('content/glossary.yaml', '- id: tokayev\n  names:\n    en: [Tokayev]\n    ru: [Токаев]\n  role:\n    en: President of Kazakhstan\n    ru: Президент\n');
  git(['commit', '-qam', 'February'], '2026-02-10T12:00:00Z');
  // A news text dropped in since, not yet committed.
  write('seeds/002_b.txt', ' date 2025-11-08 Другой заголовок\nПрезидент Казахстана провёл встречу с министрами и обсудил новые соглашения о сотрудничестве, пишет газета.\n');
  return root;
}

describe('translation status', () => {
  it('says which languages are older than the one last changed, and what a new news text needs', async () => {
    const root = repo();
    const status = await translationStatus(root, ['en', 'ru']);
    const pieces = Object.fromEntries(status.gaps.map((g) => [g.piece, g]));
    expect(pieces['content/explainer/{lang}.mdx §why-it-matters']).toEqual({ piece: 'content/explainer/{lang}.mdx §why-it-matters', missing: [], older: ['ru'], newest: { lang: 'en', date: '2026-02-10' } });
    expect(pieces['content/glossary.yaml tokayev role']?.older).toEqual(['ru']);
    // Unchanged since January in both: nothing to say.
    expect(pieces['content/explainer/{lang}.mdx §what-happened']).toBeUndefined();
    expect(pieces['content/glossary.yaml tokayev names']).toBeUndefined();
    expect(pieces['src/i18n/strings/{lang}.json site.name']).toBeUndefined();
    expect(status.seeds).toEqual([
      {
        seed: '002_b',
        needs: ['a summary in en (content/summaries/{lang}/002_b.yaml)', 'its outlet (content/seeds.yaml: 002_b.txt: outlet)', 'its original address (content/seeds.yaml: 002_b.txt: url)', 'a citation: neither the chronology nor the explainer cites it'],
      },
    ]);
    expect(summaryLine(status)).toBe('Translation status: 2 pieces in ru older than en; seed 002_b needs a summary in en and 3 more. Details: npm run status.');
  });

  it('counts nothing older that was changed before the day every language was last checked', async () => {
    const root = repo();
    writeFileSync(join(root, 'content/status.yaml'), 'checkedAsOf: 2026-02\ntranslationsCheckedAt: 2026-02-15\n');
    const status = await translationStatus(root, ['en', 'ru']);
    expect(status.gaps.filter((g) => g.older.length > 0)).toEqual([]);
  });

  it('names what a language lacks altogether', async () => {
    const root = repo();
    const status = await translationStatus(root, ['en', 'ru', 'kk']);
    expect(status.gaps.find((g) => g.piece === 'content/explainer/{lang}.mdx §why-it-matters')?.missing).toEqual(['kk']);
    expect(status.gaps.find((g) => g.piece === 'src/i18n/strings/{lang}.json site.name')?.missing).toEqual(['kk']);
  });
});
