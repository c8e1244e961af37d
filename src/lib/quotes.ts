import { getCollection, type CollectionEntry } from 'astro:content';
import { inMarks } from '../i18n';
import { LOCALE_CODES, isLocale, localeInfo, type Locale } from '../i18n/locales';
import { glossaryEntries } from './content-data';
import { normalize, verbatimParts } from './quote-text';
import { citableSources } from './sources';

export type QuoteEntry = CollectionEntry<'quotes'>;


/** Every problem of one quote file, as sentences naming the file. */
export async function quoteProblems(q: QuoteEntry): Promise<string[]> {
  const file = `content/quotes/${q.id}.yaml`;
  const problems: string[] = [];
  const sources = await citableSources();
  const glossary = await glossaryEntries();
  if (!glossary.has(q.data.who)) problems.push(`${file}: who "${q.data.who}" is not an entry of content/glossary.yaml`);
  for (const id of q.data.sources) if (!sources.has(id)) problems.push(`${file}: source "${id}" is neither a seed nor a reference`);
  for (const lang of LOCALE_CODES) {
    if (lang === q.data.lang) {
      if (q.data.translation[lang]) problems.push(`${file}: has a translation into ${lang}, the language it was said in`);
    } else if (!q.data.translation[lang]) {
      problems.push(`${file}: no translation into ${lang} (every site language other than the quote's needs one)`);
    }
  }
  // Where a news text we hold carries the words, they must be in it as written.
  const seeds = q.data.sources.map((id) => sources.get(id)).filter((s) => s?.kind === 'seed');
  for (const seed of seeds) {
    if (seed?.kind !== 'seed') continue;
    const body = normalize(seed.entry.data.verbatim);
    const missing = verbatimParts(q.data.text).filter((part) => !body.includes(part));
    if (missing.length) problems.push(`${file}: not verbatim in seed ${seed.entry.id}: "${missing[0]!.slice(0, 80)}"`);
  }
  return problems;
}

let index: Promise<Map<string, QuoteEntry>> | undefined;

/** Every quote, checked once: a problem in any quote file fails the build with all of them listed. */
export function allQuotes(): Promise<Map<string, QuoteEntry>> {
  index ??= (async () => {
    const list = await getCollection('quotes');
    const problems = (await Promise.all(list.map(quoteProblems))).flat();
    const seen = new Map<string, string>();
    for (const q of list) {
      const key = `${q.data.lang}:${normalize(q.data.text)}`;
      const other = seen.get(key);
      if (other) problems.push(`content/quotes/${q.id}.yaml: the same words as content/quotes/${other}.yaml; quote one statement from one file`);
      seen.set(key, q.id);
    }
    if (problems.length) throw new Error(`Quotations:\n  ${problems.join('\n  ')}`);
    return new Map(list.map((q) => [q.id, q]));
  })();
  return index;
}

export async function quoteById(id: string, usedIn: string): Promise<QuoteEntry> {
  const q = (await allQuotes()).get(id);
  if (!q) throw new Error(`${usedIn} quotes "${id}", which is not a file in content/quotes/ (content/quotes/${id}.yaml).`);
  return q;
}

/** Quotation marks of a language: the locale table's for a site language, English ones otherwise. */
export function marksOf(lang: string): readonly [string, string] {
  return isLocale(lang) ? localeInfo(lang).quotes : ['“', '”'];
}

export interface QuoteView {
  /** True when the reader reads the quote in the language it was said in. */
  verbatim: boolean;
  /** What stands in the reader's sentence: the original, or our translation. */
  shown: string;
  original: string;
  originalLang: string;
  originalDir: 'ltr' | 'rtl';
}

/** How a quote appears on a page in `lang`. */
export function viewOf(q: QuoteEntry, lang: Locale): QuoteView {
  const verbatim = q.data.lang === lang;
  return {
    verbatim,
    shown: verbatim ? q.data.text : q.data.translation[lang]!,
    original: q.data.text,
    originalLang: q.data.lang,
    originalDir: isLocale(q.data.lang) ? localeInfo(q.data.lang).dir : 'ltr',
  };
}

/** A quote as plain text in a sentence (search records, feeds): the same words the page shows. */
export function plainQuote(q: QuoteEntry, lang: Locale, label: (original: string) => string): string {
  const view = viewOf(q, lang);
  if (view.verbatim) return inMarks(view.original, lang);
  const [oOpen, oClose] = marksOf(view.originalLang);
  return `${inMarks(view.shown, lang)} (${label(`${oOpen}${view.original}${oClose}`)})`;
}
