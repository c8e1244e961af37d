import { LOCALES, type LocaleInfo } from './locales.ts';

/**
 * What makes a set of UI string files incomplete, as messages that name the
 * file and the key: a language of the table without a file, a file for no
 * language, a key English has and another language lacks (or the other way
 * round), an empty value or one with space around it, the wrong plural forms for the language, a
 * placeholder lost in translation, and text left in English. Run before
 * every build (src/checks/cli.ts) and when i18next starts (index.ts), so a
 * page can never show a raw key.
 */
type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const REFERENCE = 'en';

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The words of a string a reader sees: without {{placeholders}}, [[marks:]] and punctuation. */
const wording = (s: string) => s.replace(/\{\{\w+\}\}/g, ' ').replace(/\[\[\w+:/g, ' ').replace(/[^\p{L}]+/gu, ' ').trim();

export function stringProblems(files: Record<string, unknown>, locales: readonly LocaleInfo[] = LOCALES, dir = 'src/i18n/strings'): string[] {
  const problems: string[] = [];
  const codes = locales.map((l) => l.code);
  for (const code of codes) if (!files[code]) problems.push(`${dir}/${code}.json: missing: ${code} is in src/i18n/locales.json, so it needs a string file (copy ${REFERENCE}.json and translate every value)`);
  for (const code of Object.keys(files)) if (!codes.includes(code)) problems.push(`${dir}/${code}.json: ${code} is not a language of src/i18n/locales.json`);
  const reference = files[REFERENCE] ? flatten(files[REFERENCE] as Tree) : new Map<string, string>();
  const base = (k: string) => k.replace(PLURAL, '');
  const referenceBases = new Set([...reference.keys()].map(base));
  for (const locale of locales) {
    const raw = files[locale.code];
    if (!raw) continue;
    const file = `${dir}/${locale.code}.json`;
    const strings = flatten(raw as Tree);
    const bases = new Set([...strings.keys()].map(base));
    for (const key of referenceBases) if (!bases.has(key)) problems.push(`${file}: key ${key} is missing (${REFERENCE}: “${reference.get(key) ?? reference.get(`${key}_other`)}”)`);
    for (const key of bases) if (!referenceBases.has(key)) problems.push(`${file}: key ${key} is not in ${REFERENCE}.json: a misspelt key, or one to add to every language`);
    const categories = new Intl.PluralRules(locale.intl).resolvedOptions().pluralCategories;
    for (const key of new Set([...strings.keys()].filter((k) => PLURAL.test(k)).map(base))) {
      const forms = [...strings.keys()].filter((k) => PLURAL.test(k) && base(k) === key).map((k) => PLURAL.exec(k)![1]!);
      const missing = categories.filter((c) => !forms.includes(c));
      const extra = forms.filter((f) => !(categories as string[]).includes(f));
      if (missing.length) problems.push(`${file}: key ${key} lacks the plural form(s) ${missing.map((m) => `${key}_${m}`).join(', ')} that ${locale.code} needs`);
      if (extra.length) problems.push(`${file}: key ${key} has plural form(s) ${extra.join(', ')} that ${locale.code} does not use`);
    }
    for (const [key, value] of strings) {
      if (value.trim() === '') problems.push(`${file}: key ${key} is empty`);
      else if (value !== value.trim()) problems.push(`${file}: key ${key} has space around it: “${value}”`);
      const ref = reference.get(key) ?? reference.get(`${base(key)}_other`);
      if (!ref) continue;
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((n) => n !== 'count').sort().join(', ');
      if (names(value) !== names(ref)) problems.push(`${file}: key ${key} has placeholders {${names(value)}} where ${REFERENCE} has {${names(ref)}}`);
      if (locale.code !== REFERENCE && wording(value) !== '' && wording(value) === wording(ref)) problems.push(`${file}: key ${key} is still in ${REFERENCE}: “${value}”`);
    }
  }
  return problems;
}
