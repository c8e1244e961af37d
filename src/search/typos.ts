import { distance } from 'fastest-levenshtein';
import type { NameEntry } from './expand';

/**
 * Names typed with an error. Its own module, loaded only when a word of a
 * query finds nothing (engine.ts): most queries never need it.
 */

/**
 * Typing errors allowed in a word: none in short words, where one error is
 * another word. Arabic writes no short vowels, so its words are shorter for
 * the same sound: ترمب beside ترامب.
 */
export function allowedErrors(word: string): number {
  const length = [...word].length + (/\p{Script=Arabic}/u.test(word) ? 1 : 0);
  return length >= 7 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The glossary entry with a name a word is most likely a misspelling of
 * (Netanyahou, Tokaev, Абрахам): the fewest edits to one of its words,
 * within allowedErrors. A word that is a name, exactly, needs no correction.
 */
export function nearestName(word: string, entries: readonly NameEntry[]): NameEntry | null {
  const limit = allowedErrors(word);
  if (limit === 0) return null;
  let best: { entry: NameEntry; d: number } | null = null;
  for (const entry of entries) {
    for (const w of entry.v.flat()) {
      if (Math.abs([...w].length - [...word].length) > limit) continue;
      const d = distance(word, w);
      if (d === 0) return null;
      if (d <= limit && (!best || d < best.d)) best = { entry, d };
    }
  }
  return best?.entry ?? null;
}
