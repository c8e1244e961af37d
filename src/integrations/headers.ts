import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { apacheSnippet, hostingFiles } from '../lib/hosting';
import { SECURITY_HEADERS, ownHashesOnly } from '../lib/security-policy';

/**
 * Writes `_headers` for hosts that read one (Netlify, Cloudflare Pages):
 * the security headers for every path, and for each page the same
 * Content-Security-Policy its `<meta>` carries (the script and style
 * hashes differ per page), sent as a real header, where it also covers
 * what a meta policy cannot (frame-ancestors).
 *
 * Astro gives every page the hashes of every inline script and style of
 * the whole site (18 of them, 1 KB that does not compress); each page's
 * policy is first narrowed to the hashes of its own inline code.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const lines = [`${base}*`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
        let pages = 0;
        for (const file of await htmlFiles(dist)) {
          const built = await readFile(file, 'utf8');
          const html = ownHashesOnly(built);
          if (html !== built) await writeFile(file, html);
          const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
          if (!csp) continue;
          const rel = relative(dist, file).split(sep).join('/');
          const path = base + rel.replace(/(^|\/)index\.html$/, '$1');
          lines.push(path, `  Content-Security-Policy: ${csp.replace(/\s+/g, ' ').trim()} frame-ancestors 'none';`, '');
          pages++;
        }
        await writeFile(join(dist, '_headers'), lines.join('\n'));
        // GitHub Pages' Jekyll would drop _astro/; Apache reads .htaccess from the site's folder.
        await writeFile(join(dist, '.nojekyll'), '');
        await writeFile(join(dist, '.htaccess'), apacheSnippet(base));
        // The server-level snippets for this BASE, beside the output (not published): hosting/{outDir}/.
        const hosting = join(dirname(dist), 'hosting', basename(dist));
        await mkdir(hosting, { recursive: true });
        for (const [name, text] of Object.entries(hostingFiles(base))) await writeFile(join(hosting, name), text);
        logger.info(`_headers: security headers for ${base}* and a CSP for ${pages} pages; .htaccess, .nojekyll; ${relative(process.cwd(), hosting)}/ for nginx, Apache, Caddy and lighttpd`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}
