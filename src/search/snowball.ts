/**
 * The Snowball stemmers of @nlpjs for the languages whose Pagefind index is
 * stemmed, in one module: the search needs them together, for the other
 * languages' queries, and one file is one request where a file per stemmer
 * (and their shared base) queued behind the indexes' requests.
 */
import StemmerAr from '@nlpjs/lang-ar/src/stemmer-ar.js';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';

/** By the stemmer's name in the locale table (`search.stemmer`); a language whose stemmer is missing here fails the build. */
export const SNOWBALL: Record<string, new () => { stemWord(word: string): string }> = { ar: StemmerAr, en: StemmerEn, ru: StemmerRu };
