import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { nameEntry, type NameEntry, type RawNames } from '../../src/search/expand';
import { parseStopwords } from '../../src/lib/search-stopwords';
import { isStemmed, stemmerFor } from '../../src/search/stemmers';
import { LOCALES, LOCALE_CODES, localeInfo } from '../../src/i18n/locales';
import { scriptPattern } from '../../src/i18n/script';
import type { PlanContext } from '../../src/search/plan';

/** The real glossary, stop words and stemmers, as the letter files would hand them to a plan. */
const root = `${import.meta.dirname}/../..`;
const glossary = parseYaml(readFileSync(`${root}/content/glossary.yaml`, 'utf8')) as { id: string; names: RawNames; aliases?: RawNames }[];
export const ENTRIES: Record<string, NameEntry> = Object.fromEntries(glossary.map((g) => [g.id, nameEntry(g.id, g.names, g.aliases ?? {})]));
const STOP = new Set(Object.values(parseStopwords(readFileSync(`${root}/content/search/stopwords.yaml`, 'utf8'), LOCALE_CODES)).flat());
const SCRIPTS: Record<string, RegExp> = Object.fromEntries(LOCALES.map((l) => [l.code, scriptPattern(l.script)]));

export async function contextFor(reader: string, lang: string, extra: Partial<PlanContext> = {}): Promise<PlanContext> {
  return {
    reader,
    lang,
    script: SCRIPTS[lang]!,
    respells: localeInfo(lang).script !== 'Latin',
    names: Object.values(ENTRIES),
    vocabulary: {},
    far: {},
    stem: lang === reader && isStemmed(lang) ? null : await stemmerFor(lang),
    stop: STOP,
    ...extra,
  };
}
