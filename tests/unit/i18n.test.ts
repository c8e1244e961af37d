import { describe, expect, it } from 'vitest';
import { languageName, resources, useTranslations } from '../../src/i18n';
import { checkLocaleTable, LOCALES, LOCALE_CODES, localeInfo } from '../../src/i18n/locales';
import { stringProblems } from '../../src/i18n/check';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const keysOf = (lang: string) => flatten(resources[lang as keyof typeof resources] as Tree);
/** Keys without their plural suffix: what the code asks for. */
const baseKeys = (lang: string) => new Set([...keysOf(lang).keys()].map((k) => k.replace(PLURAL, '')));

describe('UI strings', () => {
  it('has a string file for every locale of the registry, and no other', () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALE_CODES].sort());
  });

  it.each(LOCALE_CODES)('%s has every key English has, and no key English lacks', (lang) => {
    expect([...baseKeys(lang)].sort()).toEqual([...baseKeys('en')].sort());
  });

  it.each(LOCALE_CODES)('%s has no empty or untrimmed string', (lang) => {
    for (const [key, value] of keysOf(lang)) {
      expect(value.trim(), `${lang}: ${key}`).not.toBe('');
      expect(value, `${lang}: ${key}`).toBe(value.trim());
    }
  });

  it.each(LOCALE_CODES)('%s has exactly the plural forms its language needs', (lang) => {
    const categories = new Intl.PluralRules(localeInfo(lang).intl).resolvedOptions().pluralCategories;
    const plural = [...keysOf(lang).keys()].filter((k) => PLURAL.test(k));
    const bases = new Set(plural.map((k) => k.replace(PLURAL, '')));
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) {
      const forms = plural.filter((k) => k.replace(PLURAL, '') === base).map((k) => PLURAL.exec(k)![1]).sort();
      expect(forms, `${lang}: ${base}`).toEqual([...categories].sort());
    }
  });

  it('uses real plural forms (ru one/few/many, ar zero…many)', () => {
    const ru = useTranslations('ru');
    expect([1, 3, 5, 21].map((count) => ru('sources.count', { count }))).toEqual(['1 источник', '3 источника', '5 источников', '21 источник']);
    const ar = useTranslations('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => ar('sources.count', { count }))).toEqual(['لا توجد مصادر', 'مصدر واحد', 'مصدران', '3 مصادر', '11 مصدرًا', '100 مصدر']);
  });

  it('keeps the same {{placeholders}} in every translation of a key', () => {
    const en = keysOf('en');
    for (const lang of LOCALE_CODES) {
      for (const [key, value] of keysOf(lang)) {
        const ref = en.get(key) ?? en.get(key.replace(PLURAL, '_other'));
        if (!ref) continue;
        const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((n) => n !== 'count').sort();
        expect(names(value), `${lang}: ${key}`).toEqual(names(ref));
      }
    }
  });

  it('names languages in the reader’s language with Intl', () => {
    expect(languageName('kk', 'ru')).toBe('казахский');
    // The site's own name where CLDR's is the country's adjective.
    expect(languageName('kk', 'ar')).toBe('الكازاخية');
    expect(languageName('it', 'ru')).toBe('итальянский');
    expect(languageName('ru', 'en')).toBe('Russian');
  });

  it.each(LOCALES.map((l) => [l.code, l.dir]))('declares %s in the direction its script runs (%s)', (code, dir) => {
    const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    expect(dir).toBe((locale.getTextInfo?.() ?? locale.textInfo)!.direction);
  });
});

describe('a missing translation is an error, not a raw key on a page', () => {
  const en = { site: { name: 'Site', tagline_one: '{{count}} language', tagline_other: '{{count}} languages' }, cite: { source: 'Source: {{title}}' } };
  const ru = { site: { name: 'Сайт', tagline_one: '{{count}} язык', tagline_few: '{{count}} языка', tagline_many: '{{count}} языков', tagline_other: '{{count}} языка' }, cite: { source: 'Источник: {{title}}' } };
  const he = localeInfo('en'); // a row to copy: only code, intl and script matter here
  const table = [localeInfo('en'), localeInfo('ru'), { ...he, code: 'he', intl: 'he', script: 'Hebrew', dir: 'rtl' as const }];
  it('passes complete files', () => {
    expect(stringProblems({ en, ru, he: { site: { name: 'אתר', tagline_one: 'שפה {{count}}', tagline_two: '{{count}} שפות', tagline_other: '{{count}} שפות' }, cite: { source: 'מקור: {{title}}' } } }, table)).toEqual([]);
  });
  it('names the language and the key of each gap', () => {
    const problems = stringProblems({ en, ru: { site: { name: '', tagline_one: '{{count}} язык', tagline_other: 'языки' }, cite: { source: 'Source: {{name}}' } } }, table);
    expect(problems).toEqual(
      expect.arrayContaining([
        'src/i18n/strings/he.json: missing: he is in src/i18n/locales.json, so it needs a string file (copy en.json and translate every value)',
        'src/i18n/strings/ru.json: key site.name is empty',
        'src/i18n/strings/ru.json: key site.tagline lacks the plural form(s) site.tagline_few, site.tagline_many that ru needs',
        'src/i18n/strings/ru.json: key cite.source has placeholders {name} where en has {title}',
        'src/i18n/strings/ru.json: key cite.source is still in en: “Source: {{name}}”',
      ]),
    );
    expect(stringProblems({ en, ru: { site: { name: 'Сайт' } } }, table.slice(0, 2))).toContain('src/i18n/strings/ru.json: key cite.source is missing (en: “Source: {{title}}”)');
  });
  it('passes the site’s own files', () => {
    expect(stringProblems(resources)).toEqual([]);
  });
});

describe('the locale table', () => {
  const row = { code: 'he', nativeName: 'עברית', dir: 'rtl', intl: 'he', hreflang: 'he', ogLocale: 'he_IL', listSeparator: ', ', quotes: ['״', '״'], script: 'Hebrew', search: { nameEndings: 0 }, detect: {} };
  const scripts = { Latin: { fontText: 'a', fontDisplay: 'b', mapFonts: 'c', lineHeight: 1.6, headingLineHeight: 1.2, capitals: true, image: { family: 'F', regular: 'r', bold: 'b', lineChars: 28, lineHeight: 78 } } };
  it('names the file, the language and the field a row lacks', () => {
    expect(() => checkLocaleTable({ defaultLocale: 'he', locales: [row], scripts })).toThrow('src/i18n/locales.json: locale he: script: Hebrew has no row in scripts (fonts, line height, share-image font); known: Latin');
    expect(() => checkLocaleTable({ defaultLocale: 'he', locales: [{ ...row, script: 'Hebrw' }], scripts })).toThrow('“Hebrw” is not a Unicode script name');
    expect(() => checkLocaleTable({ defaultLocale: 'he', locales: [{ ...row, dir: undefined }], scripts })).toThrow('locale he: dir: "ltr" or "rtl" is required');
    const { image: _image, ...noImage } = scripts.Latin;
    expect(() => checkLocaleTable({ defaultLocale: 'he', locales: [{ ...row, script: 'Latin' }], scripts: { Latin: noImage } })).toThrow('scripts.Latin.image: the share image needs a font for this script');
    expect(() => checkLocaleTable({ defaultLocale: 'xx', locales: [{ ...row, script: 'Latin' }], scripts })).toThrow('defaultLocale: “xx” is not one of the locales (he)');
  });
});

describe('dates inside a sentence', () => {
  it('spell the year as a sentence has it where the locale says so', async () => {
    const { formatDate, formatDateInText } = await import('../../src/lib/dates');
    expect(formatDate('2020-08-13', 'ru')).toBe('13 августа 2020 г.');
    expect(formatDateInText('2020-08-13', 'ru')).toBe('13 августа 2020 года');
    expect(formatDateInText('2020-08-13', 'en')).toBe(formatDate('2020-08-13', 'en'));
  });
});
