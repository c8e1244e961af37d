/**
 * A query cut into tokens the way Pagefind's index holds words. Apart from
 * fold.ts, which the arrival highlighting on every page shares: only the
 * search needs this.
 */

/**
 * Cyrillic letters that look like Latin ones. In a code such as «С5+1»,
 * typed on a Russian keyboard, they stand for the Latin letters the texts use.
 */
const LOOKALIKES: Record<string, string> = { а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i' };
const CODE = /^[\p{L}\p{N}]+(?:[+&./][\p{L}\p{N}]+)+$|^(?=.*\p{N})(?=.*\p{L})[\p{L}\p{N}]+$/u;

/**
 * One whitespace-separated token of a query, as the index holds it: in
 * lower case, without the punctuation around it, and a code (C5+1, G7,
 * U.S) written as Pagefind indexes it, without its inner signs (c51), in
 * Latin letters when it has digits and only Cyrillic look-alikes (С5+1).
 * Not folded: қ and к are different letters to the index; compare with fold().
 */
export function normalizeToken(token: string): string {
  let t = token.toLowerCase().normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!CODE.test(t)) return t;
  t = t.replace(/[+&./]/g, '');
  if (/\p{N}/u.test(t) && [...t.replace(/[\p{N}\p{Script=Latin}]/gu, '')].every((c) => c in LOOKALIKES)) t = [...t].map((c) => LOOKALIKES[c] ?? c).join('');
  return t;
}

/** A text's tokens as the search compares them (normalizeToken), empty ones dropped. */
export function queryTokens(text: string): string[] {
  return text.split(/\s+/u).map(normalizeToken).filter(Boolean);
}

/** The words of a token: its parts between hyphens and apostrophes (Касым-Жомарт). */
export function tokenWords(token: string): string[] {
  return token.split(/[-'’]+/u).filter(Boolean);
}
