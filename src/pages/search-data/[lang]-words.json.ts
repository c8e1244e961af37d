import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale } from '../../i18n/locales';
import { localeStaticPaths } from '../../lib/routes';
import { chronologyEvents, glossaryEntries } from '../../lib/content-data';
import { allSeeds, explainerFor } from '../../lib/sources';
import { hasFoldableLetter } from '../../search/fold';

/**
 * The words of one language's texts that a reader may type with plainer
 * letters (қазақстан typed as казакстан), as written; the browser keys
 * them by their plain form (expand.ts, vocabularyFrom) to respell a query
 * for that language's index.
 */
export const getStaticPaths: GetStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const texts: string[] = [(await explainerFor(lang)).body ?? ''];
  for (const e of await chronologyEvents()) texts.push(e.data.title[lang], e.data.text[lang]);
  for (const g of (await glossaryEntries()).values()) texts.push(...g.data.names[lang], g.data.role[lang]);
  for (const s of await allSeeds()) if (s.data.lang === lang) texts.push(s.data.headline ?? '', ...s.data.paragraphs.map((p) => p.text));
  const words = new Set((texts.join(' ').toLowerCase().match(/\p{L}+/gu) ?? []).filter(hasFoldableLetter));
  return new Response(JSON.stringify([...words]));
};
