import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales';
import { RECORDS_DIR, type SearchRecord } from '../search/records';

/**
 * Builds one Pagefind bundle per language (`dist/pagefind-{lang}/`), each
 * indexed with its language's stemmer, and beside it the runtime a page in
 * that language loads (`pagefind-{lang}/runtime/`: pagefind.js and the
 * WebAssembly with that language's stemmer).
 *
 * The browser loads one runtime and opens every language's bundle with it
 * (src/search/engine.ts). A bundle's own WebAssembly would be fetched again
 * for each bundle and never used, since the first one loaded serves all; so
 * a bundle names a 12-byte placeholder instead (`wasm.shared.pagefind`,
 * Pagefind's "already decompressed" signature and nothing else).
 * Any error from Pagefind fails the build.
 */
const PLACEHOLDER_WASM = 'shared';
const SIGNATURE = 'pagefind_dcd';
/** Pagefind's UI and worker files: we ship our own search UI and run Pagefind on the main thread. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

async function readEntry(dir: string): Promise<Entry> {
  return JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
}

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
          for (const { code: lang } of LOCALES) {
            const bundle = join(dist, `pagefind-${lang}`);
            const records = JSON.parse(await readFile(join(dist, RECORDS_DIR, `${lang}.json`), 'utf8')) as SearchRecord[];
            const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
            if (!index || errors.length) fail(`creating the ${lang} index`, errors);
            const pages = await index!.addDirectory({ path: dist, glob: `${lang}/**/*.html` });
            if (pages.errors.length) fail(`indexing ${lang}/ pages`, pages.errors);
            for (const record of records) {
              const added = await index!.addCustomRecord({ ...record, language: lang });
              if (added.errors.length) fail(`adding ${record.url}`, added.errors);
            }
            const written = await index!.writeFiles({ outputPath: bundle });
            if (written.errors.length) fail(`writing pagefind-${lang}/`, written.errors);
            await index!.deleteIndex();

            // The runtime: Pagefind's own files for a one-record index in this language.
            const runtime = join(bundle, 'runtime');
            const tiny = await pagefind.createIndex({ forceLanguage: lang });
            if (!tiny.index || tiny.errors.length) fail(`creating the ${lang} runtime`, tiny.errors);
            const one = await tiny.index!.addCustomRecord({ url: '/', content: lang, language: lang });
            if (one.errors.length) fail(`creating the ${lang} runtime`, one.errors);
            const out = await tiny.index!.writeFiles({ outputPath: runtime });
            if (out.errors.length) fail(`writing pagefind-${lang}/runtime/`, out.errors);
            await tiny.index!.deleteIndex();
            const wasm = Object.values((await readEntry(runtime)).languages)[0]?.wasm ?? 'unknown';
            for (const name of await readdir(runtime)) {
              const keep = name === 'pagefind.js' || name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || name === `wasm.${wasm}.pagefind`;
              if (!keep) await rm(join(runtime, name), { recursive: true, force: true });
            }

            // The bundle: its index, with the placeholder in place of a runtime.
            const entry = await readEntry(bundle);
            for (const language of Object.values(entry.languages)) language.wasm = PLACEHOLDER_WASM;
            await writeFile(join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
            const placeholder = `wasm.${PLACEHOLDER_WASM}.pagefind`;
            await writeFile(join(bundle, placeholder), SIGNATURE);
            for (const name of await readdir(bundle)) {
              if (UNUSED.test(name) || name === 'pagefind.js' || (name.startsWith('wasm.') && name !== placeholder)) await rm(join(bundle, name), { force: true });
            }
            logger.info(`pagefind-${lang}: ${pages.page_count} pages + ${records.length} records; runtime with the ${wasm} stemmer`);
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
