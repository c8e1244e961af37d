import { describe, expect, it } from 'vitest';
import { languageName, resources, useTranslations } from '../../src/i18n';
import { LOCALES, LOCALE_CODES, localeInfo } from '../../src/i18n/locales';

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

  it('declares Arabic right-to-left and the others left-to-right', () => {
    expect(Object.fromEntries(LOCALES.map((l) => [l.code, l.dir]))).toEqual({ ru: 'ltr', kk: 'ltr', ar: 'rtl', en: 'ltr' });
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
