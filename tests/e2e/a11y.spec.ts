import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { locales, pathOf, rel, routes } from './site';

/**
 * axe-core (WCAG 2.2 A and AA rules) on every page, in every locale,
 * light and dark; the search page with results showing; a keyboard-only
 * walk; and the security promises: no CSP violation, no request to
 * another origin.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [
  ...locales.flatMap((l) => [...routes, { kind: 'glossary' } as const, { kind: 'search' } as const].map((r) => pathOf(l.code, r))),
  '',
  'ru/no-such-page/',
];

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`/${path} has no WCAG 2.2 AA violation`, async ({ page }) => {
        await page.goto(rel(path));
        expect(await axe(page)).toEqual([]);
      });
    }
    for (const l of locales) {
      test(`${l.code} search page with results has no violation`, async ({ page }) => {
        await page.goto(`${pathOf(l.code, { kind: 'search' })}?q=${encodeURIComponent('Trump')}`);
        await expect(page.locator('li.result').first()).toBeVisible();
        await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/);
        expect(await axe(page)).toEqual([]);
      });
    }
  });
}

test.describe('security in the browser', () => {
  test('no page breaks the CSP or asks another origin for anything, searching included', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`${page.url()} requested ${r.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of pages) {
      await page.goto(rel(path));
      await page.waitForLoadState('networkidle');
    }
    for (const l of locales) {
      await page.goto(`${pathOf(l.code, { kind: 'search' })}?q=${encodeURIComponent('Токаев')}`);
      await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/, { timeout: 15_000 });
      await expect(page.locator('li.result[lang="ar"]').first()).toBeVisible();
      await page.locator('a.result__title').first().click();
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });
});

// One walk per direction of the locale table: the first language written each way.
const walks = (['ltr', 'rtl'] as const).flatMap((dir) => locales.filter((l) => l.dir === dir).slice(0, 1));
for (const { code: lang } of walks) {
  test(`a keyboard-only walk through the ${lang} site (${locales.find((l) => l.code === lang)!.dir})`, async ({ page }) => {
    await page.goto(pathOf(lang, { kind: 'explainer' }));
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, text: el.textContent?.trim() ?? '', href: el.getAttribute('href') ?? '', id: el.id };
    });
    // Skip link first, and it moves focus to the main content.
    await page.keyboard.press('Tab');
    expect((await focused()).href).toBe('#main');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // Back to the header: tab to the language switch and change language.
    await page.goto(pathOf(lang, { kind: 'explainer' }));
    const other = locales.find((l) => l.code !== lang)!.nativeName;
    for (let i = 0; i < 20 && (await focused()).text !== other; i++) await page.keyboard.press('Tab');
    expect((await focused()).text).toBe(other);
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).not.toHaveAttribute('lang', lang);
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // The chronology from the table of contents.
    await page.locator('nav.toc a[href="#chronology"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#chronology$/);
    await expect(page.locator('#chronology')).toBeInViewport();
    // A citation: Tab reaches it, Enter lands on its entry in the source list, and Back returns.
    await page.goto(pathOf(lang, { kind: 'explainer' }));
    await page.locator('sup.cite a').first().focus();
    const target = (await focused()).href;
    await page.keyboard.press('Enter');
    await expect(page.locator(target.replace(/\./g, '\\.'))).toBeInViewport();
    await page.locator(`${target.replace(/\./g, '\\.')} a`).first().focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(new RegExp(`${target}$`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    // Search: "/" focuses the box; typing and Enter opens the results.
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-q')).toBeFocused();
    await page.keyboard.type('Sudan');
    await page.keyboard.press('Enter');
    await expect(page.locator('li.result').first()).toBeVisible();
  });
}

test('every change of language inside a page is marked', async ({ page }) => {
  for (const l of locales) for (const route of [...routes, { kind: 'glossary' } as const]) {
    await page.goto(pathOf(l.code, route));
    const scriptOf = Object.fromEntries(locales.map((x) => [x.code, x.script]));
    const unmarked = await page.evaluate(([lang, scriptOf]) => {
      const scripts = Object.fromEntries(Object.entries(scriptOf).map(([code, s]) => [code, new RegExp(`\\p{Script=${s}}`, 'u')]));
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const owner = n.parentElement!.closest('[lang]')?.getAttribute('lang') ?? lang;
        // Words of a script the element's language does not use, ignoring Latin names and numbers.
        const foreign = (text.match(/\p{L}{3,}/gu) ?? []).filter((w) => !scripts[owner]!.test(w) && !/^\p{Script=Latin}+$/u.test(w));
        if (foreign.length) bad.push(`${owner}: ${foreign.slice(0, 3).join(' ')}`);
      }
      return bad;
    }, [l.code, scriptOf] as const);
    expect(unmarked, pathOf(l.code, route)).toEqual([]);
  }
});
