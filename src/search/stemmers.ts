/**
 * Snowball stemmers in JavaScript for the languages whose Pagefind index is
 * stemmed (Pagefind has none for Kazakh, so its index holds whole words).
 * The page's own language is stemmed by Pagefind's WebAssembly; every other
 * language's query is stemmed here first, because one Pagefind runtime, and
 * so one stemmer, serves all four indexes (see engine.ts). Small
 * disagreements with Pagefind's Rust stemmers are harmless: a shorter stem
 * still matches as a prefix, and Pagefind answers a longer one with the
 * longest indexed prefix.
 */
type Stem = (word: string) => string;

/** The languages with a stemmer here (src/search/snowball.ts): those Pagefind stems. */
const STEMMED = ['ar', 'en', 'ru'] as const;
export type StemmedLang = (typeof STEMMED)[number];
export const isStemmed = (lang: string): lang is StemmedLang => (STEMMED as readonly string[]).includes(lang);

const loaded = new Map<string, Promise<Stem | null>>();

/** The stemmer for a language, or null when its index is not stemmed. */
export function stemmerFor(lang: string): Promise<Stem | null> {
  let stem = loaded.get(lang);
  if (!stem) {
    stem = isStemmed(lang)
      ? import('./snowball').then(({ SNOWBALL }) => {
          const s = new SNOWBALL[lang]();
          return (word: string) => s.stemWord(word);
        })
      : Promise.resolve(null);
    loaded.set(lang, stem);
  }
  return stem;
}

/** A query with each of its words stemmed; a quoted (exact) query is left as typed. */
export function stemQuery(query: string, stem: Stem): string {
  if (/"/.test(query)) return query;
  return query
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^\p{L}+$/u.test(word) ? stem(word) || word : word))
    .join(' ');
}
