import { LOCALE_CODES } from '../../src/i18n/locales';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed, type EditorEntry } from '../../src/loaders/seeds/parse';

const enc = new TextEncoder();
const TODAY = '2026-11-25';
const parse = (text: string | Uint8Array, editor?: EditorEntry, file = 'x.txt') =>
  parseSeed(typeof text === 'string' ? enc.encode(text) : text, { path: `seeds/${file}`, file, today: TODAY, ...(editor ? { editor } : {}) });
const ok = (r: ReturnType<typeof parse>) => {
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.seed;
};
const problems = (r: ReturnType<typeof parse>) => (r.ok ? [] : r.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} ${p.fix}`));
const real = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url));

const RU = 'Министерство иностранных дел сделало официальное заявление о присоединении страны к соглашениям.';
const KK = 'Қазақстан мен Израиль 30 жылдан астам уақыттан бері дипломатиялық қарым-қатынастарды дамытып келеді.';
const EN = 'The Kazakh Foreign Affairs Ministry has officially announced its accession to the Abraham Accords.';
const AR = 'أعلنت كازاخستان رسميًا انضمامها إلى الاتفاقات الإبراهيمية، في خطوةٍ جديدة تعزز علاقاتها مع إسرائيل.';

describe('dates', () => {
  it('reads the collector’s “ date YYYY-MM-DD Headline” line (seeds 001, 002)', () => {
    const s = ok(parse(real('002_7c88af22980b62d8.txt')));
    expect(s.date).toBe('2025-12-12');
    expect(s.dateSource).toBe('text');
    expect(s.headline).toBe('Президент высказался за создание независимой Палестины');
    expect(s.headlineSource).toBe('text');
  });

  it('treats a sentence after the date as article text, not a headline (seed 000)', () => {
    const s = ok(parse(real('000_d6bbdde2d208ad8b.txt')));
    expect(s.date).toBe('2025-11-07');
    expect(s.headline).toBeNull();
    expect(s.paragraphs[0]!.text).toMatch(/^Министерство иностранных дел Республики Казахстан сделало/);
    expect(s.paragraphs[0]!.line).toBe(1);
  });

  it('reads DD-MM-YYYY from an Arabic metadata line (seed 003)', () => {
    const s = ok(parse(real('003_385850e134b41bb0.txt')));
    expect(s.date).toBe('2025-11-07');
    expect(s.noise.find((n) => n.rule === 'metadata-line')?.line).toBe(3);
  });

  it('takes the publication date, the earlier of “published” and “updated”', () => {
    const s = ok(parse(`عنوان الخبر\n09-11-2025 آخر تحديث | 07-11-2025 نشر في | ANI\n${AR}`));
    expect(s.date).toBe('2025-11-07');
  });

  it('takes the date from the editors’ file when the text has none (seed 004)', () => {
    const s = ok(parse(real('004_00dd62ac403b8782.txt'), { date: '2025-11-07', datePrecision: 'approx', headline: 'Written by us' }));
    expect(s.date).toBe('2025-11-07');
    expect(s.dateSource).toBe('editors');
    expect(s.datePrecision).toBe('approx');
    expect(s.headline).toBe('Written by us');
    expect(s.headlineSource).toBe('editors');
  });

  it('refuses an editors’ date that contradicts the text', () => {
    expect(problems(parse(` date 2025-11-07 Заголовок\n${RU}`, { date: '2025-11-08' })).join()).toMatch(/content\/seeds.yaml.*2025-11-08.*2025-11-07/);
  });

  it.each([
    ['2025-13-45', /2025-13-45, which does not exist/],
    ['2025-02-30', /2025-02-30, which does not exist/],
    ['07.11.2025', /“07.11.2025” is not a YYYY-MM-DD date/],
  ])('refuses the impossible date %s, naming file and line', (date, message) => {
    const found = problems(parse(` date ${date} Заголовок\n${RU}`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^seeds\/x\.txt:1: /);
    expect(found[0]).toMatch(message);
  });

  it('refuses a text without any date', () => {
    expect(problems(parse(`Заголовок\n${RU}`)).join()).toMatch(/carries no date.*content\/seeds.yaml/);
  });

  it('refuses a date after the build date', () => {
    expect(problems(parse(` date 2027-01-01 Заголовок\n${RU}`)).join()).toMatch(/dated 2027-01-01, after today \(2026-11-25\)/);
  });
});

describe('language', () => {
  it.each([
    ['000_d6bbdde2d208ad8b.txt', 'ru'],
    ['001_bf62e9e2aa893e81.txt', 'kk'],
    ['002_7c88af22980b62d8.txt', 'ru'],
    ['003_385850e134b41bb0.txt', 'ar'],
    ['004_00dd62ac403b8782.txt', 'en'],
  ])('detects %s as %s', (file, lang) => {
    const s = ok(parse(real(file), file.startsWith('004') ? { date: '2025-11-07' } : undefined));
    expect(s.lang).toBe(lang);
    expect(s.langSource).toBe('detected');
  });

  it('tells Kazakh from Russian by the Kazakh-only letters', () => {
    expect(ok(parse(` date 2025-11-07 Тақырып\n${KK}`)).lang).toBe('kk');
    expect(ok(parse(` date 2025-11-07 Заголовок\n${RU}`)).lang).toBe('ru');
  });

  it('reads Russian as Russian even when it quotes a Kazakh name', () => {
    expect(ok(parse(` date 2025-11-07 Заголовок\n${RU} Агентство «Қазақпарат» сообщило об этом позже.`)).lang).toBe('ru');
  });

  it('refuses a text in none of the site’s languages, naming them', () => {
    const fr = ' date 2025-11-07 Titre\nLe ministère des Affaires étrangères du Kazakhstan a annoncé officiellement son adhésion aux accords.';
    expect(problems(parse(fr)).join()).toMatch(new RegExp(`not in one of the site's languages, ${LOCALE_CODES.join(', ')}`));
    // French with the article «a»: not mistaken for English.
    const short = ' date 2025-11-07 Titre\nLe ministère des Affaires étrangères du Kazakhstan a annoncé officiellement son adhésion.';
    expect(problems(parse(short)).join()).toMatch(/not in one of the site's languages/);
  });

  it('refuses a text too mixed to tell, unless the editors declare it', () => {
    const mixed = ` date 2025-11-07 Заголовок\n${RU} ${EN} ${AR}`;
    expect(problems(parse(mixed)).join()).toMatch(/mixes scripts too much.*lang: ru/);
    expect(ok(parse(mixed, { lang: 'ru' })).lang).toBe('ru');
  });
});

describe('noise', () => {
  it('sets aside the comment counter of seed 000 and keeps it', () => {
    const s = ok(parse(real('000_d6bbdde2d208ad8b.txt')));
    expect(s.noise).toContainEqual({ line: 17, rule: 'comment-counter', text: 'Комментарии0 комментарий(ев)' });
    expect(s.paragraphs.some((p) => p.text.includes('Комментарии'))).toBe(false);
    expect(s.verbatim).toContain('Комментарии0 комментарий(ев)');
  });

  it('sets aside the dateline and the embedded tweet of seed 001, and repairs «Аxios»', () => {
    const s = ok(parse(real('001_bf62e9e2aa893e81.txt')));
    expect(s.dateline).toBe('ВАШИНГТОН. KAZINFORM –');
    expect(s.paragraphs[0]!.text).toMatch(/^Бұл - АҚШ-тың қолдауымен/);
    expect(s.noise.map((n) => n.rule)).toEqual(['date-prefix', 'dateline', 'embedded-tweet']);
    expect(s.paragraphs.some((p) => p.text.includes('Barak Ravid'))).toBe(false);
    expect(s.paragraphs.find((p) => p.line === 3)!.text).toContain('Axios');
    expect(s.repairs).toEqual([{ line: 3, from: 'Аxios', to: 'Axios' }]);
    expect(s.verbatim).toContain('Аxios');
  });

  it('sets aside the photo credit of seed 002', () => {
    const s = ok(parse(real('002_7c88af22980b62d8.txt')));
    expect(s.noise).toContainEqual({ line: 5, rule: 'photo-credit', text: 'Фото: пресс-служба Президента РК' });
  });

  it('sets aside metadata, repeated headlines, dateline, “read also” and “suggested stories” in seed 003', () => {
    const s = ok(parse(real('003_385850e134b41bb0.txt')));
    expect(s.noise.map((n) => [n.line, n.rule])).toEqual([
      [3, 'metadata-line'],
      [4, 'duplicate-headline'],
      [5, 'duplicate-headline'],
      [10, 'dateline'],
      [28, 'read-also'],
      [32, 'suggested-stories'],
    ]);
    expect(s.paragraphs).toHaveLength(9);
    expect(s.paragraphs.at(-1)!.line).toBe(30);
  });

  it('sets aside the “ASTANA ( WNAM MONITIRONG):” credit of seed 004', () => {
    const s = ok(parse(real('004_00dd62ac403b8782.txt'), { date: '2025-11-07' }));
    expect(s.dateline).toBe('ASTANA ( WNAM MONITIRONG):');
    expect(s.paragraphs[0]!.text).toMatch(/^The Kazakh Foreign Affairs Ministry/);
  });

  it('keeps every line of every real seed: article text plus set-aside lines', () => {
    for (const file of ['000_d6bbdde2d208ad8b.txt', '001_bf62e9e2aa893e81.txt', '002_7c88af22980b62d8.txt', '003_385850e134b41bb0.txt', '004_00dd62ac403b8782.txt']) {
      const s = ok(parse(real(file), file.startsWith('004') ? { date: '2025-11-07' } : undefined));
      const accounted = new Set([...s.paragraphs.map((p) => p.line), ...s.noise.map((n) => n.line)]);
      if (s.headline && s.headlineSource === 'text') accounted.add(1);
      const nonEmpty = s.verbatim.split('\n').flatMap((l, i) => (l.replace(/[\s\u00A0]/g, '') ? [i + 1] : []));
      expect(nonEmpty.filter((n) => !accounted.has(n)), file).toEqual([]);
    }
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\u00A0\n\t\n'],
  ])('refuses %s', (_, text) => {
    expect(problems(parse(text))).toEqual(['seeds/x.txt: is empty. Paste the article text into it, or delete the file.']);
  });

  it('refuses invalid UTF-8', () => {
    const bytes = new Uint8Array([...enc.encode(' date 2025-11-07 Заголовок\n'), 0xff, 0xfe, 0x41]);
    expect(problems(parse(bytes)).join()).toMatch(/^seeds\/x.txt: is not valid UTF-8 text\. Save the file as UTF-8/);
  });

  it('refuses NUL and other control characters, naming the line', () => {
    expect(problems(parse(` date 2025-11-07 Заголовок\n${RU}\u0000`)).join()).toMatch(/^seeds\/x.txt:2: contains the control character U\+0000/);
    expect(problems(parse(` date 2025-11-07 Заголовок\n\u001B[31m${RU}`)).join()).toMatch(/U\+001B/);
  });

  it('accepts and normalizes a BOM, CRLF line ends, trailing and no-break spaces', () => {
    const s = ok(parse(`\uFEFF date 2025-11-07 Заголовок   \r\n${RU}\u00A0 \r\n\r\n${RU.replace(' ', '\u00A0')}\r\n`));
    expect(s.headline).toBe('Заголовок');
    expect(s.paragraphs.map((p) => p.text)).toEqual([RU, RU]);
    expect(s.verbatim.startsWith('\uFEFF')).toBe(false);
    expect(s.verbatim).not.toContain('\r');
  });
});

describe('a news text in any language of the table', () => {
  it('is told by the table’s scripts and letters, not by a list in code', async () => {
    const { detectLanguage } = await import('../../src/loaders/seeds/language');
    const { LOCALES } = await import('../../src/i18n/locales');
    const he = { ...LOCALES.find((l) => l.code === 'ar')!, code: 'he', script: 'Hebrew', detect: {} };
    const hebrew = 'משרד החוץ של קזחסטן הודיע רשמית על הצטרפות המדינה להסכמי אברהם ביום חמישי';
    expect(detectLanguage(hebrew, [...LOCALES, he])).toMatchObject({ ok: true, lang: 'he' });
    // Without the row, it is refused, and the refusal names the registered languages.
    expect(detectLanguage(hebrew)).toMatchObject({ ok: false, reason: 'unsupported', detail: expect.stringContaining(LOCALES.map((l) => l.code).join(', ')) });
  });
});
