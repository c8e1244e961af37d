import { LOCALES, SCRIPTS, localeInfo } from '../i18n/locales.ts';

/**
 * Two modules generated from the locale table (src/i18n/locales.json), so
 * that the browser and the stylesheet read its facts without shipping the
 * table:
 *
 * - `virtual:search-languages`: what search needs to know of each language
 *   (letters folded, marks ignored, names' affixes, articles, stemmers), a
 *   few hundred bytes instead of the whole table.
 * - `virtual:locale-typography.css`: each language's font stacks and line
 *   heights, set as custom properties on `:lang()` (src/styles/global.css
 *   uses them), so a new script needs no CSS.
 */
const SEARCH = 'virtual:search-languages';
const TYPOGRAPHY = 'virtual:locale-typography.css';

export function searchLanguagesModule(): string {
  const folds: Record<string, string> = {};
  for (const l of LOCALES) Object.assign(folds, l.search.folds ?? {});
  const ignorable = LOCALES.map((l) => l.search.ignorable ?? '').join('');
  const affixes = LOCALES.map((l) => ({ script: l.script, prefixes: l.search.namePrefixes ?? [], endings: l.search.nameEndings }));
  const articles = [...new Set(LOCALES.flatMap((l) => (l.search.article ? [l.search.article] : [])))];
  const stemmers = Object.fromEntries(LOCALES.flatMap((l) => (l.search.stemmer ? [[l.code, l.search.stemmer]] : [])));
  return [
    `export const FOLDS = ${JSON.stringify(folds)};`,
    `export const IGNORABLE = ${JSON.stringify(ignorable)};`,
    `export const AFFIXES = ${JSON.stringify(affixes)};`,
    `export const ARTICLES = ${JSON.stringify(articles)};`,
    `export const STEMMERS = ${JSON.stringify(stemmers)};`,
  ].join('\n');
}

export function typographyCss(): string {
  // Languages whose scripts set the same values share one rule (Russian, Kazakh and English today).
  const rules = new Map<string, string[]>();
  for (const l of LOCALES) {
    const s = SCRIPTS[localeInfo(l.code).script]!;
    const body = `--font-text:${s.fontText};--font-display:${s.fontDisplay};--leading:${s.lineHeight};--heading-leading:${s.headingLineHeight};--caps:${s.capitals ? 'uppercase' : 'none'};--caps-tracking:${s.capitals ? '0.06em' : '0'}`;
    rules.set(body, [...(rules.get(body) ?? []), `:lang(${l.code})`]);
  }
  return [...rules].map(([body, selectors]) => `${selectors.join(',')}{${body}}`).join('\n');
}

/** The Vite plugin that serves both (astro.config.mjs, and the Vitest configs). */
export function localeModules() {
  return {
    name: 'locale-modules',
    resolveId(id: string) {
      return id === SEARCH || id === TYPOGRAPHY ? `\0${id}` : undefined;
    },
    load(id: string) {
      if (id === `\0${SEARCH}`) return searchLanguagesModule();
      if (id === `\0${TYPOGRAPHY}`) return typographyCss();
      return undefined;
    },
  };
}
