/** Compares texts the way a reader would: spacing and ё/е do not matter. */
export const normalize = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е')).trim();

/**
 * The parts of a quotation that must appear in its source as written:
 * square brackets mark our insertions, so the text around them is checked.
 */
export function verbatimParts(text: string): string[] {
  return text
    .split(/\[[^\]]*\]/)
    .map((p) => normalize(p))
    .filter((p) => p.length > 0);
}
