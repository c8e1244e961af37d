import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import * as stopword from 'stopword';
import { LOCALE_CODES } from '../i18n/locales';
import { fold } from '../search/fold';

/**
 * Each language's stop words (content/search/stopwords.yaml): the kept list
 * it starts from, less the words that carry meaning here, plus the ones the
 * list lacks; folded as queries are (fold.ts). Search drops them from a
 * query before looking it up (src/search/plan.ts).
 */
export const STOPWORDS_FILE = 'content/search/stopwords.yaml';

interface Entry {
  from?: string;
  keep?: string[];
  add?: string[];
}

export class StopwordsError extends Error {}

export function parseStopwords(text: string, langs: readonly string[] = LOCALE_CODES, file = STOPWORDS_FILE): Record<string, string[]> {
  const data = (parseYaml(text) ?? {}) as Record<string, Entry | null>;
  const lists = stopword as unknown as Record<string, unknown>;
  const out: Record<string, string[]> = {};
  for (const lang of langs) {
    const entry = data[lang];
    if (!entry) throw new StopwordsError(`${file}: no entry for language ${lang}: add one (from:, keep:, add:), even if only add: []`);
    let base: string[] = [];
    if (entry.from) {
      const name = /^stopword\/([a-z]{3}[A-Za-z]*)$/.exec(entry.from)?.[1];
      const list = name ? lists[name] : undefined;
      if (!Array.isArray(list)) throw new StopwordsError(`${file}: ${lang}: from: ${entry.from} is not a list of the stopword package (write stopword/eng, stopword/rus…)`);
      base = list as string[];
    }
    const keep = new Set((entry.keep ?? []).map(fold));
    const inList = new Set(base.map(fold));
    const stray = [...keep].filter((w) => !inList.has(w));
    if (stray.length > 0) throw new StopwordsError(`${file}: ${lang}: keep: lists words that are not in ${entry.from ?? 'any list'}: ${stray.join(', ')}`);
    out[lang] = [...new Set([...base, ...(entry.add ?? [])].map(fold))].filter((w) => w && !keep.has(w)).sort();
  }
  return out;
}

let cached: Record<string, string[]> | undefined;

/** The site's stop words by language, read once per build. */
export function siteStopwords(): Record<string, string[]> {
  cached ??= parseStopwords(readFileSync(STOPWORDS_FILE, 'utf8'));
  return cached;
}
