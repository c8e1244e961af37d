import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, LOCALE_CODES, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { chronologyEvents, glossaryEntries } from '../../lib/content-data';
import { routePath } from '../../lib/routes';
import type { SearchRecord } from '../../search/records';

/**
 * Build input for the search integration: the chronology events and
 * who's-who entries of one language as Pagefind custom records. Deleted
 * from dist/ once indexed.
 */
export const getStaticPaths: GetStaticPaths = () => LOCALE_CODES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const records: SearchRecord[] = [];
  for (const e of await chronologyEvents()) {
    records.push({
      url: `${routePath(lang, { kind: 'explainer' })}#event-${e.id}`,
      content: `${e.data.title[lang]}. ${e.data.text[lang]}`,
      meta: { title: e.data.title[lang], date: e.data.date, kind: 'event', lang, section: t('explainer.chronologyTitle') },
      filters: { kind: ['event'], language: [lang] },
    });
  }
  for (const g of (await glossaryEntries()).values()) {
    // Every language's names go into every index: a reader typing Токаев
    // on the English site must find the English entry for Tokayev.
    const names = LOCALES.flatMap((l) => g.data.names[l.code]);
    records.push({
      url: `${routePath(lang, { kind: 'glossary' })}#${g.id}`,
      content: `${g.data.names[lang][0]}. ${g.data.role[lang]}. ${[...new Set(names)].join(' · ')}`,
      meta: { title: g.data.names[lang][0]!, kind: 'term', lang, section: t('whosWho.title') },
      filters: { kind: ['term'], language: [lang] },
    });
  }
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
