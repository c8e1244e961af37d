import { SECURITY_HEADERS } from './security-policy';

/**
 * What each common static host needs, for the site built under `base`: its
 * own 404 page answered with status 404, text sent as UTF-8, and the
 * security headers a `<meta>` policy cannot give (frame-ancestors, and the
 * headers that are headers only). One place: the build writes these files
 * for its BASE (src/integrations/headers.ts), the README shows them for the
 * root, and a test keeps the two the same; the nginx one is the one the
 * nginx test serves the site with.
 */

/** The headers every response of the site should carry, with the CSP part only a header can give. */
export function hostHeaders(): [string, string][] {
  return [...Object.entries(SECURITY_HEADERS), ['Content-Security-Policy', "frame-ancestors 'none'"]];
}

/** Lines to add inside nginx's `server { … }` whose `root` holds the site at `base`. */
export function nginxSnippet(base: string): string {
  return [
    `# Kazakhstan and the Abraham Accords, served at ${base}: add inside server { … } (in place of a default location ${base}).`,
    '# The site’s 404 page with status 404; UTF-8 for text files; redirects (/en → /en/) without',
    '# this server’s own host and port, which are wrong behind a proxy.',
    `error_page 404 ${base}404.html;`,
    'charset utf-8;',
    'charset_types text/plain text/css application/javascript application/json application/xml image/svg+xml;',
    'absolute_redirect off;',
    `location ${base} {`,
    ...hostHeaders().map(([k, v]) => `    add_header ${k} "${v}" always;`),
    '}',
    '',
  ].join('\n');
}

/** Apache: the same as `.htaccess` in the site's folder (needs AllowOverride FileInfo) or in its vhost. */
export function apacheSnippet(base: string): string {
  return [
    `# Kazakhstan and the Abraham Accords, served at ${base}: dist/.htaccess (AllowOverride FileInfo),`,
    `# or inside <Directory> of the vhost. Headers need mod_headers.`,
    `ErrorDocument 404 ${base}404.html`,
    'AddDefaultCharset utf-8',
    '<IfModule mod_headers.c>',
    ...hostHeaders().map(([k, v]) => `    Header always set ${k} "${v}"`),
    '</IfModule>',
    '',
  ].join('\n');
}

/** Caddy: lines inside the site block, after `root` and `file_server`. */
export function caddySnippet(base: string): string {
  return [
    `# Kazakhstan and the Abraham Accords, served at ${base}: inside the site block, after root and file_server.`,
    `header ${base}* {`,
    ...hostHeaders().map(([k, v]) => `    ${k} "${v}"`),
    '}',
    'handle_errors {',
    `    rewrite * ${base}404.html`,
    '    file_server',
    '}',
    '',
  ].join('\n');
}

/** lighttpd: lines for lighttpd.conf, with `server.document-root` holding the site at `base`. */
export function lighttpdSnippet(base: string): string {
  return [
    `# Kazakhstan and the Abraham Accords, served at ${base}: in lighttpd.conf (mod_setenv loaded).`,
    '# errorfile-prefix, not server.error-handler-404, which answers 200.',
    `server.errorfile-prefix = server.document-root + "${base}"`,
    'mimetype.assign += ( ".txt" => "text/plain; charset=utf-8" )',
    `setenv.add-response-header = ( ${hostHeaders().map(([k, v]) => `"${k}" => "${v.replace(/"/g, '\\"')}"`).join(', ')} )`,
    '',
  ].join('\n');
}

/** The files the build writes for hosts, by name. */
export function hostingFiles(base: string): Record<string, string> {
  return { 'nginx.conf': nginxSnippet(base), 'apache.conf': apacheSnippet(base), Caddyfile: caddySnippet(base), 'lighttpd.conf': lighttpdSnippet(base) };
}
