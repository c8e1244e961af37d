import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { chronologyEvents, glossaryEntries, searchNames } from '../../lib/content-data';
import { plainText } from '../../lib/plain';
import { routePath, localeStaticPaths } from '../../lib/routes';
import { dateLabels } from '../../search/date-labels';
import type { SearchRecord } from '../../search/records';

/**
 * Build input for the search integration: the chronology events and
 * who's-who entries of one language as Pagefind custom records. Deleted
 * from dist/ once indexed.
 */
export const getStaticPaths: GetStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const records: SearchRecord[] = [];
  for (const e of await chronologyEvents()) {
    const from = `content/chronology.yaml ${e.id}`;
    const title = await plainText(e.data.title[lang], lang, from);
    records.push({
      url: `${routePath(lang, { kind: 'chronology' })}#event-${e.id}`,
      content: `${title}. ${await plainText(e.data.text[lang], lang, from)}`,
      meta: { title, date: e.data.date, ...dateLabels(e.data.date, e.data.precision), kind: 'event', lang, section: t('explainer.chronologyTitle') },
      filters: { kind: ['event'], language: [lang] },
    });
  }
  for (const g of (await glossaryEntries()).values()) {
    // This language's names only: a name typed in another script reaches
    // this entry through the glossary expansion (src/search/expand.ts).
    records.push({
      url: `${routePath(lang, { kind: 'glossary' })}#${g.id}`,
      // Aliases too: a reader's misspelling or adjective finds the entry, though the page never shows it.
      content: `${searchNames(g, lang).join(' · ')}. ${await plainText(g.data.role[lang], lang, `content/glossary.yaml ${g.id}`)}`,
      meta: { title: g.data.names[lang][0]!, kind: 'term', lang, section: t('whosWho.title') },
      // The glossary id, for a query that is this name to find this entry first (src/search/engine.ts).
      filters: { kind: ['term'], language: [lang], entry: [g.id] },
    });
  }
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
