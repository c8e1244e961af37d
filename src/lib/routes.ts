import { LOCALE_CODES, type Locale } from '../i18n/locales';

/**
 * Every kind of page the site has, independent of language. A page knows its
 * route; the language switcher and hreflang links map the same route over
 * every locale, which is what "the same page in another language" means.
 */
export type Route =
  | { kind: 'explainer' }
  | { kind: 'background' }
  | { kind: 'chronology' }
  | { kind: 'sources' }
  | { kind: 'source'; id: string }
  | { kind: 'glossary' }
  | { kind: 'method' }
  | { kind: 'search' };

/** Path of a route inside one locale, without base, always with a trailing slash. */
export function routePath(lang: Locale, route: Route): string {
  switch (route.kind) {
    case 'explainer':
      return `/${lang}/`;
    case 'background':
      return `/${lang}/background/`;
    case 'chronology':
      return `/${lang}/chronology/`;
    case 'sources':
      return `/${lang}/sources/`;
    case 'source':
      return `/${lang}/sources/${encodeURIComponent(route.id)}/`;
    case 'glossary':
      return `/${lang}/whos-who/`;
    case 'search':
      return `/${lang}/search/`;
    case 'method':
      return `/${lang}/how-this-is-made/`;
  }
}

/**
 * Prefixes a site-absolute path with the deploy base (`BASE=/sub/path/`).
 * Every internal link goes through here, so a build under a sub-path has no
 * link that escapes it. `base` defaults to Vite's BASE_URL.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.replace(/\/+$/, '');
  if (!path.startsWith('/')) throw new Error(`withBase expects a site-absolute path, got "${path}"`);
  return `${trimmedBase}${path}`;
}

/** Base-prefixed URL of a route, with an optional `#fragment` appended last. */
export function href(lang: Locale, route: Route, fragment?: string): string {
  const url = withBase(routePath(lang, route));
  return fragment ? `${url}#${fragment}` : url;
}

/**
 * Explainer sections told in full on a page of their own; the explainer
 * keeps a short version of each, under the same id.
 */
const SECTION_PAGES = { background: { kind: 'background' } } as const satisfies Record<string, Route>;
export type SectionWithPage = keyof typeof SECTION_PAGES;

/** The page an explainer section is told in full on, if it has one of its own. */
export function sectionPage(section: string): Route | undefined {
  return section in SECTION_PAGES ? SECTION_PAGES[section as SectionWithPage] : undefined;
}

/** Where an explainer section is told in full: its own page, or its anchor on the explainer. */
export function sectionHref(lang: Locale, section: string): string {
  return section in SECTION_PAGES ? href(lang, SECTION_PAGES[section as SectionWithPage]) : href(lang, { kind: 'explainer' }, section);
}

/** `getStaticPaths` of a page that exists once per locale. */
export function localeStaticPaths(): { params: { lang: Locale } }[] {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}

/** The same route in every locale, in registry order. */
export function alternates(route: Route): { lang: Locale; href: string }[] {
  return LOCALE_CODES.map((lang) => ({ lang, href: href(lang, route) }));
}
