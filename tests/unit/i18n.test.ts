import { describe, expect, it } from 'vitest';
import { languageName, resources, useTranslations } from '../../src/i18n';
import { checkLocaleTable, LOCALES, LOCALE_CODES, localeInfo } from '../../src/i18n/locales';
import { stringProblems } from '../../src/i18n/check';

describe('UI strings', () => {
  // Files, keys, plural forms, placeholders, empty and untranslated values: src/i18n/check.ts,
  // run before every build; its failure messages are tested below ("a missing translation…").
  it('are complete in every language of the table', () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALE_CODES].sort());
    expect(stringProblems(resources)).toEqual([]);
  });

  it('uses real plural forms (ru one/few/many, ar zero…many)', () => {
    const ru = useTranslations('ru');
    expect([1, 3, 5, 21].map((count) => ru('sources.count', { count }))).toEqual(['1 источник', '3 источника', '5 источников', '21 источник']);
    const ar = useTranslations('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => ar('sources.count', { count }))).toEqual(['لا توجد مصادر', 'مصدر واحد', 'مصدران', '3 مصادر', '11 مصدرًا', '100 مصدر']);
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
    expect(stringProblems({ en, ru: { ...ru, site: { ...ru.site, name: ' Сайт' } } }, table.slice(0, 2))).toEqual([
      'src/i18n/strings/ru.json: key site.name has space around it: “ Сайт”',
    ]);
    expect(stringProblems({ en, ru: { site: { name: 'Сайт' } } }, table.slice(0, 2))).toContain('src/i18n/strings/ru.json: key cite.source is missing (en: “Source: {{title}}”)');
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
