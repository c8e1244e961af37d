import { expect, test } from '@playwright/test';
import { locales, pathOf, routes, seeds } from './site';

test.describe('every page in every language', () => {
  for (const locale of locales) {
    for (const route of routes) {
      const path = pathOf(locale.code, route);
      test(`${path} has lang, dir, title and alternates`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        const html = page.locator('html');
        await expect(html).toHaveAttribute('lang', locale.code);
        await expect(html).toHaveAttribute('dir', locale.dir);
        await expect(page).toHaveTitle(/\S/);
        const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
        expect(hreflangs.sort()).toEqual([...locales.map((l) => l.hreflang), 'x-default'].sort());
        expect(await page.locator('h1').count()).toBe(1);
      });
    }
  }
});

test.describe('the language switcher', () => {
  for (const route of routes) {
    test(`round-trips through all languages on ${route.kind}${'id' in route ? ` ${route.id}` : ''}`, async ({ page }) => {
      const [first, ...rest] = locales;
      await page.goto(pathOf(first.code, route));
      // ru → kk → ar → en → ru, each time by clicking the link a reader sees.
      for (const next of [...rest, first]) {
        await page.locator('nav.lang-switch').getByRole('link', { name: next.nativeName, exact: true }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', next.code);
        expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${pathOf(next.code, route).replace(/[/.]/g, '\\$&')}$`));
      }
    });
  }
});

test.describe('sources', () => {
  for (const locale of locales) {
    test(`every source is reachable from the ${locale.code} source list`, async ({ page }) => {
      await page.goto(pathOf(locale.code, { kind: 'sources' }));
      for (const seed of seeds) {
        const link = page.locator(`a[href$="/sources/${seed.id}/"]`).first();
        await expect(link).toBeVisible();
        await link.click();
        await expect(page.locator('[data-source-article]')).toHaveAttribute('lang', seed.lang);
        await expect(page.locator('[data-source-article]')).toHaveAttribute('dir', locales.find((l) => l.code === seed.lang)!.dir);
        await page.goBack();
      }
    });
  }

  test('a source page shows its article text in order and keeps what was set aside', async ({ page }) => {
    for (const seed of seeds) {
      await page.goto(pathOf('en', { kind: 'source', id: seed.id }));
      const shown = await page.locator('[data-source-article] p[data-line]').allTextContents();
      expect(shown).toEqual(seed.paragraphs.map((p) => p.text));
      for (const n of seed.noise) await expect(page.locator('.noise-list')).toContainText(n.text);
      expect(await page.locator('pre[data-verbatim]').textContent()).toBe(seed.verbatim);
    }
  });

  test('what our editors wrote is marked as theirs', async ({ page }) => {
    const seed = seeds.find((s) => s.headlineSource === 'editors' && s.dateSource === 'editors')!;
    await page.goto(pathOf('ru', { kind: 'source', id: seed.id }));
    await expect(page.locator('.source-meta')).toContainText('наш заголовок');
    await expect(page.locator('h1')).toContainText('наш заголовок');
    await expect(page.locator('.source-meta')).toContainText('указана нашей редакцией');
    await expect(page.locator('.source-meta')).toContainText('около 7 ноября 2025 г.');
  });
});

test.describe('right-to-left', () => {
  test('the Arabic header and navigation are mirrored', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const measure = async () => {
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const links = page.locator('nav.site-nav a');
      return {
        name: await box('.site-header__name'),
        langs: await box('nav.lang-switch'),
        firstLink: (await links.first().boundingBox())!,
        lastLink: (await links.last().boundingBox())!,
      };
    };
    const ltr = locales.find((l) => l.dir === 'ltr')!.code;
    await page.goto(pathOf(ltr, { kind: 'explainer' }));
    const en = await measure();
    expect(en.name.x).toBeLessThan(en.langs.x);
    expect(en.firstLink.x).toBeLessThan(en.lastLink.x);
    // Every right-to-left language of the table mirrors it.
    const rtl = locales.filter((l) => l.dir === 'rtl');
    expect(rtl.length).toBeGreaterThan(0);
    for (const { code } of rtl) {
      await page.goto(pathOf(code, { kind: 'explainer' }));
      const ar = await measure();
      expect(ar.name.x, code).toBeGreaterThan(ar.langs.x);
      expect(ar.firstLink.x, code).toBeGreaterThan(ar.lastLink.x);
      // The site name starts at the right edge, as far in as the left-to-right one starts from the left.
      const width = page.viewportSize()!.width;
      expect(Math.abs(width - (ar.name.x + ar.name.width) - en.name.x), code).toBeLessThan(4);
      expect(Math.abs(width - (ar.firstLink.x + ar.firstLink.width) - en.firstLink.x), code).toBeLessThan(4);
    }
  });
});

test.describe('the root and 404', () => {
  test('without JavaScript the root is a chooser with a link per language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    for (const l of locales) {
      const link = page.getByRole('link', { name: new RegExp(l.nativeName) });
      await expect(link).toHaveAttribute('href', new RegExp(`/${l.code}/$`));
      await expect(link).toHaveAttribute('lang', l.code);
    }
    await context.close();
  });

  for (const [languages, expected] of [
    [['kk-KZ', 'ru'], 'kk'],
    [['ar-SA'], 'ar'],
    [['de-DE', 'ru-RU'], 'ru'],
  ] as const) {
    test(`with JavaScript the root sends ${languages.join(',')} to /${expected}/`, async ({ browser }) => {
      const context = await browser.newContext({ locale: languages[0] });
      await context.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), [...languages]);
      const page = await context.newPage();
      await page.goto('./');
      await page.waitForURL(new RegExp(`/${expected}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await context.close();
    });
  }

  test('a missing page gets the 404 in every language, with status 404', async ({ page }) => {
    const response = await page.goto('ru/no-such-page/');
    expect(response?.status()).toBe(404);
    for (const l of locales) await expect(page.locator(`li[lang="${l.code}"]`)).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page reads, and the switcher and navigation work', async ({ page }) => {
    await page.goto(pathOf('ar', { kind: 'explainer' }));
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('p.read-on a').click();
    await expect(page.locator('img.accords-map__img')).toBeVisible();
    await page.locator('nav.site-nav a').last().click();
    await expect(page).toHaveURL(/\/ar\/sources\/$/);
    await page.locator('.source-card a').first().click();
    await expect(page.locator('[data-source-article] p').first()).toBeVisible();
    await page.locator('nav.lang-switch').getByRole('link', { name: 'Қазақша' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.locator('[data-source-article] p').first()).toBeVisible();
    await page.locator('nav.site-nav a').first().click();
    await expect(page.locator('p.read-on a')).toBeVisible();
    await page.locator('nav.site-nav a').nth(1).click();
    await expect(page.locator('ol.timeline li').first()).toBeVisible();
    // Nothing that needs JavaScript is on show: the search options stay hidden.
    await page.goto(pathOf('kk', { kind: 'search' }));
    await expect(page.locator('[data-search-options]')).toBeHidden();
  });
});
