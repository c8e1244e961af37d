import { getCollection, type CollectionEntry } from 'astro:content';
import { citationsOf, citableSources } from './sources';

export type Correction = CollectionEntry<'corrections'>;

let index: Promise<Map<string, Correction[]>> | undefined;

/**
 * Known errors of the sources, keyed by source id, checked: each names a
 * source that exists and an explainer section that sets it straight. They
 * hang on the source, not on a translated summary, so a reader of the
 * source's own language sees them too.
 */
export function correctionsBySource(): Promise<Map<string, Correction[]>> {
  index ??= (async () => {
    const list = await getCollection('corrections');
    const sources = await citableSources();
    const sections = new Set((await citationsOf('explainer', 'en')).titles.keys());
    const problems: string[] = [];
    for (const c of list) {
      if (!sources.has(c.data.source)) problems.push(`source "${c.data.source}" is neither a seed nor a reference`);
      if (!sections.has(c.data.section)) problems.push(`${c.data.source}: section "${c.data.section}" is not a section of the explainer (${[...sections].join(', ')})`);
    }
    if (problems.length) throw new Error(`content/corrections.yaml:\n  ${problems.join('\n  ')}`);
    return Map.groupBy(list, (c) => c.data.source);
  })();
  return index;
}

export async function correctionsOf(sourceId: string): Promise<Correction[]> {
  return (await correctionsBySource()).get(sourceId) ?? [];
}
