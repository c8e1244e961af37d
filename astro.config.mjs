// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { multilingualSearch } from './src/integrations/pagefind.ts';

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
  build: { format: 'directory' },
  integrations: [mdx(), multilingualSearch()],
});
