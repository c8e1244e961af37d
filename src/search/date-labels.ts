import { useTranslations } from '../i18n';
import { LOCALE_CODES } from '../i18n/locales';
import { formatDate } from '../lib/dates';

/**
 * A result's date, written at build time in every reader language
 * (`date_en`, `date_kk`, …). Browsers format dates with the ICU data they
 * ship, and some (Debian's Chromium among them) have no Kazakh month names.
 */
export function dateLabels(iso: string, precision: 'day' | 'month' | 'approx' = 'day'): Record<string, string> {
  return Object.fromEntries(
    LOCALE_CODES.map((lang) => {
      const text = precision === 'month' ? formatDate(iso, lang, 'month') : formatDate(iso, lang);
      return [`date_${lang}`, precision === 'approx' ? useTranslations(lang)('dates.approx', { date: text }) : text];
    }),
  );
}
