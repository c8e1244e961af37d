import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { chronologyEvents } from './content-data';
import { formatDateInText } from './dates';

/** One sentence on the chronology: how many events, from when to when. */
export async function chronologyIntro(lang: Locale): Promise<string> {
  const events = await chronologyEvents();
  // content/chronology.yaml is checked to be non-empty (tests/unit/content.test.ts); say nothing rather than fail.
  if (events.length === 0) return '';
  const t = useTranslations(lang);
  return t('chronology.intro', {
    count: events.length,
    first: formatDateInText(events[0]!.data.date, lang),
    last: formatDateInText(events.at(-1)!.data.date, lang),
  });
}
