import { LOCALES, type LocaleInfo } from '../../i18n/locales.ts';
import { scriptPattern } from '../../i18n/script.ts';

/**
 * Tells which of the site's languages a text is in, from its letters alone,
 * with the locale table's facts: each language's script, and for languages
 * that share one, the letters only one of them uses (Kazakh's ә ғ қ ң ө ұ ү
 * һ і beside Russian) or the function words its prose is full of (English
 * among Latin-script languages: another Latin-script text is "not English").
 */

export type DetectResult =
  | { ok: true; lang: string; confidence: number }
  | { ok: false; reason: 'no-letters' | 'mixed' | 'unsupported'; detail: string };


/** `locales`: the table's rows (a test passes others). */
export function detectLanguage(text: string, locales: readonly LocaleInfo[] = LOCALES): DetectResult {
  const SCRIPT_NAMES = [...new Set(locales.map((l) => l.script))];
  const SCRIPT_TESTS = SCRIPT_NAMES.map((name) => [name, scriptPattern(name)] as const);
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 20) {
    return { ok: false, reason: 'no-letters', detail: `only ${letters.length} letters` };
  }
  const counts = new Map<string, number>(SCRIPT_NAMES.map((n) => [n, 0]));
  for (const ch of letters) {
    const hit = SCRIPT_TESTS.find(([, re]) => re.test(ch));
    if (hit) counts.set(hit[0], counts.get(hit[0])! + 1);
  }
  const total = letters.length;
  const known = [...counts.values()].reduce((a, b) => a + b, 0);
  if (known < total / 2) {
    return { ok: false, reason: 'unsupported', detail: `mostly a script other than ${SCRIPT_NAMES.join(', ')} (the site's languages: ${locales.map((l) => l.code).join(', ')})` };
  }
  const [topName, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const share = topCount / total;
  // Quotes, names and embeds in another script are normal; a text whose
  // main script is under 70% of its letters is a mix we will not guess at.
  if (share < 0.7) {
    const parts = [...counts]
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${Math.round((100 * n) / total)}%`)
      .join(', ');
    return { ok: false, reason: 'mixed', detail: parts };
  }
  const candidates = locales.filter((l) => l.script === topName);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const inScript = words.filter((w) => scriptPattern(topName).test(w));
  // A language with letters of its own is the one when about one word in ten has them (Kazakh prose
  // uses them in roughly one word in three; a Russian text may quote a Kazakh name or two).
  for (const l of candidates.filter((c) => c.detect.letters)) {
    const own = new RegExp(`[${l.detect.letters}]`, 'iu');
    if (inScript.length > 0 && inScript.filter((w) => own.test(w)).length / inScript.length >= 0.1) return { ok: true, lang: l.code, confidence: share };
  }
  const rest = candidates.filter((c) => !c.detect.letters);
  for (const l of rest) {
    if (!l.detect.words) {
      if (rest.length === 1) return { ok: true, lang: l.code, confidence: share };
      continue;
    }
    const set = new Set(l.detect.words);
    const ratio = words.length > 0 ? words.filter((w) => set.has(w)).length / words.length : 0;
    if (ratio >= 0.15) return { ok: true, lang: l.code, confidence: share };
    if (rest.length === 1) {
      return { ok: false, reason: 'unsupported', detail: `${topName} script, but only ${Math.round(100 * ratio)}% of the function words of ${l.code}` };
    }
  }
  return { ok: false, reason: 'unsupported', detail: `mostly ${topName} script, in none of the site's languages written in it (${candidates.map((c) => c.code).join(', ')})` };
}
