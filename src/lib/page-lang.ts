import { isLocale, type Locale } from '../i18n/locales';

/** The locale of the page being rendered, from its `[lang]` route param. */
export function pageLang(params: Record<string, string | undefined>): Locale {
  const lang = params.lang;
  if (!isLocale(lang)) throw new Error(`This component must render inside a /[lang]/ page, got "${lang}".`);
  return lang;
}
