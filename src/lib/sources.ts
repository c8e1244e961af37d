import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { indexCitations, type CitationIndex } from './citations';

export type Seed = CollectionEntry<'sources'>;
export type Reference = CollectionEntry<'references'>;
export type CitedSource = { kind: 'seed'; entry: Seed } | { kind: 'reference'; entry: Reference };

/** Seeds, newest first, then by id so the order never depends on the file system. */
export async function allSeeds(): Promise<Seed[]> {
  const seeds = await getCollection('sources');
  return seeds.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** An address as a reader would compare it: no scheme, no www., no trailing slash. */
export const sameAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');

let citable: Promise<Map<string, CitedSource>> | undefined;

/** Every id a citation may use: seeds and references share one namespace. */
export function citableSources(): Promise<Map<string, CitedSource>> {
  citable ??= (async () => {
    const map = new Map<string, CitedSource>();
    for (const entry of await getCollection('references')) map.set(entry.id, { kind: 'reference', entry });
    for (const entry of await getCollection('sources')) {
      if (map.has(entry.id)) {
        throw new Error(`The id “${entry.id}” is both a seed and an entry of content/references.yaml; rename the reference.`);
      }
      map.set(entry.id, { kind: 'seed', entry });
    }
    // A seed and its original address are one source: a reference repeating a seed's address would list it twice.
    const seedUrls = new Map([...map.values()].flatMap((s) => (s.kind === 'seed' && s.entry.data.url ? [[sameAddress(s.entry.data.url), s.entry.id] as const] : [])));
    const twins = [...map.values()].flatMap((s) => (s.kind === 'reference' && seedUrls.has(sameAddress(s.entry.data.url)) ? [`${s.entry.id} (the original of seed ${seedUrls.get(sameAddress(s.entry.data.url))})`] : []));
    if (twins.length) throw new Error(`content/references.yaml repeats a seed's original address: ${twins.join(', ')}. Cite the seed instead and remove the reference.`);
    return map;
  })();
  return citable;
}

/** Looks up a citable id among the seeds and the references. */
export async function resolveSource(id: string): Promise<CitedSource | undefined> {
  return (await citableSources()).get(id);
}

/** The articles: MDX pages with numbered citations and a source list (content/{article}/{lang}.mdx). */
export const ARTICLES = ['explainer', 'background'] as const;
export type Article = (typeof ARTICLES)[number];

/** An article in one locale; a missing translation fails the build. */
export async function articleFor<A extends Article | 'method'>(article: A, lang: Locale): Promise<CollectionEntry<A>> {
  const entry = (await getEntry(article, lang)) as CollectionEntry<A> | undefined;
  if (!entry) throw new Error(`content/${article}/${lang}.mdx is missing: every language needs it.`);
  return entry;
}

const indexCache = new Map<string, Promise<CitationIndex>>();

/**
 * The citations of an article in one locale, checked: an id that is neither
 * a seed nor a reference fails the build with the file and the id.
 */
export function citationsOf(article: Article, lang: Locale): Promise<CitationIndex> {
  const key = `${article}/${lang}`;
  let cached = indexCache.get(key);
  if (!cached) {
    cached = (async () => {
      const entry = await articleFor(article, lang);
      const index = indexCitations(entry.body ?? '');
      const unknown: string[] = [];
      for (const id of index.order) if (!(await resolveSource(id))) unknown.push(id);
      if (unknown.length > 0) {
        throw new Error(
          `content/${key}.mdx cites unknown source id(s): ${unknown.join(', ')}. ` +
            'Use a seed id (file name without .txt) or an id from content/references.yaml.',
        );
      }
      return index;
    })();
    indexCache.set(key, cached);
  }
  return cached;
}

/**
 * A seed's headline as plain text where markup cannot mark it (feeds,
 * page titles, social cards): a headline our editors wrote says so.
 */
export function headlineText(seed: Seed, lang: Locale): string {
  const headline = seed.data.headline ?? seed.id;
  return seed.data.headlineSource === 'editors' ? `${headline} (${useTranslations(lang)('sources.ourHeadline')})` : headline;
}
