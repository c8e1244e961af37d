import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { chronologyProblems } from './chronology-check';
import { citableSources } from './sources';

export type ChronologyEvent = CollectionEntry<'chronology'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type MapParty = CollectionEntry<'accordsMap'>;

/** Fails the build when a data file cites an id that is neither a seed nor a reference. */
async function checkCited(file: string, items: { id: string; sources: string[] }[]): Promise<void> {
  const known = await citableSources();
  const unknown = items.flatMap((item) => item.sources.filter((s) => !known.has(s)).map((s) => `${item.id} → ${s}`));
  if (unknown.length > 0) {
    throw new Error(`${file} cites unknown source id(s): ${unknown.join(', ')}. Use a seed id or an id from content/references.yaml.`);
  }
}

export type Category = CollectionEntry<'categories'>;

let categoryIndex: Promise<Map<string, Category>> | undefined;
export function categories(): Promise<Map<string, Category>> {
  categoryIndex ??= getCollection('categories').then((list) => new Map(list.map((c) => [c.id, c])));
  return categoryIndex;
}

let events: Promise<ChronologyEvent[]> | undefined;
/** Chronology events in the order they happened, their sources and categories checked. */
export function chronologyEvents(): Promise<ChronologyEvent[]> {
  events ??= (async () => {
    const list = await getCollection('chronology');
    await checkCited('content/chronology.yaml', list.map((e) => ({ id: e.id, sources: e.data.sources })));
    const problems = chronologyProblems(list, await categories());
    if (problems.length) throw new Error(`The chronology:\n  ${problems.join('\n  ')}`);
    return list.sort((a, b) => a.data.date.localeCompare(b.data.date) || (a.data.order ?? 0) - (b.data.order ?? 0));
  })();
  return events;
}

let glossary: Promise<Map<string, GlossaryEntry>> | undefined;
export function glossaryEntries(): Promise<Map<string, GlossaryEntry>> {
  glossary ??= getCollection('glossary').then((list) => new Map(list.map((g) => [g.id, g])));
  return glossary;
}

/** Every form search matches for an entry in a language: the names readers see first, then the search-only aliases. */
export function searchNames(entry: GlossaryEntry, lang: Locale): string[] {
  return [...entry.data.names[lang], ...(entry.data.aliases[lang] ?? [])];
}

/** The name of a glossary entry as we write it in a language (the first of its names). */
export async function nameOf(id: string, lang: Locale): Promise<string> {
  const entry = (await glossaryEntries()).get(id);
  if (!entry) throw new Error(`No entry “${id}” in content/glossary.yaml.`);
  return entry.data.names[lang][0]!;
}

let parties: Promise<MapParty[]> | undefined;
export function mapParties(): Promise<MapParty[]> {
  parties ??= (async () => {
    const list = await getCollection('accordsMap');
    await checkCited('content/accords-map.yaml', list.map((p) => ({ id: p.id, sources: p.data.sources })));
    const names = await glossaryEntries();
    const missing = list.filter((p) => !names.has(p.data.glossary)).map((p) => p.data.glossary);
    if (missing.length) throw new Error(`content/accords-map.yaml names glossary entries that do not exist: ${missing.join(', ')}.`);
    return list.sort((a, b) => a.data.date.localeCompare(b.data.date));
  })();
  return parties;
}
