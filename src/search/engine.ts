import { scriptPattern } from '../i18n/script';
import { FIRST_BATCH } from './batch';
import { bucketKeys, nearKey, type Bucket } from './buckets';
import { nameEntry, vocabularyFrom, type NameEntry } from './expand';
import { fold, foldedWords } from './fold';
import { planFor, titleMatches, type PlanContext, type Run } from './plan';
import { compareCandidates, marksWord, rankSections, type Candidate } from './rank';
import { isStemmed, stemmerFor } from './stemmers';

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
  weighted_locations?: { balanced_score: number }[];
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
  /** With null, the pages that match the filters alone. */
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResults | null>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface Hit {
  lang: string;
  score: number;
  data: PagefindData;
  /** Where the result leads: its best-matching section (rank.ts), or the page. */
  url: string;
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

/** The glossary entries that could match the query's words. */
async function namesFor(query: string): Promise<NameEntry[]> {
  const entries = new Map<string, NameEntry>();
  for (const b of await bucketsFor(query)) for (const [id, shown, aliases] of b.names) if (!entries.has(id)) entries.set(id, nameEntry(id, shown, aliases));
  return [...entries.values()];
}

/** Glossary entries with a word starting with the word's first letter, for a typing error (buckets.ts, nearKey). */
async function nearNamesFor(word: string): Promise<NameEntry[]> {
  const key = nearKey(word);
  if (!key || !letters.has(key)) return [];
  const b = await bucket(key).catch(() => null);
  return b ? b.names.map(([id, shown, aliases]) => nameEntry(id, shown, aliases)) : [];
}

/** Stop words among the query's words (content/search/stopwords.yaml, in the words' letter files). */
async function stopFor(query: string): Promise<Set<string>> {
  return new Set((await bucketsFor(query)).flatMap((b) => b.stop ?? []));
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
 * reader's first results. `withFiles` lists the letters of search-data/;
 * `scriptOfLang`, each language's Unicode script.
 */
export function warm(langs: readonly string[], withFiles: readonly string[], scriptOfLang: Record<string, string>): void {
  own = langs[0] ?? '';
  letters = new Set(withFiles);
  scripts = scriptOfLang;
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

/** Each language's script (from the locale table, through the page), to tell whether a word can occur in its texts. */
let scripts: Record<string, string> = {};
const scriptOf = (lang: string) => scriptPattern(scripts[lang] ?? 'Unknown');

/**
 * The corrections the reader's language made for a query (a word it found
 * nothing for, read as the name it is closest to): the other languages use
 * the same, so a word one language knows is not "corrected" in another.
 */
let corrections: { query: string; found: Promise<Map<string, NameEntry>> } | undefined;
/** The corrections decided for this query, none for an older one (the reader typed on). */
const correctionsFor = (query: string) => (corrections?.query === query ? corrections.found : Promise.resolve(new Map<string, NameEntry>()));

/** What the plan for one language's index needs to know about the query's words (plan.ts). */
async function contextFor(lang: string, query: string, corrected?: ReadonlyMap<string, NameEntry>): Promise<PlanContext> {
  // Another language's query is stemmed here; the reader's is stemmed by Pagefind, given the stem
  // already where the word's own letters would send it to a second index chunk.
  // Kazakh, which Pagefind does not stem, is cut back here on the Kazakh page too.
  const stem = lang === own && isStemmed(lang) ? null : await stemmerFor(lang);
  const [names, vocabulary, far, stop] = await Promise.all([namesFor(query), vocabularyFor(lang, query), stem ? {} : farStemsFor(lang, query), stopFor(query)]);
  // No Latin letter folds (fold.ts): only other scripts' words are respelled.
  return { reader: own, lang, script: scriptOf(lang), respells: scripts[lang] !== 'Latin', names, vocabulary, far, stem, stop, corrected };
}

/** Fetches what a query will need while the reader is still typing. */
export function preload(query: string): void {
  if (query.trim().length < 2 || !own) return;
  // The queries the search will run, not the query as typed: «Казахстана» on the Kazakh page is
  // searched as «Қазақстан», and preloading the typed form would fetch an index chunk for nothing.
  void Promise.all([instance(own), contextFor(own, query)])
    .then(([pf, ctx]) => Promise.all(planFor(query, ctx).all.map((r) => pf.preload(r.q))))
    .catch(() => {});
}

/** The reader's-language name for each word the search read as a misspelt name, for a "did you mean" line. */
export async function didYouMean(query: string): Promise<{ word: string; name: string }[]> {
  const found = await correctionsFor(query);
  return [...found].map(([word, entry]) => ({ word, name: entry.first[own] ?? Object.values(entry.first)[0] ?? word }));
}

/**
 * Searches one language; results merged across the plan's queries, junk
 * dropped, best first. With `onFirst`, the first few results are handed
 * over as soon as their excerpts are in, before the rest are fetched.
 */
export function searchLanguage(lang: string, query: string, limit = 8, isCurrent: () => boolean = () => true, onFirst?: (hits: Hit[]) => void): Promise<Hit[]> {
  if (lang !== own) return (ownFirst ?? Promise.resolve()).then(() => search(lang, query, limit, isCurrent, onFirst));
  let shown = (): void => {};
  const first = new Promise<void>((resolve) => (shown = resolve));
  let decided = (_: Map<string, NameEntry>): void => {};
  corrections = { query, found: new Promise((resolve) => (decided = resolve)) };
  const hits = search(lang, query, limit, isCurrent, onFirst && ((partial) => (onFirst(partial), shown())), decided);
  hits.catch(() => decided(new Map()));
  // The other languages start once the reader's first results show, so they never delay them.
  ownFirst = Promise.race([first, hits.then(() => {}, () => {})]);
  return hits;
}

/** A page found, with how (rank.ts) and the query whose excerpt it shows. */
interface Found extends Candidate {
  id: string;
  load: () => Promise<PagefindData>;
  queries: string[];
  weak: boolean;
}

type Answer = { run: Run; results: PagefindResults['results'] };

/** Fewer results than this from every term together, and pages matching most terms are added. */
const FEW = 3;
/** Results looked at to tell whether a word found anything real (not only a junk prefix match). */
const PROBE = 3;

async function search(lang: string, query: string, limit: number, isCurrent: () => boolean, onFirst?: (hits: Hit[]) => void, decide?: (found: Map<string, NameEntry>) => void): Promise<Hit[]> {
  const pf = await instance(lang);
  const corrected = decide ? new Map<string, NameEntry>() : await correctionsFor(query);
  let plan = planFor(query, await contextFor(lang, query, corrected));
  const run = (runs: Run[]): Promise<Answer[]> => Promise.all(runs.map(async (r) => ({ run: r, results: (await pf.search(r.q))?.results ?? [] })));
  // Each result's data is a fetch, made once.
  const data = new Map<string, Promise<PagefindData>>();
  const load = (result: Answer['results'][number]) => {
    let d = data.get(result.id);
    if (!d) data.set(result.id, (d = result.data()));
    return d;
  };
  const junk = (d: PagefindData, queries: readonly string[]) =>
    queries.every((q) => isJunk(d.excerpt, q)) || (!d.excerpt.includes('<mark>') && !titleMatches(d.meta.title ?? '', plan.words));
  /** Whether a word found itself, or a form of it, and not only the longest prefix the index has (rank.ts). */
  const foundWord = async (answers: Answer[], word: string) => {
    const excerpts = await Promise.all(answers.flatMap(({ results }) => results.slice(0, PROBE)).map(async (r) => (await load(r)).excerpt));
    if (excerpts.some((e) => marksWord(e, word, null))) return true;
    // Only a word not marked as typed needs the stemmer: it may be marked in another form.
    const stem = await stemmerFor(lang);
    return stem !== null && excerpts.some((e) => marksWord(e, word, stem));
  };
  const found = new Map<string, Found>();
  const add = (tier: Found['tier'], answers: Answer[], matched = 0) => {
    for (const { run: r, results } of answers) {
      for (const result of results) {
        const prev = found.get(result.id);
        const next = { id: result.id, tier, matched, score: result.score, load: () => load(result), queries: [r.q], weak: r.weak };
        if (!prev) found.set(result.id, next);
        else if (compareCandidates(next, prev) < 0 || (prev.tier === tier && prev.weak && !r.weak)) Object.assign(prev, { ...next, queries: [...prev.queries, r.q] });
        else prev.queries.push(r.q);
      }
    }
  };
  /** Runs the plan's steps (plan.ts); returns each term's answers where they were needed. */
  const searchPlan = async (): Promise<Answer[][]> => {
    const all = await run(plan.all);
    add(0, all);
    if (plan.terms.length === 1) return [all];
    if (found.size >= FEW || plan.terms.length === 0) return [];
    const perTerm = await Promise.all(plan.terms.map((t) => run(t.runs)));
    const ids = perTerm.map((answers) => new Set(answers.flatMap((a) => a.results.map((r) => r.id))));
    for (const answers of perTerm) add(1, answers.map((a) => ({ run: a.run, results: a.results.filter((r) => (found.get(r.id)?.tier ?? 1) > 0) })));
    for (const [id, f] of found) if (f.tier === 1) f.matched = ids.filter((set) => set.has(id)).length;
    return perTerm;
  };
  const perTerm = await searchPlan();
  if (decide) {
    // A word the reader's own language finds nothing real for may be a name typed with an error.
    for (const [i, term] of plan.terms.entries()) {
      // The near-names file is fetched only for a word that found nothing.
      if (!term.word || !perTerm[i] || (await foundWord(perTerm[i], term.word))) continue;
      const [{ nearestName }, near] = await Promise.all([import('./typos'), nearNamesFor(term.word)]);
      const entry = nearestName(term.word, near);
      if (entry) corrected.set(term.word, entry);
    }
    decide(corrected);
    if (corrected.size > 0) {
      plan = planFor(query, await contextFor(lang, query, corrected));
      await searchPlan();
    }
  }
  if (found.size === 0) add(2, await run(plan.namesOnly));
  // Load only what we show, and more only to replace junk.
  // A query the reader has already typed past needs no excerpts.
  const ranked = [...found.values()].sort(compareCandidates);
  const hits: Hit[] = [];
  const taken = new Set<string>();
  const hitOf = (id: string, f: { score: number }, d: PagefindData): Hit => {
    taken.add(id);
    const sections = rankSections(d.sub_results, d.url, plan.asked);
    return { lang, score: f.score, data: { ...d, sub_results: sections }, url: sections[0]?.url ?? d.url };
  };
  /**
   * A query that is one name asks first of all who or what that is: its who's-who entry leads.
   * Usually it is among the first results; if not, its record is found by the glossary id it
   * carries as a filter (src/pages/search-records/), without fetching other excerpts.
   */
  const lead = async (entity: string) => {
    const i = hits.findIndex((h) => h.data.meta.kind === 'term' && h.url.endsWith(`#${entity}`));
    if (i >= 0) return void hits.unshift(...hits.splice(i, 1));
    const result = (await pf.search(null, { filters: { entry: entity } }))?.results[0];
    if (result && !taken.has(result.id)) hits.unshift(hitOf(result.id, result, await load(result)));
  };
  let next = 0;
  let first = true;
  while (hits.length < limit && next < ranked.length) {
    if (!isCurrent()) return [];
    const batch = ranked.slice(next, next + Math.min(limit - hits.length, first && onFirst ? FIRST_BATCH : limit));
    next += batch.length;
    const loaded = await Promise.all(batch.filter((f) => !taken.has(f.id)).map(async (f) => ({ f, data: await f.load() })));
    for (const { f, data: d } of loaded) if (!junk(d, f.queries)) hits.push(hitOf(f.id, f, d));
    if (first && plan.entity) await lead(plan.entity);
    if (first && onFirst && hits.length > 0 && hits.length < limit && next < ranked.length) onFirst([...hits]);
    first = false;
  }
  return hits;
}
