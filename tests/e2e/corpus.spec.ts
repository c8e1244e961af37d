import { expect, test } from '@playwright/test';
import { collectSeeds } from '../../src/loaders/seeds/collect';
import { ROOT, pathOf } from './site';

/**
 * On the corpus build (dist-corpus/: the real seeds, the hostile fixtures
 * and a 2 MB seed): every seed's whole article text, in order, is on its
 * page as text; what was set aside is still there; a distinctive phrase of
 * every seed is found by search; hostile text adds no element anywhere.
 */
const { seeds } = await collectSeeds(ROOT, undefined, `${ROOT}/.corpus-seeds`);

test('the corpus has the real seeds, the fixtures and the large seed', () => {
  expect(seeds.length).toBeGreaterThanOrEqual(12);
});

for (const seed of seeds) {
  test(`${seed.id}: text in order, set-aside lines kept, no element added`, async ({ page }) => {
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathOf('en', { kind: 'source', id: seed.id }));
    const article = page.locator('[data-source-article]');
    expect(await article.locator('p[data-line]').allTextContents()).toEqual(seed.paragraphs.map((p) => p.text));
    // Only our own paragraphs: nothing from the seed became an element or attribute.
    const children = await article.evaluate((el) => [...el.querySelectorAll('*')].map((c) => ({ tag: c.tagName, attrs: [...c.attributes].map((a) => a.name) })));
    const ours = new Set(['data-line', 'class', 'hidden', 'data-pagefind-ignore', 'data-pagefind-meta', 'data-pagefind-filter', 'lang']);
    for (const c of children) {
      expect(['P', 'DIV', 'SPAN']).toContain(c.tag);
      for (const a of c.attrs) expect(ours, `${c.tag} ${a}`).toContain(a);
    }
    // A headline our editors wrote is marked as ours after it.
    if (seed.headline) await expect(page.locator('h1')).toHaveText(seed.headlineSource === 'editors' ? `${seed.headline} (our headline)` : seed.headline);
    for (const n of seed.noise) await expect(page.locator('.noise-list')).toContainText(n.text);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
    expect(await page.locator('main iframe, main img, main style, main svg').count()).toBe(0);
    expect(alerts).toEqual([]);
  });
}

for (const seed of seeds) {
  test(`${seed.id}: a distinctive phrase is found by search`, async ({ page }) => {
    // Three consecutive words of the last paragraph, each of four letters or more.
    const words = seed.paragraphs.at(-1)!.text.match(/[\p{L}]{4,}/gu)!;
    const phrase = words.slice(Math.max(0, Math.floor(words.length / 2) - 1), Math.floor(words.length / 2) + 2).join(' ');
    await page.goto(`${pathOf(seed.lang, { kind: 'search' })}?q=${encodeURIComponent(phrase)}`);
    await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/, { timeout: 20_000 });
    const links = await page.locator('a.result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.some((l) => l.includes(`/sources/${seed.id}/`)), `“${phrase}” → ${links.join(' ')}`).toBe(true);
    // Excerpts are text: the only elements inside a result are ours.
    const tags = await page.locator('li.result').evaluateAll((lis) => [...new Set(lis.flatMap((li) => [...li.querySelectorAll('*')].map((e) => e.tagName)))]);
    for (const tag of tags) expect(['A', 'P', 'MARK', 'UL', 'LI']).toContain(tag);
  });
}
