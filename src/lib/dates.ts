import { localeInfo, type Locale } from '../i18n/locales';

/**
 * Calendar dates (YYYY-MM-DD) in the reader's language. Always UTC: these
 * are dates, not instants, and must not shift with the build machine's zone.
 */
export function formatDate(iso: string, lang: Locale, style: 'long' | 'month' = 'long'): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: "${iso}"`);
  const options: Intl.DateTimeFormatOptions =
    style === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeInfo(lang).intl, options).format(date);
}

/**
 * A date inside a sentence: Intl's label form with the year spelled as a
 * sentence has it where the locale table says so («13 августа 2020 года»).
 */
export function formatDateInText(iso: string, lang: Locale): string {
  const label = formatDate(iso, lang);
  const swap = localeInfo(lang).typography?.yearInText;
  return swap && label.endsWith(swap[0]) ? label.slice(0, -swap[0].length) + swap[1] : label;
}

/** A Date object's calendar date as YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A year as a heading: digits in the locale's numbering system, no "г."/"ж.". */
export function formatYear(year: string | number, lang: Locale): string {
  return new Intl.NumberFormat(localeInfo(lang).intl, { useGrouping: false }).format(Number(year));
}

