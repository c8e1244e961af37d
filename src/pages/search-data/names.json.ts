import type { APIRoute } from 'astro';
import { LOCALE_CODES } from '../../i18n/locales';
import { glossaryEntries } from '../../lib/content-data';
import type { NameEntry } from '../../search/expand';
import { fold } from '../../search/fold';

/** The glossary as the browser's query expansion needs it: folded variants, and each language's name. */
export const GET: APIRoute = async () => {
  const entries: NameEntry[] = [...(await glossaryEntries()).values()].map((g) => ({
    v: [...new Set(LOCALE_CODES.flatMap((l) => g.data.names[l]).map((name) => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()))].filter(Boolean),
    n: Object.fromEntries(LOCALE_CODES.map((l) => [l, g.data.names[l][0]!])),
  }));
  return new Response(JSON.stringify(entries));
};
