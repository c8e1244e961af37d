import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hostHeaders } from '../../src/lib/hosting';
import { SUBPATH } from '../../playwright.config';

/**
 * The sub-path build on a real server users deploy to: Debian's nginx,
 * configured with exactly the lines the build wrote for its BASE and the
 * README shows (scripts/nginx-serve.mjs, src/lib/hosting.ts).
 */
const DIST = new URL('../../dist-sub/', import.meta.url).pathname;
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => relative(DIST, join(d.parentPath, d.name)).split(sep).join('/'))
  // Host configuration written beside the pages, not part of the site.
  .filter((f) => !/(^|\/)\./.test(f) && f !== '_headers');

test('every page and asset answers 200', async ({ request }) => {
  expect(files.length).toBeGreaterThan(300);
  const failed: string[] = [];
  for (const f of files) {
    const path = f.replace(/(^|\/)index\.html$/, '$1');
    const response = await request.get(path);
    if (response.status() !== 200) failed.push(`${response.status()} ${path}`);
  }
  expect(failed).toEqual([]);
});

test('a missing address answers 404 with the site’s own page, and the headers are there', async ({ request }) => {
  const missing = await request.get('en/no-such-page/');
  expect(missing.status()).toBe(404);
  const own = readFileSync(join(DIST, '404.html'), 'utf8');
  expect(await missing.text()).toBe(own);
  const page = await request.get('en/');
  for (const [name, value] of hostHeaders()) expect(page.headers()[name.toLowerCase()], name).toBe(value);
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
  const text = await request.get('sources/003_385850e134b41bb0.txt');
  expect(text.headers()['content-type']).toBe('text/plain; charset=utf-8');
  // A folder without its slash is redirected to a relative location: right behind a proxy too.
  const redirect = await request.get('en', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers().location).toBe(`${SUBPATH}en/`);
});

test('search works, with nothing logged', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && logged.push(m.text()));
  await page.goto(`en/search/?q=${encodeURIComponent('Tokayev')}`);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/, { timeout: 20_000 });
  const langs = new Set(await page.locator('li.result').evaluateAll((items) => items.map((li) => li.getAttribute('lang'))));
  expect([...langs].sort()).toEqual(['ar', 'en', 'kk', 'ru']);
  expect(logged).toEqual([]);
});
