import type { Problem } from './quote-marks.ts';
import type { TextUnit } from './texts.ts';

/**
 * Words that mix scripts: a Cyrillic С in «С5+1» (it looks right and breaks
 * search), a Latin a inside a Cyrillic word, «لادا.kz». A word here is
 * letters, digits, dots and plus signs (so C5+1 and Lada.kz are one word);
 * a hyphen joins two words (Telegram-канале is two, each in one script).
 */
const WORD = /[\p{L}\p{M}\p{N}+.]+/gu;
const SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
] as const;
/** Cyrillic letters drawn like Latin ones: alone with digits, they are a Latin code typed on the wrong keyboard. */
const CYRILLIC_LOOKALIKES = /^[АВЕКМНОРСТХаеорсух]+$/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function scriptsOf(word: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const c of word) {
    for (const [name, re] of SCRIPTS) if (re.test(c)) found.set(name, [...(found.get(name) ?? []), c]);
  }
  return found;
}

export function mixedScriptProblems(units: TextUnit[]): Problem[] {
  const problems: Problem[] = [];
  for (const u of units) {
    // Search aliases are what readers type, wrong keyboard and all: that is why they exist.
    if (u.verbatim || u.alias) continue;
    const text = u.mdx ? u.text.replace(/<\/?[A-Za-z][^>]*>/g, ' ') : u.text;
    for (const m of text.matchAll(WORD)) {
      const word = m[0].replace(/^[.+]+|[.+]+$/g, '');
      const scripts = scriptsOf(word);
      if (scripts.size > 1) {
        const detail = [...scripts].map(([name, chars]) => `${name} ${[...new Set(chars)].map((c) => `${c} (${codePoint(c)})`).join(' ')}`).join(', ');
        problems.push({ file: u.file, line: u.line, message: `"${word}" mixes scripts: ${detail}` });
        continue;
      }
      const letters = word.replace(/[^\p{L}]/gu, '');
      if (/\d/.test(word) && scripts.has('Cyrillic') && CYRILLIC_LOOKALIKES.test(letters)) {
        problems.push({
          file: u.file,
          line: u.line,
          message: `"${word}" looks like a Latin code but has Cyrillic ${[...letters].map((c) => `${c} (${codePoint(c)})`).join(' ')}: type the Latin letters`,
        });
      }
    }
  }
  return problems;
}
