import { AFFIXES } from 'virtual:search-languages';
import { scriptPattern } from '../i18n/script';
import { fold } from './fold';
import { queryTokens, tokenWords } from './tokens';

/**
 * Names from the glossary: a query that names something in one language or
 * script (Tokaev, Токаев, توكاييف) is also searched under that thing's
 * names in every other language (src/search/plan.ts). The name list is
 * built from content/glossary.yaml, in the letter files of src/search/buckets.ts.
 */

/** One glossary entry's names, by language, as written; the first is the one the site uses. */
export type RawNames = Record<string, string[]>;

/** One glossary entry as search uses it. */
export interface NameEntry {
  /** The glossary id: its who's-who entry is `#{id}`. */
  id: string;
  /** Every name and alias, as the words a query is compared with (variantWords). */
  v: string[][];
  /** Per language, the names readers see, each one that no shorter one contains (see searchForms). */
  n: Record<string, string[]>;
  /** Per language, the name the site uses, for a "did you mean" line. */
  first: Record<string, string>;
}

/** A name's words, normalized as query words are (fold.ts): «С5+1» and "C5+1" are both [c51]. */
export function variantWords(name: string): string[] {
  return queryTokens(name).map(fold).flatMap(tokenWords);
}

/**
 * The forms of a name worth searching: a form that contains every word of
 * another (Касым-Жомарт Токаев beside Токаев) finds only pages that the
 * shorter one finds, since every word of a query must match.
 */
export function searchForms(names: readonly string[]): string[] {
  const words = names.map((n) => new Set(variantWords(n)));
  return names.filter((_, i) => !words.some((other, j) => j !== i && other.size > 0 && other.size < words[i]!.size && [...other].every((w) => words[i]!.has(w))));
}

/** The entry search works with, from its shown names and its search-only aliases. */
export function nameEntry(id: string, shown: RawNames, aliases: RawNames = {}): NameEntry {
  const all = [...Object.values(shown), ...Object.values(aliases)].flat();
  const seen = new Set<string>();
  const v: string[][] = [];
  for (const name of all) {
    const words = variantWords(name);
    const key = words.join(' ');
    if (words.length > 0 && !seen.has(key)) v.push(words), seen.add(key);
  }
  return {
    id,
    v,
    n: Object.fromEntries(Object.entries(shown).filter(([, list]) => list.length > 0).map(([lang, list]) => [lang, searchForms(list)])),
    first: Object.fromEntries(Object.entries(shown).flatMap(([lang, list]) => (list[0] ? [[lang, list[0]]] : []))),
  };
}

/** A language's vocabulary (words with letters a reader may type plainly), keyed by the plain form. */
export function vocabularyFrom(words: readonly string[]): Record<string, string> {
  const vocabulary: Record<string, string> = {};
  for (const word of words) vocabulary[fold(word)] ??= word;
  return vocabulary;
}

/**
 * What may stand around a name in running text, by script (the locale table's
 * `search.namePrefixes` and `search.nameEndings`): a query word is compared
 * with a name under the rules of every language written in its script,
 * since nobody says which language a query is in. Токаева, Тоқаевтың,
 * بالولايات; Hebrew's prefixed ב־ would be one more row of the table.
 */
const AFFIX_RULES = AFFIXES.map((a) => ({ test: scriptPattern(a.script), prefixes: a.prefixes.map((p) => fold(p)), endings: a.endings }));

function affixesOf(word: string): { prefixes: string[]; endings: number } {
  const rules = AFFIX_RULES.filter((r) => r.test.test(word));
  return { prefixes: [...new Set(rules.flatMap((r) => r.prefixes))], endings: Math.max(0, ...rules.map((r) => r.endings)) };
}

export function wordMatches(queryWord: string, variantWord: string): boolean {
  if (queryWord === variantWord) return true;
  const { prefixes, endings } = affixesOf(variantWord);
  // The name after a prefix (و، ب، ال…), then inflected.
  for (const stem of [queryWord, ...prefixes.filter((p) => queryWord.startsWith(p)).map((p) => queryWord.slice(p.length))]) {
    if (stem === variantWord) return true;
    if (stem.startsWith(variantWord) && variantWord.length >= 4 && stem.length - variantWord.length <= endings) return true;
  }
  // A name still being typed.
  return variantWord.startsWith(queryWord) && queryWord.length >= 4;
}

/** Where a name stands in a query: the words it covers, [start, end). */
export interface NameMatch {
  entry: NameEntry;
  start: number;
  end: number;
}

/**
 * The names a query's words contain, the longest first, none overlapping:
 * "Ministry of Foreign Affairs of Kazakhstan" is one name, not two.
 */
export function findNames(words: readonly string[], names: readonly NameEntry[]): NameMatch[] {
  const candidates: NameMatch[] = [];
  for (const entry of names) {
    for (const variant of entry.v) {
      for (let start = 0; start + variant.length <= words.length; start++) {
        if (variant.every((w, i) => wordMatches(words[start + i]!, w))) candidates.push({ entry, start, end: start + variant.length });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: NameMatch[] = [];
  for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Rewrites words typed without a language's own letters (казакстан) into
 * the spelling the index has (қазақстан), from that language's vocabulary
 * of folded → written words.
 */
export function respellWord(word: string, vocabulary: Record<string, string>): string | null {
  const hit = vocabulary[fold(word)];
  return hit && hit !== word.toLowerCase() ? hit : null;
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
