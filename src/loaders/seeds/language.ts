/**
 * Tells which of the site's languages a text is in, from its letters alone.
 * Kazakh and Russian share the Cyrillic alphabet; the nine letters only
 * Kazakh uses (ә ғ қ ң ө ұ ү һ і) tell them apart. English is the Latin-script
 * language we publish; other Latin-script languages are recognised as
 * "not English" by the absence of English function words.
 */

export type DetectResult =
  | { ok: true; lang: 'en' | 'ru' | 'kk' | 'ar'; confidence: number }
  | { ok: false; reason: 'no-letters' | 'mixed' | 'unsupported'; detail: string };

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const ENGLISH_WORDS = new Set(
  'the and of to in is are was were for on with as by that this it from at has have be its not or which will their'.split(' '),
);

export function detectLanguage(text: string): DetectResult {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 20) {
    return { ok: false, reason: 'no-letters', detail: `only ${letters.length} letters` };
  }
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of letters) {
    if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  const total = letters.length;
  if (arabic + cyrillic + latin < total / 2) {
    return { ok: false, reason: 'unsupported', detail: 'mostly a script other than Arabic, Cyrillic or Latin' };
  }
  const scripts = [
    ['Arabic', arabic],
    ['Cyrillic', cyrillic],
    ['Latin', latin],
  ] as const;
  const [topName, topCount] = [...scripts].sort((a, b) => b[1] - a[1])[0]!;
  const share = topCount / total;
  // Quotes, names and embeds in another script are normal; a text whose
  // main script is under 70% of its letters is a mix we will not guess at.
  if (share < 0.7) {
    const parts = scripts
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${Math.round((100 * n) / total)}%`)
      .join(', ');
    return { ok: false, reason: 'mixed', detail: parts };
  }
  if (topName === 'Arabic') return { ok: true, lang: 'ar', confidence: share };
  if (topName === 'Cyrillic') {
    const words = text.match(/\p{Script=Cyrillic}+/gu) ?? [];
    const kazakh = words.filter((w) => KAZAKH_ONLY.test(w)).length;
    // Kazakh prose uses these letters in roughly one word in three; a
    // Russian text may quote a Kazakh name or two. One word in ten
    // separates the two with a wide margin on both sides.
    return { ok: true, lang: kazakh / words.length >= 0.1 ? 'kk' : 'ru', confidence: share };
  }
  if (topName === 'Latin') {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
    if (words.length > 0 && english / words.length >= 0.15) return { ok: true, lang: 'en', confidence: share };
    return {
      ok: false,
      reason: 'unsupported',
      detail: `Latin script, but only ${Math.round((100 * english) / Math.max(words.length, 1))}% English function words`,
    };
  }
  return { ok: false, reason: 'unsupported', detail: `mostly ${topName} script` };
}
