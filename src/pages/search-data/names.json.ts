import type { APIRoute } from 'astro';
import { LOCALE_CODES } from '../../i18n/locales';
import { glossaryEntries } from '../../lib/content-data';
import type { RawNames } from '../../search/expand';

/**
 * The glossary's names in every language, as written; the browser folds
 * them (expand.ts, nameEntry), which keeps this file small.
 */
export const GET: APIRoute = async () => {
  const entries: RawNames[] = [...(await glossaryEntries()).values()].map((g) => Object.fromEntries(LOCALE_CODES.map((l) => [l, g.data.names[l]])));
  return new Response(JSON.stringify(entries));
};
