import { fold, foldedWords } from './fold';

/**
 * Query expansion from the glossary: a query that names something in one
 * language or script (Tokaev, Токаев, توكاييف) is also searched under that
 * thing's name in every other language. The name list is built from
 * content/glossary.yaml (src/pages/search-data/names.json.ts).
 */

/** One glossary entry: its folded variants, and how each language writes it. */
export interface NameEntry {
  v: string[];
  n: Record<string, string>;
}

/** One glossary entry's names, by language, as written; the first is the one the site uses. */
export type RawNames = Record<string, string[]>;

/** The entry the expansion works with: every name folded, and each language's own name. */
export function nameEntry(names: RawNames): NameEntry {
  const all = Object.values(names).flat();
  return {
    v: [...new Set(all.map((name) => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()))].filter(Boolean),
    n: Object.fromEntries(Object.entries(names).flatMap(([lang, list]) => (list[0] ? [[lang, list[0]]] : []))),
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

/** The extra queries to run against one language's index for the names a query contains. */
export function expansionsFor(lang: string, query: string, names: NameEntry[]): string[] {
  const extra = new Set<string>();
  const folded = fold(query);
  for (const entry of matchNames(query, names)) {
    const name = entry.n[lang];
    if (name && !folded.includes(fold(name))) extra.add(name);
  }
  return [...extra];
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
