import { getCollection, type CollectionEntry } from 'astro:content';
import { type Locale } from '../i18n/locales';
import { allSeeds } from './sources';

export type Summary = CollectionEntry<'summaries'>;

let index: Promise<Map<string, Summary>> | undefined;

/**
 * Summaries keyed "{lang}/{source-id}". A source without a summary in
 * every other language is published anyway (an editor may publish first
 * and summarize later) but the build warns, naming it and what is missing.
 */
function summaries(): Promise<Map<string, Summary>> {
  index ??= (async () => {
    const map = new Map((await getCollection('summaries')).map((s) => [s.id, s]));
    const seeds = await allSeeds();
    const ids = new Set(seeds.map((s) => s.id));
    for (const key of map.keys()) {
      if (!ids.has(key.split('/')[1]!)) throw new Error(`content/summaries/${key}.yaml summarises a source that does not exist.`);
    }
    return map;
  })();
  return index;
}

export async function summaryOf(seedId: string, lang: Locale): Promise<Summary | undefined> {
  return (await summaries()).get(`${lang}/${seedId}`);
}
