import i18next, { type TFunction } from 'i18next';
import { stringProblems } from './check';
import { LOCALES, LOCALE_CODES, localeInfo, type Locale } from './locales';

/** One resource file per locale, found in strings/: `en` is the reference every other must match. */
export const resources: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: Record<string, unknown> }>('./strings/*.json', { eager: true })).map(([path, mod]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), mod.default]),
);

// A missing file or key would show readers a raw key: stop the build instead, naming each.
const problems = stringProblems(resources);
if (problems.length > 0) throw new Error(`UI strings are incomplete:\n${problems.join('\n')}`);

// One isolated instance for the whole build, so nothing else on the page
// (or a library using the global i18next) can change our language or strings.
const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(
    Object.entries(resources).map(([lang, strings]) => [lang, { translation: strings }]),
  ),
  lng: 'en',
  // i18next 26+ defaults this to false; we want a missing key to fail the
  // build, not to fall back, so leave no fallback at all.
  fallbackLng: false,
  // A key asked for that no file has (a typo in code) stops the build with its name.
  saveMissing: true,
  missingKeyHandler: (lngs: readonly string[], _ns: string, key: string) => {
    throw new Error(`UI string ${key} is asked for but missing in ${lngs.join(', ')} (src/i18n/strings/)`);
  },
  supportedLngs: [...LOCALE_CODES],
  returnNull: false,
  returnEmptyString: false,
  // Our strings are rendered by Astro, which escapes them itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type T = TFunction<'translation'>;

/**
 * UI strings mark a title or term as `[[title:…]]` / `[[term:…]]` instead
 * of typing quotation marks (src/checks/quote-marks.ts refuses typed ones);
 * they are drawn here with the language's own marks.
 */
function drawMarks(text: string, lang: Locale): string {
  return text.replace(/\[\[(?:title|term):([^\]]+)\]\]/g, (_, inner: string) => inMarks(inner.trim(), lang));
}

const fixed = new Map<Locale, T>();

/** A `t` fixed to one locale. */
export function useTranslations(lang: Locale): T {
  let t = fixed.get(lang);
  if (!t) {
    const base = instance.getFixedT(lang);
    t = ((...args: Parameters<T>) => {
      const out: unknown = (base as unknown as (...a: unknown[]) => unknown)(...args);
      return typeof out === 'string' ? drawMarks(out, lang) : out;
    }) as T;
    fixed.set(lang, t);
  }
  return t;
}

/** Text direction of a locale, from the registry. */
export function dirOf(lang: Locale): 'ltr' | 'rtl' {
  return localeInfo(lang).dir;
}

/** A string whose key is built at run time (a language code in it), or undefined where there is none. */
function lookup(key: string, lang: Locale): string | undefined {
  const t = instance.getFixedT(lang) as unknown as (k: string) => string;
  return instance.exists(key, { lng: lang }) ? t(key) : undefined;
}

/**
 * Name of `language` written in `inLang` ("kk" in Russian → "казахский").
 * The site's own names (strings: languages.name.*) come first, because
 * CLDR's are wrong in places (Arabic calls Kazakh «الكازاخستانية», the
 * country's adjective, instead of «الكازاخية»); Intl names any other.
 */
export function languageName(language: string, inLang: Locale): string {
  const found = lookup(`languages.name.${language}`, inLang);
  if (found) return found;
  const names = new Intl.DisplayNames([localeInfo(inLang).intl], { type: 'language' });
  return names.of(language) ?? language;
}

/** "in Russian" in the reader's language, for a language the site has words for; the generic phrase otherwise. */
export function inLanguage(language: string, inLang: Locale): string {
  const found = lookup(`languages.in.${language}`, inLang);
  if (found) return found;
  return useTranslations(inLang)('refs.languageOf', { language: languageName(language, inLang) });
}

/** "from Russian" as our translation labels need it. */
export function fromLanguage(language: string, inLang: Locale): string {
  const found = lookup(`languages.from.${language}`, inLang);
  if (found) return found;
  return languageName(language, inLang);
}

/**
 * Items of a list joined by the locale table's separator (the Arabic comma
 * in Arabic). Not Intl.ListFormat: CLDR's plain ("unit") lists have no
 * separator at all in Russian or Kazakh and join with «و» in Arabic.
 */
export function formatList(items: readonly string[], lang: Locale): string {
  return items.join(localeInfo(lang).listSeparator);
}

/** `text` in the language's quotation marks: a title or term named in a sentence. */
export function inMarks(text: string, lang: Locale): string {
  const [open, close] = localeInfo(lang).quotes;
  return `${open}${text}${close}`;
}

/**
 * A translated string with an element's place in it: `t(key, { x: SLOT })`
 * split at the slot, so each language puts the element where its grammar wants.
 */
export const SLOT = '\u0000';
export function aroundSlot(text: string): [string, string] {
  const [before = '', after = ''] = text.split(SLOT);
  return [before, after];
}

export { LOCALES };
