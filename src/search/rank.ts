import { withoutArticle } from './buckets';
import { variantWords } from './expand';
import { fold } from './fold';

/**
 * How results and their sections are ordered once Pagefind has answered a
 * plan (plan.ts). Pure, so that the order is unit-tested.
 */

/** A page found by a plan: by which step, how many of the query's terms, and Pagefind's score. */
export interface Candidate {
  /** The who's-who entry of the one name the query is (plan.ts, entity): it leads. */
  lead?: boolean;
  /** 0: every term (`all`); 1: some terms (`terms`); 2: the names alone (`namesOnly`). */
  tier: 0 | 1 | 2;
  /** Terms matched, for tier 1. */
  matched: number;
  score: number;
}

/** Best first: a page with every term before one with most, before one with the names only. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return Number(!!b.lead) - Number(!!a.lead) || a.tier - b.tier || b.matched - a.matched || b.score - a.score;
}

export interface Section {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

/** Distinct words marked in an excerpt: how many of the query's words a section holds. */
function markedWords(excerpt: string): number {
  return new Set([...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => fold(m[1]!).replace(/[^\p{L}\p{N}]/gu, '').slice(0, 5))).size;
}

const weight = (s: Section) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** True when a heading holds a word the reader typed (and search left out), or its inflected form. */
export function headingAsks(title: string, asked: readonly string[]): boolean {
  const words = variantWords(title);
  return asked.some((a) => words.some((w) => w === a || (Math.min(w.length, a.length) >= 4 && (w.startsWith(a) || a.startsWith(w)))));
}

/**
 * A page's sections, the best match first: a heading with the question
 * word the search left out ("Why it matters" for "why did…"), then the most distinct query words marked, then Pagefind's
 * weight of its matches; page order breaks ties. Only sections with their
 * own anchor count (the rest is the page's top).
 */
export function rankSections<S extends Section>(sections: readonly S[], pageUrl: string, asked: readonly string[] = []): S[] {
  return sections
    .filter((s) => s.url !== pageUrl && s.url.includes('#'))
    .map((s, i) => ({ s, i, heading: headingAsks(s.title, asked) ? 1 : 0, words: markedWords(s.excerpt), weight: weight(s) }))
    .filter((r) => r.words > 0 || r.heading > 0)
    .sort((a, b) => b.heading - a.heading || b.words - a.words || b.weight - a.weight || a.i - b.i)
    .map(({ s }) => s);
}

const letters = (word: string) => withoutArticle(fold(word).replace(/[^\p{L}\p{N}]/gu, ''), 3);

/**
 * Whether a result's marked words are the query word, or a form of it:
 * Pagefind answers a word its index lacks with the longest prefix it has
 * («нетаняху» marks «нет», ترمب marks ترمي), and such a result is no
 * sign that the word was found. `stem` is the index language's stemmer.
 */
export function marksWord(excerpt: string, word: string, stem: ((w: string) => string) | null): boolean {
  const w = letters(word);
  const stemmed = stem ? stem(w) : w;
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].some((m) => {
    const marked = letters(m[1]!);
    return marked.startsWith(w) || (stem !== null && (marked.startsWith(stemmed) || stem(marked) === stemmed));
  });
}
