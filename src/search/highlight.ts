import { fold, foldedWords } from './fold';

/**
 * Marks the words a reader searched for on the page a result led to, with
 * the CSS Custom Highlight API: no element is added, so nothing from the
 * query can become markup. Words match when one starts with the other
 * (folded), which covers inflected forms: «Казахстана» ↔ «Казахстан».
 */
export function highlight(query: string, root: Element = document.querySelector('main') ?? document.body): number {
  const terms = foldedWords(query).filter((w) => w.length >= 3);
  if (terms.length === 0 || !('highlights' in CSS)) return 0;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = fold(m[0]);
      const stemLength = Math.max(3, Math.min(word.length, ...terms.map((t) => t.length)) - 2);
      if (terms.some((t) => word.slice(0, stemLength) === t.slice(0, stemLength) && Math.abs(word.length - t.length) <= 4)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        ranges.push(range);
      }
    }
  }
  CSS.highlights.set('search-hit', new Highlight(...ranges));
  // The rule goes in through the CSSOM, not the stylesheet: the W3C validator's CSS parser does
  // not know ::highlight() yet, and the CSP allows the CSSOM without 'unsafe-inline'.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(search-hit){background-color:var(--mark);color:var(--fg)}');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return ranges.length;
}
