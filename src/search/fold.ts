import { FOLDS, IGNORABLE } from 'virtual:search-languages';

/**
 * How readers type versus how texts are written: letters a reader may type
 * in place of another, from each language's `search.folds` in the locale
 * table. Kazakh readers on a Russian keyboard type к for қ, Arabic readers
 * drop hamza or swap ة/ه and ى/ي, Russian readers write е for ё. Folding
 * both sides lets "казакстан" meet "Қазақстан".
 * Shared by the build (vocabularies, name lists) and the browser.
 */
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
// Each language's marks readers never type (Arabic short vowels, shadda, sukun, tatweel: the locale
// table), and in every language the bidi and zero-width marks.
const IGNORED = new RegExp(`[${IGNORABLE}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]`, 'gu');

export function fold(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(IGNORED, '').replace(FOLDABLE, (c) => FOLDS[c]!);
}

/** Words of a text, folded, without punctuation. */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** True when the word contains a letter that folding would change. */
export function hasFoldableLetter(word: string): boolean {
  FOLDABLE.lastIndex = 0;
  return FOLDABLE.test(word.toLowerCase());
}

