import { fold, foldedWords } from './fold';

/**
 * Query expansion from the glossary: a query that names something in one
 * language or script (Tokaev, Токаев, توكاييف) is also searched under that
 * thing's name in every other language. The name list is built from
 * content/glossary.yaml, in the letter files of src/search/buckets.ts.
 */

/** One glossary entry: its folded variants, and how each language writes it. */
export interface NameEntry {
  v: string[];
  n: Record<string, string>;
}

/** One glossary entry's names, by language, as written; the first is the one the site uses. */
export type RawNames = Record<string, string[]>;

/**
 * The entry the expansion works with: every name folded, and for each
 * language the form a query should use, the one with the fewest words
 * (Токаев rather than Касым-Жомарт Токаев): every text that names it
 * contains that form, and each extra word costs an index chunk to fetch.
 */
export function nameEntry(names: RawNames): NameEntry {
  const all = Object.values(names).flat();
  const words = (name: string) => name.split(/[\s-]+/).length;
  return {
    v: [...new Set(all.map((name) => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()))].filter(Boolean),
    n: Object.fromEntries(
      Object.entries(names).flatMap(([lang, list]) => {
        const shortest = list.reduce<string | undefined>((best, name) => (best === undefined || words(name) < words(best) ? name : best), undefined);
        return shortest ? [[lang, shortest]] : [];
      }),
    ),
  };
}

/** A language's vocabulary (words with letters a reader may type plainly), keyed by the plain form. */
export function vocabularyFrom(words: readonly string[]): Record<string, string> {
  const vocabulary: Record<string, string> = {};
  for (const word of words) vocabulary[fold(word)] ??= word;
  return vocabulary;
}

/** Endings a name may take in Russian, Kazakh or Arabic text ("Токаева", "Тоқаевтың"). */
const MAX_ENDING = 4;

function wordMatches(queryWord: string, variantWord: string): boolean {
  if (queryWord === variantWord) return true;
  // An inflected form of the name.
  if (queryWord.startsWith(variantWord) && variantWord.length >= 4 && queryWord.length - variantWord.length <= MAX_ENDING) return true;
  // A name still being typed.
  return variantWord.startsWith(queryWord) && queryWord.length >= 4;
}

/** Glossary entries the query names: every word of a variant matches consecutive query words. */
export function matchNames(query: string, names: NameEntry[]): NameEntry[] {
  const q = foldedWords(query);
  if (q.length === 0) return [];
  return names.filter((entry) =>
    entry.v.some((variant) => {
      const v = variant.split(' ');
      if (v.length > q.length) return false;
      for (let start = 0; start + v.length <= q.length; start++) {
        if (v.every((w, i) => wordMatches(q[start + i]!, w))) return true;
      }
      return false;
    }),
  );
}

/**
 * The extra queries to run against one language's index for the names a
 * query contains, and whether the query as typed is worth running there
 * too: not when the query is only names, each written otherwise in that
 * language (Tokayev in a Russian index, where Токаев stands for it;
 * Казахстана in the Kazakh one, where Қазақстан does).
 */
export function expansionsFor(lang: string, query: string, names: NameEntry[]): { names: string[]; asTyped: boolean } {
  const extra = new Set<string>();
  const matched = matchNames(query, names);
  let sameSpelling = false;
  for (const entry of matched) {
    const name = entry.n[lang];
    if (!name) continue;
    // Written the same (folding aside: қ and к are different letters to the index).
    if (query.toLowerCase().includes(name.toLowerCase())) sameSpelling = true;
    else extra.add(name);
  }
  // A word that is part of no matched name still has to be searched as typed.
  const otherWords = foldedWords(query).some((w) => !matched.some((entry) => entry.v.some((variant) => variant.split(' ').some((v) => wordMatches(w, v)))));
  return { names: [...extra], asTyped: matched.length === 0 || sameSpelling || otherWords };
}

/**
 * Rewrites words typed without a language's own letters (казакстан) into
 * the spelling the index has (қазақстан), from that language's vocabulary
 * of folded → written words.
 */
export function respell(query: string, vocabulary: Record<string, string>): string | null {
  let changed = false;
  const out = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const hit = vocabulary[fold(word)];
    if (hit && hit !== word.toLowerCase()) {
      changed = true;
      return hit;
    }
    return word;
  });
  return changed ? out : null;
}

/**
 * The query with each word whose stem starts with other letters replaced by
 * that stem (buckets.ts, farStems), for Pagefind to look up in one index
 * chunk. An exact (quoted) query is left as typed.
 */
export function restem(query: string, stems: Record<string, string>): string {
  if (/"/.test(query)) return query;
  return query.replace(/\p{L}+/gu, (word) => stems[word.toLowerCase()] ?? word);
}
