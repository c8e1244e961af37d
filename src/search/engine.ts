import { LOCALES } from '../i18n/locales';
import { expansionsFor, nameEntry, respell, vocabularyFrom, type NameEntry, type RawNames } from './expand';
import { fold, foldedWords, hasFoldableLetter } from './fold';
import { stemmerFor, stemQuery } from './stemmers';

/**
 * Searches every language's Pagefind bundle with one Pagefind runtime.
 *
 * Each language has its own bundle (`pagefind-{lang}/`), indexed with its
 * own stemmer. The runtime (pagefind.js and its WebAssembly, ~70 KB) is
 * loaded once, from the reader's bundle, so the reader's language is
 * searched with Pagefind's own stemmer; the other bundles are merged into
 * it after the reader's first results, and their queries are stemmed in
 * JavaScript first (stemmers.ts). A runtime per language would cost ~70 KB
 * more per language, and a merged bundle searched with one stemmer alone
 * misses inflected forms. Searches run on the main thread: the indexes are
 * small, and a worker would cost another 12 KB.
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
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
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
const OPTIONS = { baseUrl: base, excerptLength: 28, ranking: { pageLength: 0.2 } };
const bundlePath = (lang: string) => `${base}pagefind-${lang}/`;

let own = '';
let others: string[] = [];
let runtime: Promise<PagefindInstance> | undefined;
let merged: Promise<void> | undefined;
/** The reader's language's latest search: the other languages start after it. */
let ownFirst: Promise<unknown> | undefined;
const vocabularies = new Map<string, Promise<Record<string, string>>>();
let names: Promise<NameEntry[]> | undefined;

function load(): Promise<PagefindInstance> {
  runtime ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundlePath(own)}pagefind.js`)) as PagefindModule;
    const instance = pf.createInstance({ basePath: bundlePath(own), noWorker: true, ...OPTIONS });
    await instance.init();
    return instance;
  })().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

function mergeOthers(pf: PagefindInstance): Promise<void> {
  merged ??= Promise.all(others.map((lang) => pf.mergeIndex(bundlePath(lang), { language: lang, ...OPTIONS }))).then(
    () => undefined,
    (error: unknown) => {
      merged = undefined;
      throw error;
    },
  );
  return merged;
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function glossaryNames(): Promise<NameEntry[]> {
  names ??= json<RawNames[]>('search-data/names.json').then((raw) => raw.map(nameEntry));
  return names;
}

function vocabulary(lang: string): Promise<Record<string, string>> {
  let v = vocabularies.get(lang);
  if (!v) {
    v = json<string[]>(`search-data/${lang}-words.json`).then(vocabularyFrom);
    vocabularies.set(lang, v);
  }
  return v;
}

/**
 * Starts loading on intent, before the first query: the runtime with the
 * reader's language (the first of `langs`); the others join after the
 * reader's first results.
 */
export function warm(langs: readonly string[]): void {
  [own = '', ...others] = langs;
  void glossaryNames().catch(() => (names = undefined));
  if (own) void load().catch(() => {});
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

/**
 * The script of each language whose letters can fold (see fold.ts), to tell
 * whether a query could be a plain spelling of it; no Latin letter folds.
 */
const SCRIPT: Record<string, RegExp> = Object.fromEntries(
  LOCALES.filter((l) => l.script !== 'Latin').map((l) => [l.code, new RegExp(`\\p{Script=${l.script}}`, 'u')]),
);

/** Fetches what a query will need while the reader is still typing. */
export function preload(query: string): void {
  if (query.trim().length < 2 || !runtime) return;
  if (needsRespelling(own, query)) void vocabulary(own).catch(() => vocabularies.delete(own));
  void runtime.then((pf) => pf.preload(query)).catch(() => {});
}

/** True when the query, in the language's script, could be a plain-letter spelling of its words. */
function needsRespelling(lang: string, query: string): boolean {
  const script = SCRIPT[lang];
  return !!script && query.split(/\s+/).some((w) => script.test(w) && !hasFoldableLetter(w));
}

/** The queries to run against one language's index, stemmed for it unless the runtime's stemmer does it. */
async function queriesFor(lang: string, query: string): Promise<string[]> {
  const queries = [query];
  if (needsRespelling(lang, query)) {
    const respelled = respell(query, await vocabulary(lang).catch(() => ({})));
    if (respelled) queries.push(respelled);
  }
  queries.push(...expansionsFor(lang, query, await glossaryNames().catch(() => [])));
  const stem = lang === own ? null : await stemmerFor(lang);
  return [...new Set(stem ? queries.map((q) => stemQuery(q, stem)) : queries)];
}

/** Searches one language; results merged across the query's variants, junk dropped, best first. */
export function searchLanguage(lang: string, query: string, limit = 8, isCurrent: () => boolean = () => true): Promise<Hit[]> {
  if (lang !== own) return (ownFirst ?? Promise.resolve()).catch(() => {}).then(() => search(lang, query, limit, isCurrent));
  const hits = search(lang, query, limit, isCurrent);
  // The other languages wait for these results, excerpts included, so they never compete with them.
  ownFirst = hits;
  return hits;
}

async function search(lang: string, query: string, limit: number, isCurrent: () => boolean): Promise<Hit[]> {
  const pf = await load();
  if (lang !== own) await mergeOthers(pf);
  const queries = await queriesFor(lang, query);
  // Every bundle's records carry their language as a filter: this keeps each query to its own index.
  const options = { filters: { language: lang } };
  const best = new Map<string, { score: number; load: () => Promise<PagefindData> }>();
  for (const found of await Promise.all(queries.map((q) => pf.search(q, options)))) {
    for (const r of found?.results ?? []) {
      const prev = best.get(r.id);
      if (!prev || prev.score < r.score) best.set(r.id, { score: r.score, load: () => r.data() });
    }
  }
  // Each result's data is a fetch: load only what we show, and more only to replace junk.
  // A query the reader has already typed past needs no excerpts.
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const hits: Hit[] = [];
  let next = 0;
  while (hits.length < limit && next < ranked.length) {
    if (!isCurrent()) return [];
    const batch = ranked.slice(next, next + limit - hits.length);
    next += batch.length;
    const loaded = await Promise.all(batch.map(async (r) => ({ lang, score: r.score, data: await r.load() })));
    hits.push(...loaded.filter((h) => !isJunk(h.data.excerpt, query)));
  }
  return hits;
}
