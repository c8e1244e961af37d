/**
 * The Content Security Policy, one place for the page `<meta>` (through
 * Astro's `security.csp`) and the `_headers` file for hosts that read one.
 * The site loads nothing from another origin: no CDN, fonts or analytics.
 */
import { createHash } from 'node:crypto';
import { READER_SCRIPT } from '../search/reader-script';

/** The one Trusted Types policy (src/search/ui.ts). manifest-src is left to default-src: WebKit does not know it. */
export const EXCERPT_POLICY = 'search-excerpt';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Search runs Pagefind on the main thread (src/search/engine.ts): no worker of any kind.
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  // Only a Trusted Types policy may write HTML, and only one exists: the search's excerpts
  // (src/search/ui.ts), which lets nothing through but escaped text and <mark>.
  "require-trusted-types-for 'script'",
  `trusted-types ${EXCERPT_POLICY}`,
] as const;

/** Script sources beside Astro's hashes; see astro.config.mjs. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Inline scripts Astro does not hash itself (`is:inline`), allowed by their hash. */
export const SCRIPT_HASHES = [READER_SCRIPT].map((source) => `sha256-${createHash('sha256').update(source).digest('base64')}` as const);
export const STYLE_SOURCES = ["'self'"] as const;

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;

/**
 * A built page with its policy's hash lists narrowed to the page's own
 * inline scripts and styles. Inline means without `src`; JSON-LD is data,
 * which a policy does not govern. A page without a policy is returned as is.
 */
export function ownHashesOnly(html: string): string {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attrs = '', body] of html.matchAll(INLINE)) {
    if (/\ssrc=|type="application\/ld\+json"/i.test(attrs)) continue;
    hashes[tag!.toLowerCase() as 'script' | 'style'].add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const narrowed = policy
      .split(';')
      .map((directive) => {
        const name = directive.trim().split(/\s+/)[0];
        if (name !== 'script-src' && name !== 'style-src') return directive;
        const sources = directive.trim().split(/\s+/).slice(1).filter((s) => !s.startsWith("'sha"));
        return ` ${[name, ...sources, ...hashes[name === 'script-src' ? 'script' : 'style']].join(' ')}`;
      })
      .join(';');
    return `${open}${narrowed}${close}`;
  });
}
