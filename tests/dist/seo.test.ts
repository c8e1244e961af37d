import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { BUILDS, files, parse, urlPathOf } from './builds';

const SITE = 'https://kz-abraham-accords.example.org';

describe.each(BUILDS)('found and shared: the $name build', ({ dir, base }) => {
  const pages = files(dir, '.html').filter((f) => !f.endsWith('404.html'));
  const localized = pages.filter((f) => LOCALES.some((l) => urlPathOf(dir, base, f).startsWith(`${base}${l.code}/`)));
  const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  const sitemapDoc = new DOMParser().parseFromString(sitemap, 'text/xml') as unknown as Document;
  const entries = new Map(
    [...sitemapDoc.querySelectorAll('url')].map((u) => [
      u.querySelector('loc')!.textContent!,
      [...u.getElementsByTagName('xhtml:link')].map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`).sort(),
    ]),
  );

  it('gives every page a canonical URL on the site, under the base', () => {
    for (const page of localized) {
      const canonical = parse(page).querySelector('link[rel="canonical"]')!.getAttribute('href');
      expect(canonical).toBe(`${SITE}${urlPathOf(dir, base, page)}`);
    }
  });

  it('lists every content page in the sitemap with the same hreflang links as the page', () => {
    const listed = localized.filter((p) => !/\/search\/$/.test(urlPathOf(dir, base, p)));
    expect(entries.size).toBe(listed.length);
    for (const page of listed) {
      const doc = parse(page);
      const loc = `${SITE}${urlPathOf(dir, base, page)}`;
      const inPage = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`).sort();
      expect(entries.get(loc), loc).toEqual(inPage);
    }
    expect(sitemap).not.toContain(`<loc>${SITE}${base}</loc>`);
    expect(sitemap).not.toMatch(/\/search\/<\/loc>|404/);
  });

  it('has a robots.txt that names the sitemap', () => {
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml`);
    expect(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).toContain(`${SITE}${base}sitemap-0.xml`);
  });

  it('gives every page Open Graph and Twitter tags with its locale’s image', () => {
    for (const page of localized) {
      const doc = parse(page);
      const lang = doc.documentElement.getAttribute('lang')!;
      const meta = (p: string) => doc.querySelector(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute('content');
      expect(meta('og:title'), page).toBeTruthy();
      expect(meta('og:description')).toBeTruthy();
      expect(meta('og:locale')).toBe(LOCALES.find((l) => l.code === lang)!.ogLocale);
      expect(meta('og:image')).toBe(`${SITE}${base}og/${lang}.png`);
      expect(meta('twitter:card')).toBe('summary_large_image');
      expect(existsSync(join(dir, 'og', `${lang}.png`))).toBe(true);
    }
  });

  it('links each page to the feed of its language, and the feeds list every source', () => {
    for (const page of localized) {
      const doc = parse(page);
      const lang = doc.documentElement.getAttribute('lang')!;
      expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')).toBe(`${base}${lang}/feed.xml`);
    }
    for (const { code } of LOCALES) {
      const feed = readFileSync(join(dir, code, 'feed.xml'), 'utf8');
      expect(feed).toContain(`<language>${code}</language>`);
      const seeds = files(join(dir, code, 'sources'), '.html').length - 1;
      expect((feed.match(/<item>/g) ?? []).length).toBe(seeds + 1);
      for (const m of feed.matchAll(/<link>([^<]+)<\/link>/g)) expect(m[1]!.startsWith(`${SITE}${base}`)).toBe(true);
    }
  });

  it('describes the explainer and its chronology in JSON-LD that matches the page', () => {
    for (const { code } of LOCALES) {
      const doc = parse(join(dir, code, 'index.html'));
      const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
      const article = blocks.find((b) => b['@type'] === 'NewsArticle');
      const chronology = parse(join(dir, code, 'chronology', 'index.html'));
      const list = [...chronology.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)).find((b) => b['@type'] === 'ItemList');
      // The page's text carries the build's non-breaking spaces; the data, plain ones.
      const words = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ').replace(/’/g, "'");
      expect(words(article.headline)).toBe(words(doc.querySelector('h1')!.textContent));
      expect(article.inLanguage).toBe(code);
      expect(article.dateModified).toBe(doc.querySelector('header time')!.getAttribute('datetime'));
      expect(article.citation).toHaveLength(doc.querySelectorAll('ol.refs > li').length);
      const visible = [...chronology.querySelectorAll('ol.timeline > li')].map((li) => [li.querySelector('time')!.getAttribute('datetime'), words(li.querySelector('.timeline__title')!.textContent)]);
      expect(list.itemListElement.map((i: { item: { startDate: string; name: string } }) => [i.item.startDate, words(i.item.name)])).toEqual(visible);
    }
  });
});

describe.each(BUILDS)('security: the $name build', ({ dir, base }) => {
  const pages = files(dir, '.html');
  const policyOf = (page: string) => parse(page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

  it('gives every page a strict Content Security Policy', () => {
    for (const page of pages) {
      const csp = policyOf(page);
      const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
      expect(directive('script-src'), page).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*$/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/unsafe-eval'(?<!wasm-unsafe-eval')/);
      expect(directive('object-src')).toBe("object-src 'none'");
      expect(directive('base-uri')).toBe("base-uri 'self'");
      expect(directive('default-src')).toBe("default-src 'self'");
      expect(csp).not.toMatch(/https?:/);
    }
  });

  it('allows exactly the page’s own inline stylesheets and scripts, by their hashes, and nothing inline besides', () => {
    for (const page of pages) {
      const doc = parse(page);
      const csp = policyOf(page);
      const inline = [...doc.querySelectorAll('style'), ...doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])')];
      const own = inline.map((el) => `'sha256-${createHash('sha256').update(el.textContent ?? '').digest('base64')}'`);
      for (const [i, el] of inline.entries()) {
        expect(csp, `${page}: inline <${el.tagName.toLowerCase()}> without its hash in the CSP`).toContain(own[i]);
      }
      // No hash of code the page does not carry: Astro's lists hold every page's.
      expect(new Set(csp.match(/'sha256-[^']+'/g) ?? []), page).toEqual(new Set(own));
      expect(doc.querySelectorAll('[style]').length, `${page}: style attributes`).toBe(0);
    }
  });

  it('writes _headers with the same policy for each page and the other security headers', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    for (const name of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(name);
    const blocks = new Map(headers.split('\n\n').map((b) => b.trim().split('\n')).map(([path, ...lines]) => [path!, lines.join('\n')]));
    for (const page of pages) {
      const block = blocks.get(urlPathOf(dir, base, page));
      expect(block, page).toContain(`Content-Security-Policy: ${policyOf(page).replace(/\s+/g, ' ').trim()}`);
    }
  });

  it('turns no seed text into markup: no inline event handlers or javascript: URLs anywhere', () => {
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/(href|src)="\s*javascript:/i);
    }
  });
});
