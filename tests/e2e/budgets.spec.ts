import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ROOT, locales, pathOf, routes } from './site';

/**
 * The byte and request budgets of tests/budgets.json, on the built site
 * served gzip as a host would: what a reader's browser fetches to show the
 * explainer, before any interaction. Timings are the bench's business
 * (npm run bench), not a test's.
 */
const budget = (JSON.parse(readFileSync(`${ROOT}/tests/budgets.json`, 'utf8')) as { explainer: { documentKB: number; firstViewKB: number; requests: number; scriptKB: number; renderBlocking: number; cls: number } }).explainer;

const VIEWPORTS = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const locale of locales) {
  for (const viewport of VIEWPORTS) {
    test(`the ${locale.code} explainer's first view keeps its budget (${viewport.name})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport });
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => ((window as unknown as { cls: number }).cls += (e as PerformanceEntry & { value: number }).value)),
        ).observe({ type: 'layout-shift', buffered: true });
      });
      const responses: Promise<{ url: string; type: string; bytes: number; encoding: string }>[] = [];
      page.on('requestfinished', (request) =>
        responses.push(
          Promise.all([request.sizes(), request.response()]).then(([s, r]) => ({
            url: request.url(),
            type: request.resourceType(),
            bytes: s.responseBodySize + s.responseHeadersSize,
            encoding: r?.headers()['content-encoding'] ?? '',
          })),
        ),
      );
      await page.goto(pathOf(locale.code, { kind: 'explainer' }), { waitUntil: 'networkidle' });
      const fetched = await Promise.all(responses);
      const kb = (list: typeof fetched) => list.reduce((sum, r) => sum + r.bytes, 0) / 1024;
      const report = fetched.map((r) => `${(r.bytes / 1024).toFixed(1)} KB ${r.url}`).join('\n');
      // Served compressed as a host would, or the byte figures mean nothing.
      expect(fetched.filter((r) => r.type === 'document').map((r) => r.encoding)).toEqual(['gzip']);
      expect(kb(fetched.filter((r) => r.type === 'document')), report).toBeLessThanOrEqual(budget.documentKB);
      expect(kb(fetched), report).toBeLessThanOrEqual(budget.firstViewKB);
      expect(fetched.length, report).toBeLessThanOrEqual(budget.requests);
      expect(kb(fetched.filter((r) => r.type === 'script')), report).toBeLessThanOrEqual(budget.scriptKB);
      const blocking = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[]).filter((r) => r.renderBlockingStatus === 'blocking').map((r) => r.name),
      );
      // Stricter than "no render-blocking script": the stylesheet is inline, so nothing blocks.
      expect(blocking.length, blocking.join('\n')).toBeLessThanOrEqual(budget.renderBlocking);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(budget.cls);
      await context.close();
    });
  }
}

/**
 * Reflow (WCAG 1.4.10): no page of any kind scrolls sideways on a phone. A
 * wide table scrolls in its own region; the page itself never does.
 */
const PAGES = [...routes, { kind: 'glossary' } as const, { kind: 'search' } as const];
for (const locale of locales) {
  for (const width of [320, 375]) {
    test(`no ${locale.code} page scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const wide: string[] = [];
      for (const route of PAGES) {
        await page.goto(pathOf(locale.code, route));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${pathOf(locale.code, route)} (+${overflow} px)`);
      }
      expect(wide).toEqual([]);
    });
  }
}
