import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { typesetHtml } from '../lib/typeset-html';

/**
 * After the build, before the search index: every page's text gets its
 * language's typography and, in right-to-left text, its Latin runs
 * isolated (src/lib/typeset-html.ts). One pass over the output, so prose,
 * data and UI strings are treated alike, and the index holds what readers see.
 */
export function typography(): AstroIntegration {
  return {
    name: 'typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const out = typesetHtml(html);
          if (out !== html) {
            await writeFile(path, out);
            changed++;
          }
        }
        logger.info(`typography and bidi isolation applied to ${changed} of ${files.length} pages`);
      },
    },
  };
}
