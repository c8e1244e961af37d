import i18next, { type TFunction } from 'i18next';
import { LOCALES, LOCALE_CODES, localeInfo, type Locale } from './locales';
import en from './strings/en.json';
import ru from './strings/ru.json';
import kk from './strings/kk.json';
import ar from './strings/ar.json';

/** One resource file per locale; `en` is the reference every other must match. */
export const resources = { en, ru, kk, ar } as const satisfies Record<Locale, unknown>;

// One isolated instance for the whole build, so nothing else on the page
// (or a library using the global i18next) can change our language or strings.
const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(
    Object.entries(resources).map(([lang, strings]) => [lang, { translation: strings }]),
  ),
  lng: 'en',
  // i18next 26+ defaults this to false; we want a missing key to fail the
  // completeness test, not to fall back, so leave no fallback at all.
  fallbackLng: false,
  supportedLngs: [...LOCALE_CODES],
  returnNull: false,
  returnEmptyString: false,
  // Our strings are rendered by Astro, which escapes them itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type T = TFunction<'translation'>;

/** A `t` fixed to one locale. */
export function useTranslations(lang: Locale): T {
  return instance.getFixedT(lang);
}

/** Text direction of a locale, from the registry. */
export function dirOf(lang: Locale): 'ltr' | 'rtl' {
  return localeInfo(lang).dir;
}

/** Name of `language` written in `inLang` ("kk" in Russian → "казахский"), via Intl. */
export function languageName(language: string, inLang: Locale): string {
  const names = new Intl.DisplayNames([localeInfo(inLang).intl], { type: 'language' });
  return names.of(language) ?? language;
}

export { LOCALES };
