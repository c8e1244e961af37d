/**
 * The one table of the site's languages. Routing, the language switcher,
 * hreflang links, the sitemap, the search indexes and the tests all read it,
 * so adding a language is a row here plus its string file and content.
 */
export interface LocaleInfo {
  /** BCP 47 tag used in URLs, `<html lang>` and Pagefind's index name. */
  readonly code: string;
  /** The language's name in itself, as the switcher shows it. */
  readonly nativeName: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * Locale passed to Intl. Arabic is pinned to Latin digits (`-u-nu-latn`):
   * the seeds, the Kazakh and Gulf press we cite and most Arabic news sites
   * online write dates with 0–9, and a date should read the same whatever
   * the reader's system defaults are.
   */
  readonly intl: string;
  /** Value of `hreflang` and of the sitemap's language links. */
  readonly hreflang: string;
  /** Open Graph locale (language_TERRITORY). */
  readonly ogLocale: string;
  /** Separator between items of a list (Intl.ListFormat has no plain "a, b, c" for every locale). */
  readonly listSeparator: string;
  /** Opening and closing quotation marks of the language's typography. */
  readonly quotes: readonly [string, string];
  /** Unicode script of the language, to tell whether a query is typed in it. */
  readonly script: 'Latin' | 'Cyrillic' | 'Arabic';
}

export const LOCALES = [
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', intl: 'ru', hreflang: 'ru', ogLocale: 'ru_RU', listSeparator: ', ', quotes: ['«', '»'], script: 'Cyrillic' },
  { code: 'kk', nativeName: 'Қазақша', dir: 'ltr', intl: 'kk', hreflang: 'kk', ogLocale: 'kk_KZ', listSeparator: ', ', quotes: ['«', '»'], script: 'Cyrillic' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', hreflang: 'ar', ogLocale: 'ar_AR', listSeparator: '، ', quotes: ['«', '»'], script: 'Arabic' },
  { code: 'en', nativeName: 'English', dir: 'ltr', intl: 'en-GB', hreflang: 'en', ogLocale: 'en_GB', listSeparator: ', ', quotes: ['“', '”'], script: 'Latin' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALES)[number]['code'];

export const LOCALE_CODES: readonly Locale[] = LOCALES.map((l) => l.code);

/** The language a reader gets when nothing else tells us which one they want. */
export const DEFAULT_LOCALE: Locale = 'en';

const byCode = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.code, l]));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && byCode.has(value);
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`Unknown locale "${code}". Known: ${LOCALE_CODES.join(', ')}.`);
  return info;
}
