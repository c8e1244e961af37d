import Typograf from 'typograf';
import { isLocale, localeInfo } from '../i18n/locales';

/**
 * Each language's typography, applied to the built pages' text
 * (src/integrations/typography.ts) by typograf, a kept library, with only
 * the rules that hold for news prose: no quote rewriting (the site's marks
 * are drawn by its components), no trimming (a text node's
 * spaces belong to its neighbours). The rules typograf lacks are added from
 * the language's own data: a day keeps to its month (Intl's month names),
 * a year and a number to the word after them (the locale table's
 * `yearWords`, `numberWords`), a dash to the word before it, and a typed '
 * after a letter is the apostrophe.
 */
const TYPOGRAF_RULES: Record<string, string[]> = {
  ru: [
    'common/nbsp/afterShortWord',
    'common/nbsp/afterNumber',
    'ru/nbsp/dayMonth',
    'ru/nbsp/mln',
    'ru/nbsp/initials',
    'ru/nbsp/year',
    'ru/nbsp/years',
    'ru/dash/main',
  ],
  // typograf's English rules add nothing a news page wants beyond ours below.
  'en-GB': [],
};

const NBSP = '\u00a0';
const engines = new Map<string, Typograf>();

function engine(locale: string): Typograf {
  let t = engines.get(locale);
  if (!t) {
    const rules = TYPOGRAF_RULES[locale];
    if (!rules) throw new Error(`No typography rules for typograf locale "${locale}" (src/lib/typography.ts).`);
    t = new Typograf({ locale: [locale], htmlEntity: { type: 'default' } });
    t.disableRule('*');
    t.enableRule(rules);
    engines.set(locale, t);
  }
  return t;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const extraRules = new Map<string, (text: string) => string>();

/** The rules typograf lacks, built from the language's data. */
function extras(lang: string): (text: string) => string {
  let rule = extraRules.get(lang);
  if (rule) return rule;
  const info = isLocale(lang) ? localeInfo(lang) : undefined;
  const intl = info?.intl ?? lang;
  // Month names as a date writes them after a day («6 ноября», «6 қараша», "6 November").
  const months = Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2025, m, 6)))
      .find((p) => p.type === 'month')!.value,
  );
  // Kazakh inflects the month («6 қарашада»), so a month may carry an ending.
  const dayMonth = new RegExp(`(^|[^\\p{L}\\p{N}])(\\d{1,2}) ((?:${months.map(escape).join('|')})\\p{L}*)`, 'gu');
  const years = info?.typography?.yearWords ?? [];
  const yearWord = years.length ? new RegExp(`(\\d{4}) (${years.map(escape).join('|')})(?![\\p{L}])`, 'gu') : null;
  const enclitics = info?.typography?.enclitics ?? [];
  // typograf glued a short word to the next one; an enclitic belongs to the one before.
  const enclitic = enclitics.length ? new RegExp(`(\\p{L}) (${enclitics.map(escape).join('|')})${NBSP}`, 'gu') : null;
  const units = info?.typography?.numberWords ?? [];
  const numberWord = units.length ? new RegExp(`(\\d) (${units.map(escape).join('|')})(?![\\p{L}])`, 'gu') : null;
  // A dash between words keeps to the word before it, so no line starts with one.
  const dash = / ([—–]) /g;
  rule = (text) => {
    // A typed ' after a letter is an apostrophe (Akorda's, the Accords'): quotation marks are never typed here.
    let out = text.replace(dayMonth, `$1$2${NBSP}$3`).replace(dash, `${NBSP}$1 `).replace(/(\p{L})'/gu, '$1’');
    if (yearWord) out = out.replace(yearWord, `$1${NBSP}$2`);
    if (numberWord) out = out.replace(numberWord, `$1${NBSP}$2`);
    if (enclitic) out = out.replace(enclitic, `$1${NBSP}$2 `);
    return out;
  };
  extraRules.set(lang, rule);
  return rule;
}

/** Whether the build applies typography to text in this language. */
export function hasTypography(lang: string): boolean {
  return isLocale(lang) && localeInfo(lang).typography !== undefined;
}

/** A run of text in `lang` with the language's typography applied. */
export function typeset(text: string, lang: string): string {
  if (!isLocale(lang)) return text;
  const typography = localeInfo(lang).typography;
  if (!typography || !/\S/.test(text)) return text;
  return extras(lang)(typography.typograf ? engine(typography.typograf).execute(text) : text);
}
