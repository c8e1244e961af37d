/**
 * How readers type versus how texts are written: letters a reader may type
 * in place of another. Kazakh readers on a Russian keyboard type к for қ,
 * Arabic readers drop hamza or swap ة/ه and ى/ي, Russian readers write е
 * for ё. Folding both sides lets "казакстан" meet "Қазақстан".
 * Shared by the build (vocabularies, name lists) and the browser.
 */
const FOLDS: Record<string, string> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е', й: 'и',
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ؤ: 'و', ئ: 'ي',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
// Arabic short vowels, shadda, sukun, tatweel; bidi and zero-width marks.
const IGNORABLE = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu;

export function fold(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(IGNORABLE, '').replace(FOLDABLE, (c) => FOLDS[c]!);
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

