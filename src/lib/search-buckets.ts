import { LOCALE_CODES, localeInfo, type Locale } from '../i18n/locales';
import { bucketKey, farStems, nearKey, type Bucket } from '../search/buckets';
import { SNOWBALL } from '../search/snowball';
import { isStemmed } from '../search/stemmers';
import { nameEntry, type RawNames } from '../search/expand';
import { hasFoldableLetter } from '../search/fold';
import { chronologyEvents, glossaryEntries, searchNames } from './content-data';
import { siteStopwords } from './search-stopwords';
import { plainText } from './plain';
import { allQuotes } from './quotes';
import { ARTICLES, allSeeds, articleFor } from './sources';

/**
 * Builds the search's letter files (src/search/buckets.ts) from the
 * glossary and every text of each language: the glossary's names as
 * written, the words a reader may type with plainer letters (қазақстан
 * typed as казакстан), and the words whose stem starts with other letters
 * («الاتفاقات» → «اتفاق»).
 */
let built: Promise<Map<string, Bucket>> | undefined;

export function searchBuckets(): Promise<Map<string, Bucket>> {
  built ??= build();
  return built;
}

async function build(): Promise<Map<string, Bucket>> {
  const buckets = new Map<string, Bucket>();
  const bucket = (key: string) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { names: [], words: {} }));
    return b;
  };
  const glossary = [...(await glossaryEntries()).values()];
  for (const g of glossary) {
    const shown: RawNames = Object.fromEntries(LOCALE_CODES.map((l) => [l, [...g.data.names[l]]]));
    const aliases: RawNames = Object.fromEntries(LOCALE_CODES.flatMap((l) => (g.data.aliases[l]?.length ? [[l, [...g.data.aliases[l]]]] : [])));
    const variants = nameEntry(g.id, shown, aliases).v;
    const keys = new Set(variants.map((words) => bucketKey(words[0]!)).filter((k): k is string => k !== null));
    for (const key of keys) bucket(key).names.push([g.id, shown, aliases]);
    // The letters any word of its names starts with, for a name typed with an error (nearKey).
    const near = new Set(variants.flat().map(nearKey).filter((k): k is string => k !== null));
    for (const key of near) bucket(key).names.push([g.id, shown, aliases]);
  }
  const stop = new Set(Object.values(siteStopwords()).flat());
  for (const word of stop) {
    // One-letter words are never searched, and need no file (src/search/plan.ts, isOneLetter).
    if ([...word].length < 2) continue;
    const key = bucketKey(word);
    if (key) (bucket(key).stop ??= []).push(word);
  }
  for (const lang of LOCALE_CODES) {
    const all = await wordsOf(lang);
    for (const word of all.filter(hasFoldableLetter)) {
      const key = bucketKey(word);
      if (key) (bucket(key).words[lang] ??= []).push(word);
    }
    if (!isStemmed(lang)) continue;
    const Stemmer = SNOWBALL[localeInfo(lang).search.stemmer!];
    if (!Stemmer) throw new Error(`src/i18n/locales.json: locale ${lang}: search.stemmer “${localeInfo(lang).search.stemmer}” has no JavaScript stemmer in src/search/snowball.ts (known: ${Object.keys(SNOWBALL).join(', ')})`);
    const stemmer = new Stemmer();
    for (const [word, stem] of Object.entries(farStems(all, (w) => stemmer.stemWord(w)))) {
      const key = bucketKey(word);
      if (!key) continue;
      const b = bucket(key);
      ((b.stems ??= {})[lang] ??= {})[word] = stem;
    }
  }
  return new Map([...buckets].sort(([a], [b]) => a.localeCompare(b)));
}

/** Every word of one language's texts, lower-cased, once. */
async function wordsOf(lang: Locale): Promise<string[]> {
  const texts: string[] = await Promise.all(ARTICLES.map(async (a) => (await articleFor(a, lang)).body ?? ''));
  for (const e of await chronologyEvents()) {
    texts.push(await plainText(e.data.title[lang], lang, `content/chronology.yaml ${e.id}`), await plainText(e.data.text[lang], lang, `content/chronology.yaml ${e.id}`));
  }
  // Quotes stand in the articles by id; their words, as this language's readers see them.
  for (const q of (await allQuotes()).values()) texts.push(q.data.lang === lang ? q.data.text : (q.data.translation[lang] ?? ''));
  for (const g of (await glossaryEntries()).values()) texts.push(...searchNames(g, lang), g.data.role[lang]);
  for (const s of await allSeeds()) if (s.data.lang === lang) texts.push(s.data.headline ?? '', ...s.data.paragraphs.map((p) => p.text));
  return [...new Set(texts.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [])];
}
