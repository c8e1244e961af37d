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

interface SnowballStemmer {
  stemWord(word: string): string;
}

const LOADERS: Record<string, () => Promise<SnowballStemmer>> = {
  en: async () => new (await import('@nlpjs/lang-en-min/src/stemmer-en.js')).default(),
  ru: async () => new (await import('@nlpjs/lang-ru/src/stemmer-ru.js')).default(),
  ar: async () => new (await import('@nlpjs/lang-ar/src/stemmer-ar.js')).default(),
};

const loaded = new Map<string, Promise<Stem | null>>();

/** The stemmer for a language, or null when its index is not stemmed. */
export function stemmerFor(lang: string): Promise<Stem | null> {
  let stem = loaded.get(lang);
  if (!stem) {
    const load = LOADERS[lang];
    stem = load
      ? load().then((s) => (word: string) => s.stemWord(word))
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
