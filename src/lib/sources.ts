import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
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
export async function articleFor(article: Article, lang: Locale): Promise<CollectionEntry<Article>> {
  const entry = await getEntry(article, lang);
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
