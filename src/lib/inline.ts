/**
 * The small markup that data strings (YAML, UI strings) use for what prose
 * writes with components: `[[quote:id]]`, `[[title:…]]`, `[[term:…]]`,
 * `[[asof]]` / `[[asof:start]]`. Quotation marks are never typed: they are
 * drawn from the locale table around a quote, a title or a term, so the
 * build can refuse any mark that is typed (src/checks/quote-marks.ts).
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; id: string }
  | { kind: 'title'; text: string }
  | { kind: 'term'; text: string }
  | { kind: 'asof'; start: boolean };

const TOKEN = /\[\[([a-z]+)(?::([^\]]*))?\]\]/g;

export class InlineMarkupError extends Error {}

/** Splits a string into text and marked segments; an unknown or empty mark throws. */
export function parseInline(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, kind, arg] = m;
    const value = (arg ?? '').trim();
    switch (kind) {
      case 'quote':
        if (!/^[a-z0-9-]+$/.test(value)) throw new InlineMarkupError(`${m[0]}: a quote is written [[quote:id]] with the id of a file in content/quotes/`);
        out.push({ kind: 'quote', id: value });
        break;
      case 'title':
      case 'term':
        if (!value) throw new InlineMarkupError(`${m[0]} is empty`);
        out.push({ kind, text: value });
        break;
      case 'asof':
        if (arg !== undefined && value !== 'start') throw new InlineMarkupError(`${m[0]}: write [[asof]] or [[asof:start]]`);
        out.push({ kind: 'asof', start: value === 'start' });
        break;
      default:
        throw new InlineMarkupError(`${m[0]}: unknown mark "${kind}" (known: quote, title, term, asof)`);
    }
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  const stray = out.find((s) => s.kind === 'text' && /\[\[|\]\]/.test(s.text));
  if (stray) throw new InlineMarkupError(`unclosed or malformed [[…]] mark in "${text.slice(0, 60)}"`);
  return out;
}

/** `parseInline` for a string of a file: a mistake is reported with where the string comes from. */
export function parseInlineFrom(text: string, from: string): Segment[] {
  try {
    return parseInline(text);
  } catch (e) {
    throw new Error(`${from}: ${(e as Error).message}`);
  }
}
