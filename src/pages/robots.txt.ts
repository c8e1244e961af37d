import type { APIRoute } from 'astro';
import { withBase } from '../lib/routes';

/** robots.txt naming the sitemap, at the deploy base (a host serving a sub-path may copy it to its root). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
