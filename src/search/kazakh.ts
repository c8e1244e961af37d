/**
 * A light Kazakh stemmer for queries. Pagefind has none for Kazakh, so the
 * Kazakh index holds whole words and a query word only matches the start of
 * an indexed one: «форумына» missed «форум», «форумда». Stripping the
 * query word's endings (case, possessive, plural and the commonest verb
 * forms, each in its vowel-harmony and assimilated variants) leaves a
 * prefix of every form of the word. Over-stripping costs little (a prefix
 * still matches), so the rule is simple: the longest ending first, at most
 * three times, never below a four-letter stem.
 */
const ENDINGS = [
  // case, with the buffer consonants of vowel harmony and assimilation
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', // genitive
  'ға', 'ге', 'қа', 'ке', 'на', 'не', // dative
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ын', 'ін', // accusative; past tense ды/ді/ты/ті too
  'нда', 'нде', 'да', 'де', 'та', 'те', // locative
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен', // ablative
  'менен', 'мен', 'бен', 'пен', // instrumental
  // plural
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  // possessive
  'сы', 'сі', 'ы', 'і', 'ым', 'ім', 'ың', 'ің',
  // verbs: participle, verbal noun, gerund, present
  'ған', 'ген', 'қан', 'кен', 'уы', 'уі', 'у', 'ып', 'іп', 'ады', 'еді', 'йды', 'йді',
].sort((a, b) => b.length - a.length);

/** Dative, locative and ablative with the pronominal н come only after a possessive ы/і («шартында», «келісімдеріне»). */
const AFTER_POSSESSIVE = new Set(['на', 'не', 'нда', 'нде', 'нан', 'нен']);

const MIN_STEM = 4;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;

export function stemKazakh(word: string): string {
  if (!CYRILLIC_WORD.test(word)) return word;
  let stem = word;
  for (let round = 0; round < 3; round++) {
    const lower = stem.toLocaleLowerCase('kk');
    const ending = ENDINGS.find(
      (e) => lower.endsWith(e) && [...stem].length - [...e].length >= MIN_STEM && (!AFTER_POSSESSIVE.has(e) || /[ыі]$/u.test(lower.slice(0, -e.length))),
    );
    if (!ending) break;
    const shorter = stem.slice(0, stem.length - ending.length);
    // Country names in -стан are not ablatives (Қазақстан, Түрікменстан).
    if (ending === 'тан' && /с$/iu.test(shorter)) break;
    stem = shorter;
  }
  return stem;
}
