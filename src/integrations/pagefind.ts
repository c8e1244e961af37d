import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALE_CODES } from '../i18n/locales';
import { RECORDS_DIR, type SearchRecord } from '../search/records';

/**
 * Builds one Pagefind bundle per language (`dist/pagefind-{lang}/`), each
 * with its language's stemmer. Pagefind would otherwise pick one index per
 * page and search it with the page's stemmer; separate bundles let the
 * browser search every language with its own rules at once, one runtime
 * serving them all (see src/search/engine.ts). Any error from Pagefind
 * fails the build.
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // Searches run on the main thread (src/search/engine.ts).
  'pagefind-worker.js',
];

export function multilingualSearch(): AstroIntegration {
  return {
    name: 'multilingual-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const fail = (what: string, errors: string[]): never => {
          throw new Error(`Pagefind failed while ${what}:\n  ${errors.join('\n  ')}`);
        };
        const started = performance.now();
        try {
          for (const lang of LOCALE_CODES) {
            const recordsFile = join(dist, RECORDS_DIR, `${lang}.json`);
            const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
            const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
            if (!index || errors.length) fail(`creating the ${lang} index`, errors);
            const pages = await index!.addDirectory({ path: dist, glob: `${lang}/**/*.html` });
            if (pages.errors.length) fail(`indexing ${lang}/ pages`, pages.errors);
            for (const record of records) {
              const added = await index!.addCustomRecord({ ...record, language: lang });
              if (added.errors.length) fail(`adding ${record.url}`, added.errors);
            }
            const written = await index!.writeFiles({ outputPath: join(dist, `pagefind-${lang}`) });
            if (written.errors.length) fail(`writing pagefind-${lang}/`, written.errors);
            await index!.deleteIndex();
            // We ship our own search UI and highlighter; Pagefind's would be dead weight on the host.
            for (const unused of UNUSED_FILES) await rm(join(dist, `pagefind-${lang}`, unused), { force: true });
            logger.info(`pagefind-${lang}: ${pages.page_count} pages + ${records.length} records`);
          }
        } finally {
          await pagefind.close();
        }
        // The records were build input, not part of the site.
        await rm(join(dist, RECORDS_DIR), { recursive: true, force: true });
        logger.info(`search indexes written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
