/**
 * Reads citations out of an explainer's MDX source. Numbering follows the
 * order of first citation in the text, the way a printed reference list
 * does, so it is the same however Astro schedules component rendering.
 */

export interface CitationIndex {
  /** Cited ids in order of first appearance; the number of an id is its index + 1. */
  order: string[];
  /** For each id, the section ids (`<h2 id>`) where it is cited, in order. */
  sections: Map<string, string[]>;
  /** Section id → its heading text, in document order. */
  titles: Map<string, string>;
}

const TAG = /<h2\s+id="([^"]+)"[^>]*>([^<]*)<\/h2>|<(?:Cite\s+to|(?:Quote|KeyFacts)\b[^>]*?\bcite)="([^"]*)"/g;

export function indexCitations(mdx: string): CitationIndex {
  const order: string[] = [];
  const sections = new Map<string, string[]>();
  const titles = new Map<string, string>();
  let section = '';
  for (const m of mdx.matchAll(TAG)) {
    if (m[1] !== undefined) {
      section = m[1];
      titles.set(section, (m[2] ?? '').trim());
      continue;
    }
    for (const id of citedIds(m[3] ?? '')) {
      if (!order.includes(id)) order.push(id);
      const list = sections.get(id) ?? [];
      if (section && !list.includes(section)) list.push(section);
      sections.set(id, list);
    }
  }
  return { order, sections, titles };
}

/** `to="a b"` → ['a', 'b']. */
export function citedIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}
