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

    test('the chronology is an ordered list by year with machine-readable dates', async ({ page }) => {
      await page.goto(`${pathOf(locale.code, { kind: 'explainer' })}#chronology`);
      await expect(page.locator('#chronology')).toBeInViewport();
      const dates = await page.locator('ol.timeline > li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(dates).toEqual(events.map((e) => e.date));
      const years = await page.locator('.chronology__year').evaluateAll((sections) =>
        sections.map((s) => [...s.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!.slice(0, 4))),
      );
      for (const group of years) expect(new Set(group).size).toBe(1);
      expect(years.map((g) => g[0])).toEqual([...new Set(events.map((e) => e.date.slice(0, 4)))]);
    });

    test('the map is an accessible SVG with the same data as a table', async ({ page }) => {
      const svg = page.locator('svg.accords-map__svg');
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg.locator('title')).not.toBeEmpty();
      await expect(svg.locator('desc')).not.toBeEmpty();
      await expect(page.locator('.accords-table tbody tr')).toHaveCount(parties.length);
      expect(await svg.locator('text').count()).toBe(parties.length);
    });

    test('the map is drawn without JavaScript', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(pathOf(locale.code, { kind: 'explainer' }));
      // Land, borders and each party's shape, drawn from real geographic data (long paths).
      const paths = await page.locator('svg.accords-map__svg path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')!.length));
      expect(paths.length).toBeGreaterThanOrEqual(2 + parties.length - 1);
      expect(Math.max(...paths)).toBeGreaterThan(2000);
      await expect(page.locator('svg.accords-map__svg')).toBeVisible();
      await context.close();
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
