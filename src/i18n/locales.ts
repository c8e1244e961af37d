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
  /**
   * Typography applied to the language's text at build time (src/lib/typography.ts):
   * the typograf locale whose rules fit it, and the words after a year number that
   * keep to it («2025 года», «2025 жылы»), and the words a number keeps to where typograf
   * has no rule for them ("17 billion"). Absent: the text is left as written.
   * Kazakh has no typograf locale; its typography follows the Russian rules
   * (non-breaking spaces after short words and in dates, the em dash between words).
   * Arabic has none either: only a day keeps to its month and a number to its word.
   */
  readonly typography?: {
    /** typograf's locale whose rules fit the language; absent, only the rules below apply. */
    readonly typograf?: string;
    readonly yearWords?: readonly string[];
    readonly numberWords?: readonly string[];
    /** How a date's year abbreviation reads in running text («2020 г.» in a label, «2020 года» in a sentence). */
    readonly yearInText?: readonly [string, string];
    /** Short words that lean on the word before them (Kazakh да/де, ма/ме): kept with it, not with the next. */
    readonly enclitics?: readonly string[];
  };
}

export const LOCALES = [
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', intl: 'ru', hreflang: 'ru', ogLocale: 'ru_RU', listSeparator: ', ', quotes: ['«', '»'], script: 'Cyrillic', typography: { typograf: 'ru', yearInText: [' г.', ' года'], yearWords: ['год', 'года', 'году', 'годом', 'годы', 'годов', 'годах'] } },
  { code: 'kk', nativeName: 'Қазақша', dir: 'ltr', intl: 'kk', hreflang: 'kk', ogLocale: 'kk_KZ', listSeparator: ', ', quotes: ['«', '»'], script: 'Cyrillic', typography: { typograf: 'ru', yearWords: ['жыл', 'жылы', 'жылғы', 'жылдың', 'жылдан', 'жылға', 'ж.'], enclitics: ['да', 'де', 'та', 'те', 'ма', 'ме', 'ба', 'бе', 'па', 'пе'] } },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', hreflang: 'ar', ogLocale: 'ar_AR', listSeparator: '، ', quotes: ['«', '»'], script: 'Arabic', typography: { numberWords: ['مليار', 'مليون', 'ألف', 'عامًا'] } },
  { code: 'en', nativeName: 'English', dir: 'ltr', intl: 'en-GB', hreflang: 'en', ogLocale: 'en_GB', listSeparator: ', ', quotes: ['“', '”'], script: 'Latin', typography: { typograf: 'en-GB', numberWords: ['billion', 'million', 'thousand', 'per cent'] } },
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
