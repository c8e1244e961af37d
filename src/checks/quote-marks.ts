import type { TextUnit } from './texts.ts';

/**
 * Quotation marks are drawn, never typed: by <Quote>, <Title> and <Term> in
 * prose, by [[quote:…]], [[title:…]] and [[term:…]] in data and strings. A
 * typed mark is a quote that escaped the quote files (unchecked words, no
 * translation label) or a title nobody marked as one. Apostrophes (’ ')
 * are not quotation marks.
 */
const MARKS = /[«»“”„‟"‘‹›]/g;

/** MDX syntax that may hold ASCII quotes: attributes of tags. Their values are checked for typographic marks. */
const TAG = /<\/?[A-Za-z][^>]*>/g;
const ATTRIBUTE = /\s[\w-]+="([^"]*)"/g;

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export function quoteMarkProblems(units: TextUnit[]): Problem[] {
  const problems: Problem[] = [];
  for (const u of units) {
    if (u.verbatim) continue;
    let text = u.text;
    if (u.mdx) {
      const inAttributes = [...text.matchAll(TAG)].flatMap((tag) => [...tag[0].matchAll(ATTRIBUTE)].map((a) => a[1]!));
      text = [text.replace(TAG, ' '), ...inAttributes].join(' ');
    }
    const found = text.match(MARKS);
    if (found) {
      const at = text.search(MARKS);
      const context = text.slice(Math.max(0, at - 25), at + 35).replace(/\s+/g, ' ');
      problems.push({
        file: u.file,
        line: u.line,
        message: `typed quotation mark ${[...new Set(found)].join(' ')} in "…${context}…": quote through <Quote id> / [[quote:id]], or mark a title or term with <Title>/<Term> / [[title:…]]/[[term:…]]`,
      });
    }
  }
  return problems;
}
