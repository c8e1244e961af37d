import { LOCALES } from '../i18n/locales';
import { expansionsFor, respell, type NameEntry } from './expand';
import { fold, foldedWords, hasFoldableLetter } from './fold';

/**
 * Searches every language's Pagefind bundle at once, each with its own
 * stemmer. Each bundle's pagefind.js is imported from its own URL, so each
 * gets its own module instance, Web Worker and WASM: one shared instance
 * would search every index with the first language's stemmer (and crashes
 * when re-pointed at another bundle). See README, "Search".
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
interface PagefindModule {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string, opts?: Record<string, unknown>): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}

export interface Hit {
  lang: string;
  score: number;
  data: PagefindData;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const modules = new Map<string, Promise<PagefindModule>>();
const vocabularies = new Map<string, Promise<Record<string, string>>>();
let names: Promise<NameEntry[]> | undefined;

function bundle(lang: string): Promise<PagefindModule> {
  let mod = modules.get(lang);
  if (!mod) {
    mod = (async () => {
      const url = `${base}pagefind-${lang}/pagefind.js`;
      const pf = (await import(/* @vite-ignore */ url)) as PagefindModule;
      // Long pages (the explainer, a source) should not lose to short records merely for their length.
      await pf.options({ baseUrl: base, excerptLength: 28, ranking: { pageLength: 0.2 } });
      await pf.init();
      return pf;
    })();
    modules.set(lang, mod);
  }
  return mod;
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function glossaryNames(): Promise<NameEntry[]> {
  names ??= json<NameEntry[]>('search-data/names.json');
  return names;
}

function vocabulary(lang: string): Promise<Record<string, string>> {
  let v = vocabularies.get(lang);
  if (!v) {
    v = json<Record<string, string>>(`search-data/${lang}-words.json`);
    vocabularies.set(lang, v);
  }
  return v;
}

/**
 * Starts loading bundles on intent, before the first query: the reader's
 * language first, the others once it is ready, so they never compete.
 */
export function warm(langs: readonly string[]): void {
  void glossaryNames().catch(() => (names = undefined));
  const [first, ...rest] = langs;
  if (!first) return;
  void bundle(first)
    .catch(() => modules.delete(first))
    .finally(() => rest.forEach((lang) => void bundle(lang).catch(() => modules.delete(lang))));
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

/** Fetches the index chunks a query will need while the reader is still typing. */
export function preload(langs: readonly string[], query: string): void {
  if (query.trim().length < 2) return;
  for (const lang of langs) {
    const mod = modules.get(lang);
    if (mod) void mod.then((pf) => pf.preload(query)).catch(() => {});
  }
}

/** The queries to run against one language's index. */
async function queriesFor(lang: string, query: string): Promise<string[]> {
  const queries = [query];
  const words = query.split(/\s+/).filter(Boolean);
  // Only fetch a vocabulary when the query, in that language's script, could be a plain-letter spelling.
  const script = SCRIPT[lang];
  if (script && words.some((w) => script.test(w) && !hasFoldableLetter(w))) {
    const respelled = respell(query, await vocabulary(lang).catch(() => ({})));
    if (respelled) queries.push(respelled);
  }
  queries.push(...expansionsFor(lang, query, await glossaryNames().catch(() => [])));
  return [...new Set(queries)];
}

/** Searches one language; results merged across the query's variants, junk dropped, best first. */
export async function searchLanguage(lang: string, query: string, limit = 8, isCurrent: () => boolean = () => true): Promise<Hit[]> {
  const [pf, queries] = await Promise.all([bundle(lang), queriesFor(lang, query)]);
  const best = new Map<string, { score: number; load: () => Promise<PagefindData> }>();
  for (const found of await Promise.all(queries.map((q) => pf.search(q)))) {
    for (const r of found?.results ?? []) {
      const prev = best.get(r.id);
      if (!prev || prev.score < r.score) best.set(r.id, { score: r.score, load: () => r.data() });
    }
  }
  // Each result's data is a fetch: load only a few more than we show, to make up for junk.
  // A query the reader has already typed past needs no excerpts.
  if (!isCurrent()) return [];
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit + 2);
  const hits = await Promise.all(ranked.map(async (r) => ({ lang, score: r.score, data: await r.load() })));
  return hits.filter((h) => !isJunk(h.data.excerpt, query)).slice(0, limit);
}
