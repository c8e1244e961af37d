import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { missingGlyphs } from '../../src/lib/social-image';

/**
 * The README's promise, kept: a language added as data only. The site is
 * built with tests/fixtures/fifth-locale/ added (scripts/fifth-locale.mjs,
 * npm run build:fifth), and everything here is read from that copy's own
 * table: nothing names the fifth language but the fixture.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const COPY = join(ROOT, '.fifth-locale');
const DIST = join(COPY, 'dist');
const table = JSON.parse(readFileSync(join(COPY, 'src/i18n/locales.json'), 'utf8')) as { locales: { code: string; dir: string; nativeName: string; script: string }[]; scripts: Record<string, { image: { regular: string; bold: string } }> };
const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/fifth-locale/locale.json'), 'utf8')) as { locale: { code: string; dir: string; nativeName: string } };
const NEW = fixture.locale.code;
const others = table.locales.filter((l) => l.code !== NEW);
const glossary = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/fifth-locale/glossary.yaml'), 'utf8')) as Record<string, { names: string[] }>;
const strings = JSON.parse(readFileSync(join(COPY, 'src/i18n/strings/en.json'), 'utf8')) as Record<string, unknown>;
const keys = (tree: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(v as Record<string, unknown>, `${prefix}${k}.`)));

const htmlFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

test('the fixture is a language the real table does not have', () => {
  const real = JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales.json'), 'utf8')) as { locales: { code: string }[] };
  expect(real.locales.map((l) => l.code)).not.toContain(NEW);
  expect(table.locales.map((l) => l.code)).toContain(NEW);
});

test('its pages exist, in its language and direction', async ({ page }) => {
  const pages = htmlFiles(join(DIST, NEW));
  // The same pages as every other language (a source page per seed among them).
  expect(pages.length).toBe(htmlFiles(join(DIST, 'en')).length);
  for (const path of ['', 'background/', 'chronology/', 'whos-who/', 'sources/', 'how-this-is-made/', 'search/']) {
    await page.goto(`${NEW}/${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', NEW);
    await expect(page.locator('html')).toHaveAttribute('dir', fixture.locale.dir);
  }
});

test('no page shows a raw string key', () => {
  // Keys such as site.name or cite.source, as a page would show them if a string were missing.
  const raw = new RegExp(`(?:>|\\s|")(${keys(strings).map((k) => k.replace(/\./g, '\\.')).join('|')})(?:<|\\s|"|$)`);
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    expect(raw.exec(html)?.[1] ?? null, file).toBeNull();
  }
});

test('its share image is drawn in a font that has its letters', () => {
  const png = join(DIST, 'og', `${NEW}.png`);
  expect(statSync(png).size).toBeGreaterThan(10_000);
  const title = (readFileSync(join(COPY, 'src/i18n/strings', `${NEW}.json`), 'utf8').match(/"name":\s*"([^"]+)"/) ?? [])[1]!;
  const script = table.locales.find((l) => l.code === NEW)!.script;
  const font = table.scripts[script]!.image;
  const resolve = (f: string) => join(ROOT, 'node_modules', f);
  expect(missingGlyphs(resolve(font.bold), title)).toEqual([]);
  expect(missingGlyphs(resolve(font.regular), title)).toEqual([]);
  // The check can fail: the Latin font has none of them.
  expect(missingGlyphs(resolve(table.scripts.Latin!.image.regular), title).length).toBeGreaterThan(0);
});

test('the switcher, hreflang, the sitemap and the root chooser include it', async ({ page }) => {
  for (const l of table.locales) {
    await page.goto(`${l.code}/`);
    await expect(page.locator(`nav.lang-switch [lang="${NEW}"]`)).toHaveCount(1);
    await expect(page.locator(`link[rel="alternate"][hreflang="${NEW}"]`)).toHaveCount(1);
  }
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`/${NEW}/</loc>`);
  expect(sitemap).toContain(`hreflang="${NEW}"`);
  await page.goto('');
  await expect(page.locator(`a[href$="${NEW}/"]`).first()).toBeVisible();
  await expect(page.locator(`[lang="${NEW}"]`).first()).toBeVisible();
});

async function searchFrom(page: import('@playwright/test').Page, lang: string, q: string) {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/, { timeout: 20_000 });
  return page.locator('li.result').evaluateAll((items) => items.map((li) => ({ lang: li.getAttribute('lang'), dir: li.getAttribute('dir'), href: li.querySelector('a')!.getAttribute('href')! })));
}

test('search from its page finds its own pages and the other languages’', async ({ page }) => {
  const name = glossary.kazakhstan!.names[0]!;
  const results = await searchFrom(page, NEW, name);
  expect(results[0]?.lang, JSON.stringify(results.slice(0, 3))).toBe(NEW);
  expect(results.some((r) => r.lang === NEW && r.href.includes('/whos-who/'))).toBe(true);
  for (const l of others) expect(results.some((r) => r.lang === l.code), `results in ${l.code}`).toBe(true);
  for (const r of results) expect(r.dir).toBe(table.locales.find((l) => l.code === r.lang)!.dir);
});

test('the other languages’ pages find it', async ({ page }) => {
  for (const l of others) {
    const results = await searchFrom(page, l.code, 'Tokayev');
    expect(results.some((r) => r.lang === NEW), `${l.code}: a result in ${NEW}`).toBe(true);
  }
});

test('axe finds nothing on its pages', async ({ page }) => {
  for (const path of ['', 'whos-who/', 'sources/', 'search/']) {
    await page.goto(`${NEW}/${path}`);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});

test('the copy touched no code file: only data, the fixture’s strings and its content', () => {
  const changed: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(COPY, rel))) {
      const path = join(rel, name);
      if (/^(node_modules|dist|\.astro)$/.test(path)) continue;
      const full = join(COPY, path);
      if (statSync(full).isDirectory()) walk(path);
      else if (!existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== readFileSync(full, 'utf8')) changed.push(path);
    }
  };
  walk('');
  const data = /^(src\/i18n\/locales\.json|src\/i18n\/strings\/[\w-]+\.json|content\/.+\.(ya?ml|mdx|md))$/;
  expect(changed.filter((p) => !data.test(p))).toEqual([]);
  expect(changed.length).toBeGreaterThan(10);
});
