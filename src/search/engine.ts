import { LOCALES } from '../i18n/locales';
import { FIRST_BATCH } from './batch';
import { bucketKeys, type Bucket } from './buckets';
import { expansionsFor, nameEntry, respell, restem, vocabularyFrom, type NameEntry, type RawNames } from './expand';
import { fold, foldedWords, hasFoldableLetter } from './fold';
import { isStemmed, stemmerFor, stemQuery } from './stemmers';

/**
 * Searches every language's Pagefind bundle with one Pagefind runtime.
 *
 * Each language has its own bundle (`pagefind-{lang}/`), indexed with its
 * own stemmer. The runtime (pagefind.js and its WebAssembly, ~70 KB) is
 * loaded once, from the bundle of the reader's language, so that language
 * is searched with Pagefind's own stemmer; every other bundle is opened as
 * another instance of the same runtime and shares its WebAssembly (see
 * src/integrations/pagefind.ts), and a query for another language is
 * stemmed in JavaScript first (stemmers.ts). The reader's language opens
 * first; the others after its first results, so they never delay them.
 * A runtime per language would cost ~70 KB more per language; one bundle
 * searched with one stemmer misses inflected forms. Searches run on the
 * main thread: the indexes are small, and a worker would cost 12 KB more.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResults {
  results: { id: string; score: number; data(): Promise<PagefindData> }[];
}
interface PagefindInstance {
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<PagefindResults | null>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface Hit {
  lang: string;
  score: number;
  data: PagefindData;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
// Long pages (the explainer, a source) should not lose to short records merely for their length.
const OPTIONS = { baseUrl: base, excerptLength: 28, ranking: { pageLength: 0.2 }, noWorker: true };
const bundlePath = (lang: string) => `${base}pagefind-${lang}/`;

let own = '';
let runtime: Promise<PagefindModule> | undefined;
const instances = new Map<string, Promise<PagefindInstance>>();
/** The reader's language's latest search: the other languages start after it. */
let ownFirst: Promise<void> | undefined;
/** Letters with a file in search-data/ (from the page: asking for another would be a 404). */
let letters = new Set<string>();
const buckets = new Map<string, Promise<Bucket>>();

/**
 * A language's bundle opened with the one runtime. The reader's language
 * comes first: its pagefind.js is the runtime, and opening it loads the
 * WebAssembly with its stemmer, which every other bundle then shares (their
 * entry files name none for pages in another language, see
 * src/integrations/pagefind.ts). So the others open only once it is in.
 */
function instance(lang: string): Promise<PagefindInstance> {
  let found = instances.get(lang);
  if (!found) {
    found = lang === own ? open(own) : instance(own).then(() => open(lang));
    found.catch(() => instances.delete(lang));
    instances.set(lang, found);
  }
  return found;
}

async function open(lang: string): Promise<PagefindInstance> {
  runtime ??= (import(/* @vite-ignore */ `${bundlePath(own)}pagefind.js`) as Promise<PagefindModule>).catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  const opened = (await runtime).createInstance({ basePath: bundlePath(lang), ...OPTIONS });
  await opened.init();
  // init() returns before the index (and for the first, the WebAssembly) is in, and a search then
  // polls for it every 50 ms. An empty search fetches nothing and returns once it is in: waiting
  // here, while the other languages' files load, keeps that wait out of the reader's query.
  await opened.search('');
  return opened;
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function bucket(key: string): Promise<Bucket> {
  let found = buckets.get(key);
  if (!found) {
    found = json<Bucket>(`search-data/${key}.json`);
    found.catch(() => buckets.delete(key));
    buckets.set(key, found);
  }
  return found;
}

/** The letter files a query's words need, each fetched once; one that fails only costs its names. */
async function bucketsFor(query: string): Promise<Bucket[]> {
  const settled = await Promise.allSettled(bucketKeys(query).filter((k) => letters.has(k)).map(bucket));
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

/** The glossary entries that could match the query (expand.ts decides which do). */
async function namesFor(query: string): Promise<NameEntry[]> {
  const entries = new Map<number, RawNames>();
  for (const b of await bucketsFor(query)) for (const [index, raw] of b.names) entries.set(index, raw);
  return [...entries.values()].map(nameEntry);
}

/** Words of the query whose stem starts with other letters, with that stem (buckets.ts, farStems). */
async function farStemsFor(lang: string, query: string): Promise<Record<string, string>> {
  return Object.assign({}, ...(await bucketsFor(query)).map((b) => b.stems?.[lang] ?? {})) as Record<string, string>;
}

async function vocabularyFor(lang: string, query: string): Promise<Record<string, string>> {
  return vocabularyFrom((await bucketsFor(query)).flatMap((b) => b.words[lang] ?? []));
}

/**
 * Starts loading on intent, before the first query: the runtime and the
 * reader's language (the first of `langs`); the others open after the
 * reader's first results. `withFiles` lists the letters of search-data/.
 */
export function warm(langs: readonly string[], withFiles: readonly string[]): void {
  own = langs[0] ?? '';
  letters = new Set(withFiles);
  if (own) void instance(own).catch(() => {});
}

/**
 * Pagefind falls back to the longest indexed prefix of a word it does not
 * know, so «Абрахам» can match the one-letter «а». A hit whose marked
 * words are all far shorter than the shortest query word is such a match.
 */
export function isJunk(excerpt: string, query: string): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => fold(m[1]!).replace(/[^\p{L}\p{N}]/gu, ''));
  if (marked.length === 0) return false;
  const shortest = Math.min(...foldedWords(query).map((w) => w.length));
  if (!Number.isFinite(shortest) || shortest < 3) return false;
  return marked.every((m) => m.length < Math.max(2, shortest / 2));
}

/** Each language's script, to tell whether a query is typed in it. */
const SCRIPT: Record<string, RegExp> = Object.fromEntries(LOCALES.map((l) => [l.code, new RegExp(`\\p{Script=${l.script}}`, 'u')]));
const LATIN = /\p{Script=Latin}/u;
/** Languages whose letters a reader may type plainly (see fold.ts); no Latin letter folds. */
const FOLDABLE = new Set<string>(LOCALES.filter((l) => l.script !== 'Latin').map((l) => l.code));

/** Fetches what a query will need while the reader is still typing. */
export function preload(query: string): void {
  if (query.trim().length < 2 || !own) return;
  // The queries the search will run, not the query as typed: «Казахстана» on the Kazakh page is
  // searched as «Қазақстан», and preloading the typed form would fetch an index chunk for nothing.
  void Promise.all([instance(own), queriesFor(own, query)])
    .then(([pf, { queries }]) => Promise.all(queries.map((q) => pf.preload(q))))
    .catch(() => {});
}

/** True when the query, in the language's script, could be a plain-letter spelling of its words. */
function needsRespelling(lang: string, query: string): boolean {
  const script = SCRIPT[lang];
  return !!script && FOLDABLE.has(lang) && query.split(/\s+/).some((w) => script.test(w) && !hasFoldableLetter(w));
}

/**
 * The queries to run against one language's index: the query as typed
 * where it could occur (the reader's language, a query in that language's
 * script, or Latin letters, which names keep in every language), unless it
 * is only names the glossary says that language writes otherwise; its plain-letter
 * respelling, and the glossary's names for what it names; each stemmed for
 * that language unless the runtime's own stemmer does it.
 */
async function queriesFor(lang: string, query: string): Promise<{ queries: string[]; misspelt: string | null }> {
  const queries: string[] = [];
  const expansion = expansionsFor(lang, query, await namesFor(query));
  const asTyped = expansion.asTyped && (lang === own || SCRIPT[lang]?.test(query) || LATIN.test(query));
  if (asTyped) queries.push(query);
  const respelled = needsRespelling(lang, query) ? respell(query, await vocabularyFor(lang, query)) : null;
  if (respelled) queries.push(respelled);
  queries.push(...expansion.names);
  // Another language's query is stemmed here; the reader's is stemmed by Pagefind, given the stem
  // already where the word's own letters would send it to a second index chunk.
  // Kazakh, which Pagefind does not stem, is cut back here on the Kazakh page too.
  const stem = lang === own && isStemmed(lang) ? null : await stemmerFor(lang);
  const far = stem ? {} : await farStemsFor(lang, query);
  const final = (q: string) => (stem ? stemQuery(q, stem) : restem(q, far));
  // The query as typed is, in this index, a plain-letter spelling of the respelled one.
  return { queries: [...new Set(queries.map(final))], misspelt: asTyped && respelled ? final(query) : null };
}

/**
 * Searches one language; results merged across the query's variants, junk
 * dropped, best first. With `onFirst`, the first few results are handed
 * over as soon as their excerpts are in, before the rest are fetched.
 */
export function searchLanguage(lang: string, query: string, limit = 8, isCurrent: () => boolean = () => true, onFirst?: (hits: Hit[]) => void): Promise<Hit[]> {
  if (lang !== own) return (ownFirst ?? Promise.resolve()).then(() => search(lang, query, limit, isCurrent, onFirst));
  let shown = (): void => {};
  const first = new Promise<void>((resolve) => (shown = resolve));
  const hits = search(lang, query, limit, isCurrent, onFirst && ((partial) => (onFirst(partial), shown())));
  // The other languages start once the reader's first results show, so they never delay them.
  ownFirst = Promise.race([first, hits.then(() => {}, () => {})]);
  return hits;
}

async function search(lang: string, query: string, limit: number, isCurrent: () => boolean, onFirst?: (hits: Hit[]) => void): Promise<Hit[]> {
  const [pf, { queries, misspelt }] = await Promise.all([instance(lang), queriesFor(lang, query)]);
  // Junk for a query: a one-letter fallback match (isJunk), or, for a word typed without the
  // index's letters (казакстан), a match that marks nothing: Pagefind found some other word
  // starting like it (Казахстана in a Russian title); the respelled query finds the real ones.
  const junkFor = (excerpt: string, q: string) => isJunk(excerpt, q) || (q === misspelt && !excerpt.includes('<mark>'));
  // A result remembers which of the queries found it: a match is junk only if it is junk for each of them.
  const best = new Map<string, { score: number; load: () => Promise<PagefindData>; queries: string[]; misspelt: boolean }>();
  const found = await Promise.all(queries.map((q) => pf.search(q)));
  found.forEach((response, i) => {
    const q = queries[i]!;
    const weak = q === misspelt;
    for (const r of response?.results ?? []) {
      const prev = best.get(r.id);
      if (!prev) best.set(r.id, { score: r.score, load: () => r.data(), queries: [q], misspelt: weak });
      else {
        prev.queries.push(q);
        // The excerpt and rank come from the query that matched best, but never from the
        // misspelt one when another found the same page: its marks are the ones that count.
        if ((prev.misspelt && !weak) || (prev.misspelt === weak && r.score > prev.score)) Object.assign(prev, { score: r.score, load: () => r.data(), misspelt: weak });
      }
    }
  });
  // Each result's data is a fetch: load only what we show, and more only to replace junk.
  // A query the reader has already typed past needs no excerpts.
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const hits: Hit[] = [];
  let next = 0;
  let first = true;
  while (hits.length < limit && next < ranked.length) {
    if (!isCurrent()) return [];
    const batch = ranked.slice(next, next + Math.min(limit - hits.length, first && onFirst ? FIRST_BATCH : limit));
    next += batch.length;
    const loaded = await Promise.all(batch.map(async (r) => ({ hit: { lang, score: r.score, data: await r.load() }, queries: r.queries })));
    hits.push(...loaded.filter(({ hit, queries: qs }) => !qs.every((q) => junkFor(hit.data.excerpt, q))).map(({ hit }) => hit));
    if (first && onFirst && hits.length > 0 && hits.length < limit && next < ranked.length) onFirst([...hits]);
    first = false;
  }
  return hits;
}
