import { STEMMERS } from 'virtual:search-languages';
/**
 * Snowball stemmers in JavaScript for the languages whose Pagefind index is
 * stemmed, and a light stemmer for Kazakh queries (kazakh.ts): Pagefind has
 * none for Kazakh, so its index holds whole words and a query word is cut
 * back to a prefix of its forms, on every page, the Kazakh one included.
 * The page's own language is stemmed by Pagefind's WebAssembly; every other
 * language's query is stemmed here first, because one Pagefind runtime, and
 * so one stemmer, serves every language's index (see engine.ts). Small
 * disagreements with Pagefind's Rust stemmers are harmless: a shorter stem
 * still matches as a prefix, and Pagefind answers a longer one with the
 * longest indexed prefix.
 */
type Stem = (word: string) => string;

/** True for a language whose index Pagefind stems (the locale table's `search.stemmer`); snowball.ts has its stemmer. */
export const isStemmed = (lang: string): boolean => lang in STEMMERS;

const loaded = new Map<string, Promise<Stem | null>>();

/** Languages whose index holds whole words, with the stemmer their queries are cut back with. */
const QUERY_ONLY: Record<string, () => Promise<Stem>> = {
  kk: () => import('./kazakh').then(({ stemKazakh }) => stemKazakh),
};

/** The stemmer for a language's queries, or null when there is none. */
export function stemmerFor(lang: string): Promise<Stem | null> {
  let stem = loaded.get(lang);
  if (!stem) {
    stem = isStemmed(lang)
      ? import('./snowball').then(({ SNOWBALL }) => {
          const Stemmer = SNOWBALL[STEMMERS[lang]!];
          if (!Stemmer) throw new Error(`No Snowball stemmer “${STEMMERS[lang]}” in src/search/snowball.ts for ${lang}`);
          const s = new Stemmer();
          return (word: string) => s.stemWord(word);
        })
      : (QUERY_ONLY[lang]?.() ?? Promise.resolve(null));
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
