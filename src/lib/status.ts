import { getEntry } from 'astro:content';
import { useTranslations } from '../i18n';
import { localeInfo, type Locale } from '../i18n/locales';

/**
 * "Checked as of": the month the open questions were last checked against
 * sources. One fact (content/status.yaml), shown in every page header and
 * beside each claim that depends on it, never typed into the text.
 */
export async function checkedAsOf(): Promise<string> {
  const entry = await getEntry('status', 'status');
  if (!entry) throw new Error('content/status.yaml is missing: it holds checkedAsOf (YYYY-MM).');
  return entry.data.checkedAsOf;
}

/** "as of February 2026" in the reader's language; `start` for the start of a sentence. */
export function asOfPhrase(month: string, lang: Locale, start = false): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  const intl = localeInfo(lang).intl;
  // Standalone month names (nominative in Russian: «февраль»), as the phrases need; CLDR
  // capitalises some of them (Kazakh «Ақпан»), so they take the case the month has in a date.
  const standalone = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(date);
  const inDate = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month')!.value;
  const lower = inDate === inDate.toLocaleLowerCase(intl);
  return useTranslations(lang)(start ? 'asOf.start' : 'asOf.inline', {
    month: lower ? standalone.toLocaleLowerCase(intl) : standalone,
    year: new Intl.NumberFormat(intl, { useGrouping: false }).format(date.getUTCFullYear()),
  });
}
