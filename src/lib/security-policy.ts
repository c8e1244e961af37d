/**
 * The Content Security Policy, one place for the page `<meta>` (through
 * Astro's `security.csp`) and the `_headers` file for hosts that read one.
 * The site loads nothing from another origin: no CDN, fonts or analytics.
 */
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
  "manifest-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
] as const;

/** Script sources beside Astro's hashes; see astro.config.mjs. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
