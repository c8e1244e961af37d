import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales';
import { RECORDS_DIR, type SearchRecord } from '../search/records';
import { recompress, recompressAll } from './zopfli';

/**
 * Builds one Pagefind bundle per language (`dist/pagefind-{lang}/`), each
 * indexed with its language's stemmer. Any error from Pagefind fails the build.
 *
 * The browser loads one Pagefind runtime, from the bundle of the page's
 * language, and opens every language's bundle with it (src/search/engine.ts).
 * Inside one pagefind.js the first WebAssembly loaded serves every bundle, so
 * a bundle opened from a page in another language must not fetch its own:
 * its entry file names, for each of the other languages, no WebAssembly
 * (`"wasm": "shared"`). Pagefind picks the entry by the page's `lang`, so a
 * page in the bundle's own language gets the real WebAssembly, and so does a
 * page in a language we do not have (the first entry is the real one).
 */
const SHARED_WASM = 'shared';

/**
 * Two changes to Pagefind 1.6's runtime, each checked: the build fails if
 * Pagefind's code no longer reads as expected (a new version).
 */
const PATCHES = [
  {
    // It would fetch `wasm.shared.pagefind` for nothing: the WebAssembly is already in.
    why: 'an entry with shared WebAssembly loads none',
    from: 'if(opts.load_wasm===true){resources.push(this.loadWasm(lang_wasm));}',
    to: `if(opts.load_wasm===true&&lang_wasm!=="${SHARED_WASM}"){resources.push(this.loadWasm(lang_wasm));}`,
  },
  {
    // A search on an index still loading polled for it every 50 ms; each language other than the
    // reader's opens after the reader's results, so that poll came on top of their wait (40–50 ms).
    why: 'an index still loading is polled every 5 ms, not 50',
    from: 'getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
    to: 'getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}',
  },
];
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
  let cacheDir = '';
  return {
    name: 'multilingual-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('node_modules/.cache/zopfli/', config.root));
      },
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

            // Pages in every other language read the same index with the WebAssembly they already have.
            const entry = await readEntry(bundle);
            const own = entry.languages[lang];
            if (!own) fail(`reading pagefind-${lang}/pagefind-entry.json`, [`no "${lang}" index in it`]);
            const wasm = own!.wasm ?? 'unknown';
            entry.languages = {
              [lang]: { ...own!, wasm },
              ...Object.fromEntries(LOCALES.filter((l) => l.code !== lang).map((l) => [l.code, { ...own!, wasm: SHARED_WASM }])),
            };
            await writeFile(join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
            let runtime = await readFile(join(bundle, 'pagefind.js'), 'utf8');
            for (const patch of PATCHES) {
              if (runtime.split(patch.from).length !== 2) fail(`patching pagefind-${lang}/pagefind.js so that ${patch.why}`, [`its code no longer reads "${patch.from}": check the Pagefind version`]);
              runtime = runtime.replace(patch.from, patch.to);
            }
            await writeFile(join(bundle, 'pagefind.js'), runtime);
            for (const name of await readdir(bundle)) {
              if (UNUSED.test(name) || (name.startsWith('wasm.') && name !== `wasm.${wasm}.pagefind`)) await rm(join(bundle, name), { force: true });
            }
            const sizes = await recompress(join(bundle, `wasm.${wasm}.pagefind`), cacheDir);
            // The index chunks, excerpts and filters a search fetches are gzip files too.
            const parts = await recompressAll(bundle, cacheDir);
            logger.info(
              `pagefind-${lang}: ${pages.page_count} pages + ${records.length} records; its WebAssembly (${wasm} stemmer) ${(sizes.before / 1024).toFixed(1)} → ${(sizes.after / 1024).toFixed(1)} KB; index, excerpts and filters ${(parts.before / 1024).toFixed(1)} → ${(parts.after / 1024).toFixed(1)} KB`,
            );
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
