import table from './locales.json' with { type: 'json' };
import { scriptPattern } from './script.ts';

/**
 * The one table of the site's languages, as data in locales.json: routing,
 * the language switcher, hreflang links, the sitemap, the search indexes,
 * fonts and line height, seed detection and the tests all read it, so
 * adding a language is a row there plus its string file and content.
 * Every field is checked here when the table is first read: a language
 * that lacks one fails with the file, the language and the field.
 */
export const LOCALES_FILE = 'src/i18n/locales.json';

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
  /** Unicode script of the language (a `\p{Script=…}` name); its fonts and leading are in `scripts`. */
  readonly script: string;
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
  /** How search treats the language (src/search/): its stemmer, the letters its readers type plainly, names' affixes. */
  readonly search: {
    /** The Snowball stemmer Pagefind and src/search/snowball.ts apply to it; absent, its index holds whole words. */
    readonly stemmer?: string;
    /** Letters a reader may type in place of others (қ as к, أ as ا): each folds to the plainer one. */
    readonly folds?: Readonly<Record<string, string>>;
    /** Marks a reader never types (Arabic short vowels, Hebrew points), as a regular-expression class body. */
    readonly ignorable?: string;
    /** The article written joined to a word (Arabic ال), skipped when filing words by their first letters. */
    readonly article?: string;
    /** What may stand before a name in running text (Arabic و، ب، ال; Hebrew ב، ה). */
    readonly namePrefixes?: readonly string[];
    /** How many letters of ending a name may take in running text (Токаева, Тоқаевтың). */
    readonly nameEndings: number;
  };
  /**
   * How a news text in this language is told from others in the same script (src/loaders/seeds/language.ts):
   * letters only it uses, or function words at least 15% of its words are.
   */
  readonly detect: { readonly letters?: string; readonly words?: readonly string[] };
}

/** A writing system's typography and fonts: CSS, the share image and the map read them. */
export interface ScriptInfo {
  /** CSS font stacks for running text and for headings. */
  readonly fontText: string;
  readonly fontDisplay: string;
  readonly lineHeight: number;
  readonly headingLineHeight: number;
  /** Whether the script has capital letters: small headings are set in capitals only where it has. */
  readonly capitals: boolean;
  /** The share image's font (npm files, resolved at build) and its line metrics. */
  readonly image: { readonly family: string; readonly regular: string; readonly bold: string; readonly lineChars: number; readonly lineHeight: number };
  /** The CSS font stack of the map's labels. */
  readonly mapFonts: string;
}

export class LocaleTableError extends Error {}

const fail = (where: string, problem: string): never => {
  throw new LocaleTableError(`${LOCALES_FILE}: ${where}: ${problem}`);
};

/** Checks the table's shape; returns it typed. */
export function checkLocaleTable(data: unknown): { defaultLocale: string; locales: LocaleInfo[]; scripts: Record<string, ScriptInfo> } {
  const t = data as { defaultLocale?: unknown; locales?: unknown; scripts?: unknown };
  if (!Array.isArray(t.locales) || t.locales.length === 0) fail('locales', 'a list of at least one language is required');
  const scripts = (t.scripts ?? {}) as Record<string, Record<string, unknown>>;
  const str = (where: string, v: unknown) => (typeof v === 'string' && v.length > 0 ? v : fail(where, 'a non-empty string is required'));
  for (const [name, sc] of Object.entries(scripts)) {
    for (const f of ['fontText', 'fontDisplay', 'mapFonts'] as const) str(`scripts.${name}.${f}`, sc[f]);
    for (const f of ['lineHeight', 'headingLineHeight'] as const) if (typeof sc[f] !== 'number') fail(`scripts.${name}.${f}`, 'a number is required');
    if (typeof sc.capitals !== 'boolean') fail(`scripts.${name}.capitals`, 'true or false is required');
    const image = (sc.image ?? fail(`scripts.${name}.image`, 'the share image needs a font for this script (family, regular, bold, lineChars, lineHeight)')) as Record<string, unknown>;
    for (const f of ['family', 'regular', 'bold'] as const) str(`scripts.${name}.image.${f}`, image[f]);
  }
  const seen = new Set<string>();
  for (const [i, raw] of (t.locales as Record<string, unknown>[]).entries()) {
    const code = str(`locales[${i}].code`, raw.code);
    const at = `locale ${code}`;
    if (seen.has(code)) fail(at, 'listed twice');
    seen.add(code);
    for (const f of ['nativeName', 'intl', 'hreflang', 'ogLocale', 'listSeparator', 'script'] as const) str(`${at}: ${f}`, raw[f]);
    if (raw.dir !== 'ltr' && raw.dir !== 'rtl') fail(`${at}: dir`, '"ltr" or "rtl" is required');
    if (!Array.isArray(raw.quotes) || raw.quotes.length !== 2) fail(`${at}: quotes`, 'the opening and closing marks are required, e.g. ["«", "»"]');
    try {
      scriptPattern(String(raw.script));
    } catch {
      fail(`${at}: script`, `“${String(raw.script)}” is not a Unicode script name (Latin, Cyrillic, Arabic, Hebrew…)`);
    }
    if (!scripts[raw.script as string]) fail(`${at}: script`, `${String(raw.script)} has no row in scripts (fonts, line height, share-image font); known: ${Object.keys(scripts).join(', ')}`);
    const search = (raw.search ?? fail(`${at}: search`, 'required, at least { "nameEndings": 0 }')) as Record<string, unknown>;
    if (typeof search.nameEndings !== 'number') fail(`${at}: search.nameEndings`, 'a number is required (0 if names are not inflected)');
    if (!raw.detect || typeof raw.detect !== 'object') fail(`${at}: detect`, 'required ({} when the language is the only one of its script)');
    try {
      new Intl.PluralRules(String(raw.intl));
    } catch {
      fail(`${at}: intl`, `“${String(raw.intl)}” is not a locale Intl knows`);
    }
  }
  const defaultLocale = str('defaultLocale', t.defaultLocale);
  if (!seen.has(defaultLocale)) fail('defaultLocale', `“${defaultLocale}” is not one of the locales (${[...seen].join(', ')})`);
  return { defaultLocale, locales: t.locales as LocaleInfo[], scripts: scripts as unknown as Record<string, ScriptInfo> };
}

const checked = checkLocaleTable(table);

export const LOCALES: readonly LocaleInfo[] = checked.locales;
export const SCRIPTS: Readonly<Record<string, ScriptInfo>> = checked.scripts;

/** A code of the table; only `isLocale` and `localeInfo` make one from a string. */
export type Locale = string;

export const LOCALE_CODES: readonly Locale[] = LOCALES.map((l) => l.code);

/** The language a reader gets when nothing else tells us which one they want. */
export const DEFAULT_LOCALE: Locale = checked.defaultLocale;

const byCode = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.code, l]));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && byCode.has(value);
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`Unknown locale "${code}". Known: ${LOCALE_CODES.join(', ')}.`);
  return info;
}

/** The writing system of a locale: its fonts and leading. */
export function scriptInfo(code: Locale): ScriptInfo {
  return SCRIPTS[localeInfo(code).script]!;
}
