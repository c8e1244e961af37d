import { ARTICLES } from 'virtual:search-languages';
import { fold } from './fold';
import { queryTokens } from './tokens';
import type { RawNames } from './expand';

/**
 * The glossary's names and each language's respelling vocabulary, split
 * by the first two letters of a word as folded (fold.ts), one small file
 * per pair (`search-data/{key}.json`). A query fetches only the files of
 * its words: a name matches a query word only when one of the two starts
 * with the other and the shorter has 4 letters, or they are equal
 * (expand.ts, wordMatches), so both begin with the same two letters; and a
 * respelled word is looked up by its own folded form. Arabic's article
 * (ال) is skipped, or half the Arabic words would share one file.
 * Built by src/lib/search-buckets.ts.
 */
export interface Bucket {
  /**
   * Glossary entries with a name whose first word starts with these letters, by glossary
   * id: the names readers see, and the search-only aliases. In a `near-` file (nearKey),
   * every entry with a word of any of its names starting with that one letter.
   */
  names: [string, RawNames, RawNames][];
  /** Per language, its written words (with letters a reader may type plainly) that start with this letter. */
  words: Record<string, string[]>;
  /** Stop words starting with these letters, in any language (content/search/stopwords.yaml), folded. */
  stop?: string[];
  /** Per stemmed language, words whose stem starts elsewhere in the alphabet (see farStems). */
  stems?: Record<string, Record<string, string>>;
}

/**
 * The words whose stem begins with other letters than the word (Arabic
 * «الاتفاقات» → «اتفاق»), with that stem. Pagefind looks a query word up
 * both as typed and as its stem, and in a large index those two sit in
 * different 21 KB chunks; given the stem, it needs one. Searching the stem
 * finds the same pages, since the index holds stems.
 */
export function farStems(words: Iterable<string>, stem: (word: string) => string): Record<string, string> {
  const far: Record<string, string> = {};
  for (const word of words) {
    const s = stem(word);
    if (s && s.slice(0, 2) !== word.slice(0, 2)) far[word] = s;
  }
  return far;
}

/** Articles written joined to the word (the locale table's `search.article`: Arabic ال). */
const ARTICLE = new RegExp(`^(?:${ARTICLES.join('|') || '(?!)'})`, 'u');

/** A word without its joined article, when at least `rest` letters remain (الاتفاقات → اتفاقات). */
export function withoutArticle(word: string, rest = 2): string {
  const m = ARTICLE.exec(word);
  return m && [...word].length - [...m[0]].length >= rest ? word.slice(m[0].length) : word;
}

const hex = (letters: string) => [...letters].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');

/** The file key of a word: its first two letters in hex code points (file names stay ASCII on every host). */
export function bucketKey(word: string): string | null {
  const first = fold(queryTokens(word)[0] ?? '');
  if (!first) return null;
  return hex([...withoutArticle(first)].slice(0, 2).join(''));
}

/** The keys a query needs, one per distinct word start. */
export function bucketKeys(query: string): string[] {
  // A one-letter word is never searched (plan.ts, isOneLetter): it needs no file.
  return [...new Set(queryTokens(query).filter((t) => !/^\p{L}$/u.test(t)).map(bucketKey).filter((k): k is string => k !== null))];
}

/**
 * The key of the file of names near a word: by its first letter only, so a
 * typo in the second letter (Абрахам for Авраам) still finds the name.
 * Fetched only for a word that finds nothing (src/search/engine.ts).
 */
export function nearKey(word: string): string | null {
  const first = withoutArticle(fold(queryTokens(word)[0] ?? ''));
  return first ? `near-${hex([...first][0]!)}` : null;
}
