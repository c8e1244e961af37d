import { LOCALE_CODES } from '../../src/i18n/locales';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bannedFormProblems, readBannedForms } from '../../src/checks/banned-forms';
import { mixedScriptProblems } from '../../src/checks/mixed-script';
import { quoteMarkProblems } from '../../src/checks/quote-marks';
import { editorialTexts, type TextUnit } from '../../src/checks/texts';

const ROOT = new URL('../..', import.meta.url).pathname;
const unit = (text: string, extra: Partial<TextUnit> = {}): TextUnit => ({ file: 'f', line: 1, text, verbatim: false, mdx: false, ...extra });

describe('typed quotation marks', () => {
  it('are refused in prose and data, with file and line', () => {
    const problems = quoteMarkProblems([unit('the statement was “solely in the interests”', { file: 'content/explainer/en.mdx', line: 7, mdx: true }), unit('«Казинформ» пишет')]);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/explainer/en.mdx:7', 'f:1']);
    expect(problems[0]!.message).toContain('“ ”');
  });

  it('are allowed in a quote’s verbatim text, and apostrophes and tag syntax are not marks', () => {
    expect(
      quoteMarkProblems([
        unit('принципа “два государства для двух народов”', { verbatim: true }),
        unit('Kazakhstan’s decision, Sa\'ar said.<Cite to="a b" /> <Quote id="x" />', { mdx: true }),
        unit('[[term:read also]] link'),
      ]),
    ).toEqual([]);
  });

  it('are found inside a component’s prose attribute', () => {
    expect(quoteMarkProblems([unit('<KeyFacts what="Kazakhstan «joins»" />', { mdx: true })])).toHaveLength(1);
  });
});

describe('words that mix scripts', () => {
  it('finds a Cyrillic С in C5+1, a Latin letter in a Cyrillic word and Arabic with Latin', () => {
    const messages = mixedScriptProblems([unit('саммит С5+1'), unit('Аxios сообщил'), unit('موقع لادا.kz')]).map((p) => p.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('U+0421');
    expect(messages[1]).toContain('Latin x');
    expect(messages[2]).toContain('Arabic');
  });

  it('accepts hyphenated compounds, codes in Latin, and verbatim text', () => {
    expect(mixedScriptProblems([unit('в Telegram-канале C5+1 и Lada.kz, Boeing 787-9'), unit('Аxios', { verbatim: true })])).toEqual([]);
  });
});

describe('the content of this site', () => {
  it('has no typed quotation marks and no mixed-script words', async () => {
    const units = await editorialTexts(ROOT);
    expect(units.length).toBeGreaterThan(500);
    expect([...quoteMarkProblems(units), ...mixedScriptProblems(units)].map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it('the command names the file and line and fails, without a stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'lint-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/chronology.yaml'), '- id: x\n  title:\n    ru: "Саммит С5+1 и «слова»"\n');
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [join(ROOT, 'src/checks/cli.ts'), '--root', root], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { stderr: string; status: number };
      out = err.stderr;
      code = err.status;
    }
    expect(code).toBe(1);
    expect(out).toContain('content/chronology.yaml:3: typed quotation mark « »');
    expect(out).toContain('content/chronology.yaml:3: "С5+1" looks like a Latin code');
    expect(out).not.toMatch(/\n\s+at /);
  });
});

describe('forms a language’s style sheet rules out', () => {
  const banned = { ru: [{ form: 'АНИ', use: 'ANI', why: 'the agency’s own name' }], kk: [{ form: 'мұрагер ханзада', use: 'тақ мұрагері' }] };

  it('are found as whole words in text of that language only, with file and line', () => {
    const problems = bannedFormProblems(
      [
        unit('со ссылкой на АНИ сообщил', { file: 'content/explainer/ru.mdx', line: 3, lang: 'ru' }),
        unit('ГАНИМЕД и АНИМАЦИЯ', { lang: 'ru' }),
        unit('Сауд Арабиясының мұрагер ханзадасы', { lang: 'kk' }),
        unit('мұрагер ханзада', { lang: 'ru' }),
      ],
      banned,
    );
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(['content/explainer/ru.mdx:3: "АНИ" is ruled out by content/style/ru.md: write "ANI" (the agency’s own name)']);
  });

  it('spare verbatim quotations and search aliases', () => {
    expect(bannedFormProblems([unit('АНИ', { lang: 'ru', verbatim: true }), unit('АНИ', { lang: 'ru', alias: true })], banned)).toEqual([]);
  });

  it('knows the language of every editorial text by its file or key', async () => {
    const units = await editorialTexts(ROOT);
    // Prose is several words; ids, dates and codes are not in any language.
    const unknown = units.filter((u) => !u.lang && !u.verbatim && /\p{L}+\s+\p{L}+\s+\p{L}+/u.test(u.text) && !/^(content\/(references|seeds|accords-map|categories)\.yaml|content\/quotes\/)/.test(u.file));
    expect(unknown.slice(0, 5).map((u) => `${u.file}:${u.line} ${u.text.slice(0, 40)}`)).toEqual([]);
  });

  it('the site’s own style sheets are kept', async () => {
    const units = await editorialTexts(ROOT);
    expect(bannedFormProblems(units, await readBannedForms(ROOT)).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    expect(Object.keys(await readBannedForms(ROOT)).sort()).toEqual([...LOCALE_CODES].sort());
  });
});
