import { DOMParser } from 'linkedom';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { ROOT, locales, pathOf } from './site';

const events = parseYaml(readFileSync(`${ROOT}/content/chronology.yaml`, 'utf8')) as { id: string; date: string }[];
const parties = parseYaml(readFileSync(`${ROOT}/content/accords-map.yaml`, 'utf8')) as { glossary: string }[];

for (const locale of locales) {
  test.describe(`the ${locale.code} explainer`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(pathOf(locale.code, { kind: 'explainer' }));
    });

    test('every citation number leads to an entry of the source list, and each entry to its source', async ({ page }) => {
      const targets = await page.locator('sup.cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(targets.length).toBeGreaterThan(20);
      for (const target of new Set(targets)) {
        expect(target).toMatch(/^#ref-/);
        await expect(page.locator(target.replace(/([.])/g, '\\$1'))).toHaveCount(1);
      }
      const entries = page.locator('ol.refs > li');
      const numbers = await page.locator('sup.cite a').allTextContents();
      expect(await entries.count()).toBe(Math.max(...numbers.map(Number)));
      for (const href of await entries.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(href).toMatch(/^(https?:\/\/|\/.*\/sources\/[^/]+\/$)/);
      }
    });

    test('the explainer’s background section leads to the whole background, with its own numbered sources', async ({ page }) => {
      // The paragraph's text, without its citation numbers (each page numbers its own sources).
      const text = (p: import('@playwright/test').Locator) => p.evaluate((el) => [...el.childNodes].filter((n) => !(n instanceof HTMLElement && n.matches('sup.cite'))).map((n) => n.textContent).join('').trim());
      const opening = await text(page.locator('#background + p'));
      await page.locator('#background ~ p.read-on a').first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale.code}/background/$`));
      // The page opens with the paragraph the explainer keeps.
      expect(await text(page.locator('div.prose > p').first())).toBe(opening);
      const numbers = (await page.locator('sup.cite a').allTextContents()).map(Number);
      expect(new Set(numbers)).toEqual(new Set(Array.from({ length: Math.max(...numbers) }, (_, i) => i + 1)));
      await expect(page.locator('ol.refs > li')).toHaveCount(Math.max(...numbers));
      for (const target of new Set(await page.locator('sup.cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))) {
        await expect(page.locator(target.replace(/([.])/g, '\\$1'))).toHaveCount(1);
      }
    });

    test('the explainer leads to the chronology, an ordered list by year with machine-readable dates', async ({ page }) => {
      await page.goto(`${pathOf(locale.code, { kind: 'explainer' })}#chronology`);
      await expect(page.locator('#chronology')).toBeInViewport();
      await expect(page.locator('#chronology + p')).toContainText(String(events.length));
      await page.locator('#chronology ~ p a').first().click();
      await expect(page.locator('h1')).toBeVisible();
      const dates = await page.locator('ol.timeline > li .timeline__date time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(dates).toEqual(events.map((e) => e.date));
      const years = await page.locator('.chronology__year').evaluateAll((sections) =>
        sections.map((s) => [...s.querySelectorAll('.timeline__date time')].map((t) => t.getAttribute('datetime')!.slice(0, 4))),
      );
      for (const group of years) expect(new Set(group).size).toBe(1);
      expect(years.map((g) => g[0])).toEqual([...new Set(events.map((e) => e.date.slice(0, 4)))]);
    });

  });
}

test('a source page lists where the explainer cites it, and the links land on those sections', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(pathOf(locale.code, { kind: 'source', id: '000_d6bbdde2d208ad8b' }));
    const links = page.locator('section[aria-labelledby="cited-title"] a');
    expect(await links.count()).toBeGreaterThan(1);
    const first = await links.first().getAttribute('href');
    await links.first().click();
    const id = first!.split('#')[1]!;
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
  }
});

for (const locale of locales) {
  test.describe(`the ${locale.code} background page`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(pathOf(locale.code, { kind: 'background' }));
    });

    test('the map is an image with a text alternative, the same data as a table, in the page’s language', async ({ page, request }) => {
      const img = page.locator('img.accords-map__img');
      expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(40);
      await expect(page.locator('.accords-table tbody tr')).toHaveCount(parties.length);
      const names = await page.locator('.accords-table tbody th').allTextContents();
      const svg = await (await request.get(new URL((await img.getAttribute('src'))!, page.url()).href)).text();
      // Parsed here, not in the page: the page's policy lets no script write markup (Trusted Types).
      const d = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
      const doc = { lang: d.documentElement.getAttribute('lang'), title: d.querySelector('title')?.textContent, texts: [...d.querySelectorAll('text')].map((t) => t.textContent!) };
      expect(doc.lang).toBe(locale.code);
      expect(doc.title).toBeTruthy();
      // Each label is a table row's country with its year.
      expect(doc.texts.map((t) => t.replace(/ \S+$/, ''))).toEqual(names);
    });

    test('the map is a lazy image of fixed size: it is fetched near the view and shifts nothing when it arrives', async ({ page, baseURL }) => {
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => ((window as unknown as { cls: number }).cls += (e as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(new URL(pathOf(locale.code, { kind: 'background' }), baseURL).href, { waitUntil: 'networkidle' });
      const img = page.locator('img.accords-map__img');
      await expect(img).toHaveAttribute('loading', 'lazy');
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    });

    test('the map is drawn without JavaScript', async ({ browser, baseURL }) => {
      // Without scripting, browsers load lazy images at once (the HTML standard's rule against tracking).
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(pathOf(locale.code, { kind: 'background' }));
      const img = page.locator('img.accords-map__img');
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      // Land, borders and each party's shape, drawn from real geographic data (long paths).
      const svg = await (await page.request.get(await img.evaluate((i: HTMLImageElement) => i.currentSrc))).text();
      const paths = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!.length);
      expect(paths.length).toBeGreaterThanOrEqual(2 + parties.length - 1);
      expect(Math.max(...paths)).toBeGreaterThan(2000);
      await context.close();
    });
  });
}

// The map's colours live in its SVG (src/lib/accords-map.ts), the legend's in
// the stylesheet: what the reader compares is the legend against the map.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the legend's colours are the map's (${colorScheme})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, colorScheme });
    const page = await context.newPage();
    await page.goto(pathOf('en', { kind: 'background' }));
    const statuses = await page.locator('.accords-map__legend .swatch').evaluateAll((swatches) =>
      swatches.map((s) => [[...s.classList].find((c) => c.startsWith('swatch--'))!.slice('swatch--'.length), getComputedStyle(s).backgroundColor]),
    );
    expect(statuses).toHaveLength(4);
    await page.goto(new URL((await page.locator('img.accords-map__img').getAttribute('src'))!, page.url()).href);
    for (const [status, colour] of statuses) {
      // Each status is drawn at least once, as a country or as a dot.
      const fills = await page.locator(`svg .${status}`).evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
      expect(fills.length, status).toBeGreaterThan(0);
      for (const fill of fills) expect(fill, status).toBe(colour);
    }
    await context.close();
  });
}
