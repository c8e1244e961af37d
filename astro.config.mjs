// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { multilingualSearch } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { typography } from './src/integrations/typography.ts';
import { localeModules } from './src/integrations/locale-modules.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { CSP_DIRECTIVES, SCRIPT_HASHES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security-policy.ts';

/**
 * Hosting is configured from the environment so one codebase deploys
 * anywhere: SITE is the absolute origin (canonical URLs, sitemap, feeds),
 * BASE the sub-path the site is served under (GitHub Pages project sites,
 * a folder on a shared host). Both default to a root deployment.
 */
const site = process.env.SITE ?? 'https://kz-abraham-accords.example.org';
const rawBase = process.env.BASE ?? '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  // Lets the tests keep a root build and a sub-path build side by side.
  outDir: process.env.OUTDIR ?? './dist',
  trailingSlash: 'always',
  // The stylesheet is inlined: one round trip less before the first paint
  // (LCP). tests/dist checks that every inline style's hash is in the CSP.
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind compiles its WebAssembly stemmers: that, and nothing else, needs 'wasm-unsafe-eval'.
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: SCRIPT_HASHES },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // The explainer has no code blocks; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // The locale table's facts for the browser and the stylesheet (src/integrations/locale-modules.ts).
  vite: { plugins: [localeModules()] },
  integrations: [
    mdx({ syntaxHighlight: false }),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l.code, l.hreflang])),
      },
      // Only pages a search engine should list: not the chooser, the 404 or search results.
      filter: (page) => {
        const path = new URL(page).pathname.slice(base.length - 1);
        return path !== '/' && !path.endsWith('/search/') && !path.startsWith('/404');
      },
      // The chooser at the root is every page's x-default, as in the pages' own hreflang links.
      serialize: (item) => ({
        ...item,
        links: item.links?.length ? [...item.links, { lang: 'x-default', url: new URL(base, site).href }] : item.links,
      }),
    }),
    // Before the search index, so it indexes the text readers see.
    typography(),
    multilingualSearch(),
    securityHeaders(),
  ],
});
