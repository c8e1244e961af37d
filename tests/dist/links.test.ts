import { LOCALE_CODES } from '../../src/i18n/locales';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketKey, type Bucket } from '../../src/search/buckets';
import { BUILDS, files, parse, urlPathOf } from './builds';

/**
 * Every internal href, src, srcset and form action of every page resolves
 * to a file of the build, and every #fragment to an element id on its
 * target page; under a sub-path nothing escapes the base.
 */
describe.each(BUILDS)('links in the $name build', ({ dir, base }) => {
  const pages = files(dir, '.html');
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...parse(file).querySelectorAll('[id]')].map((el) => el.id));
      ids.set(file, set);
    }
    return set;
  };
  const fileFor = (path: string): string | null => {
    if (!path.startsWith(base)) return null;
    const rel = decodeURIComponent(path.slice(base.length));
    const direct = join(dir, rel);
    if (existsSync(direct) && statSync(direct).isFile()) return direct;
    const index = join(direct, 'index.html');
    return existsSync(index) ? index : null;
  };

  it('has pages to check', () => expect(pages.length).toBeGreaterThan(30));

  it('resolves every internal link, asset and fragment', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const doc = parse(page);
      const here = new URL(urlPathOf(dir, base, page), 'http://site.test');
      const refs: string[] = [];
      for (const el of doc.querySelectorAll('[href]')) refs.push(el.getAttribute('href')!);
      for (const el of doc.querySelectorAll('[src]')) refs.push(el.getAttribute('src')!);
      for (const el of doc.querySelectorAll('form[action]')) refs.push(el.getAttribute('action')!);
      for (const el of doc.querySelectorAll('[srcset]')) refs.push(...el.getAttribute('srcset')!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
      for (const ref of refs) {
        const url = new URL(ref, here);
        if (url.origin !== here.origin) continue;
        checked++;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${urlPathOf(dir, base, page)} → ${ref}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${urlPathOf(dir, base, page)} → ${ref} (no id “${fragment}”)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    console.log(`${checked} internal links and assets checked in ${pages.length} pages`);
  });

  it('keeps every site-absolute link inside the base', () => {
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) expect(m[1]!.startsWith(base), `${page}: ${m[1]}`).toBe(true);
    }
  });

  it('links stylesheets, scripts and the search bundles under the base', () => {
    for (const lang of LOCALE_CODES) {
      expect(existsSync(join(dir, `pagefind-${lang}`, 'pagefind.js'))).toBe(true);
    }
    // The letter files the search page names exist (src/search/buckets.ts).
    const config = JSON.parse(parse(join(dir, 'en', 'search', 'index.html')).querySelector('[data-search-app]')!.getAttribute('data-config')!) as { letters: string[] };
    expect(config.letters.length).toBeGreaterThan(20);
    for (const key of config.letters) expect(existsSync(join(dir, 'search-data', `${key}.json`)), key).toBe(true);
    // An Arabic word with the article is filed with its stem, which the search gives Pagefind (one index chunk).
    const accords = JSON.parse(readFileSync(join(dir, 'search-data', `${bucketKey('الاتفاقات')}.json`), 'utf8')) as Bucket;
    expect(accords.stems?.ar?.['الاتفاقات']).toBe('اتفاق');
  });
});
