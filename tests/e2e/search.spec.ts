import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { LOCALES, localeInfo } from '../../src/i18n/locales';
import { expect, test, type Page } from '@playwright/test';
import { FIRST_BATCH } from '../../src/search/batch';
import { pathOf } from './site';

/**
 * Search as a reader uses it, on the built site: every query of the table
 * typed on a page of one language, with the languages and pages it must
 * (and must not) bring back. Runs at the root and under a sub-path.
 */

interface Result {
  lang: string;
  dir: string;
  href: string;
  kind: string;
  marks: string[];
}

async function search(page: Page, lang: string, q: string): Promise<{ results: Result[]; status: string }> {
  await page.goto(`${pathOf(lang, { kind: 'search' })}?q=${encodeURIComponent(q)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText(/^$|…$/, { timeout: 15_000 });
  const results = await page.locator('li.result').evaluateAll((items) =>
    items.map((li) => ({
      lang: li.getAttribute('lang')!,
      dir: li.getAttribute('dir')!,
      href: new URL(li.querySelector('a.result__title')!.getAttribute('href')!, location.href).pathname,
      kind: li.querySelector('.result__meta')!.textContent!,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
    })),
  );
  return { results, status: (await status.textContent())! };
}

const SOURCE = { ru000: '000_d6bbdde2d208ad8b', kk001: '001_bf62e9e2aa893e81', ru002: '002_7c88af22980b62d8', ar003: '003_385850e134b41bb0', en004: '004_00dd62ac403b8782' };

interface Case {
  on: string;
  q: string;
  /** Languages that must be among the results. */
  langs: string[];
  /** Path fragments (after the base) that must be among the result links. */
  pages?: string[];
  /** Languages that must not appear. */
  notLangs?: string[];
  why: string;
}

const CASES: Case[] = [
  { on: 'en', q: 'الاتفاقات', langs: ['ar'], pages: [`en/sources/${SOURCE.ar003}/`, 'ar/'], why: 'Arabic with the article, on the English page, through the Arabic stemmer' },
  { on: 'kk', q: 'Казахстана', langs: ['ru'], pages: [`kk/sources/${SOURCE.ru000}/`, 'ru/'], why: 'Russian inflected form on the Kazakh page, Russian stemmer' },
  { on: 'en', q: 'Tokayev', langs: ['en', 'ru', 'kk', 'ar'], why: 'a name finds its forms in every script' },
  { on: 'en', q: 'Токаев', langs: ['en', 'ru', 'kk', 'ar'], why: 'Russian spelling on the English page' },
  { on: 'ru', q: 'Тоқаев', langs: ['ru', 'kk', 'en', 'ar'], why: 'Kazakh spelling on the Russian page' },
  { on: 'ru', q: 'توكاييف', langs: ['ar', 'ru', 'kk', 'en'], why: 'Arabic spelling on the Russian page' },
  { on: 'en', q: 'Tokaev', langs: ['en', 'ru'], why: 'a Latin transliteration' },
  { on: 'kk', q: 'казакстан', langs: ['kk'], pages: ['kk/'], why: 'Kazakh typed without Kazakh letters' },
  { on: 'en', q: 'Qazaqstan', langs: ['kk', 'en', 'ru', 'ar'], why: 'Latin Kazakh transliteration' },
  { on: 'en', q: 'Abraham Accords', langs: ['en', 'ru', 'kk', 'ar'], why: 'the accords in every language' },
  { on: 'ar', q: 'Авраамские соглашения', langs: ['ru', 'en', 'kk', 'ar'], why: 'the Russian name on the Arabic page' },
  { on: 'en', q: 'Ибраһим келісімі', langs: ['kk', 'ru', 'en', 'ar'], why: 'the Kazakh name' },
  { on: 'ru', q: 'Авраам келісімі', langs: ['kk', 'ru'], why: 'the other Kazakh name' },
  { on: 'kk', q: 'اتفاقات أبراهام', langs: ['ar', 'en', 'ru', 'kk'], why: 'the Arabic variant name' },
  { on: 'ar', q: 'الاتفاقات الابراهيمية', langs: ['ar'], pages: ['ar/'], why: 'Arabic without hamza' },
  { on: 'ar', q: 'الاتفاقات الإبراهيميه', langs: ['ar'], pages: ['ar/'], why: 'Arabic with ه for ة' },
  { on: 'ar', q: 'الاولي', langs: ['ar'], why: 'Arabic with ي for ى and no hamza' },
  { on: 'ru', q: 'Объединенные Арабские Эмираты', langs: ['ru', 'en', 'kk', 'ar'], why: 'е typed for ё' },
  { on: 'en', q: 'UAE', langs: ['en', 'ru', 'kk', 'ar'], why: 'an abbreviation, expanded to ОАЭ, БАӘ, الإمارات' },
  { on: 'en', q: 'Morocco', langs: ['en', 'ru', 'kk', 'ar'], why: 'a country' },
  { on: 'ar', q: 'البحرين', langs: ['ar', 'en', 'ru', 'kk'], why: 'a country, from Arabic' },
  { on: 'en', q: 'Saudi Arabia', langs: ['en', 'ru', 'kk', 'ar'], why: 'a two-word country name' },
  { on: 'kk', q: 'Нетаньяху', langs: ['kk', 'ru', 'en', 'ar'], why: 'a person, Cyrillic' },
  { on: 'en', q: 'Kazinform', langs: ['en', 'kk', 'ru'], pages: [`en/sources/${SOURCE.kk001}/`], why: 'an outlet finds its own report' },
  { on: 'en', q: 'Lada.kz', langs: ['ru'], pages: [`en/sources/${SOURCE.ru000}/`], why: 'an outlet with a dot' },
  { on: 'en', q: 'Kazpravda', langs: ['ru'], why: 'an outlet, Latin' },
  { on: 'ru', q: 'Ашхабад', langs: ['ru'], pages: [`ru/sources/${SOURCE.ru002}/`], why: 'Ashgabat speech, Russian' },
  { on: 'en', q: 'Ashgabat', langs: ['en', 'ru'], why: 'Ashgabat from English' },
  { on: 'en', q: 'critical minerals', langs: ['en'], why: 'a plain English phrase' },
  { on: 'en', q: 'Truth Social', langs: ['en'], why: 'a Latin name that also stands inside Russian text' },
  { on: 'ar', q: 'نتنياهو', langs: ['ar', 'en', 'ru', 'kk'], why: 'a person, from Arabic' },
  { on: 'en', q: 'Kosherbayev', langs: ['en', 'ru', 'kk'], why: 'a rarer name' },
  { on: 'en', q: 'Sudan', langs: ['en', 'ru', 'kk', 'ar'], why: 'the disputed case' },
  { on: 'ru', q: 'нормализации', langs: ['ru'], why: 'a Russian inflected common word' },
  { on: 'en', q: 'two states', langs: ['en'], why: 'an English phrase' },
  { on: 'en', q: 'religious tolerance', langs: ['en'], pages: [`en/sources/${SOURCE.kk001}/`], why: 'the Kazakh source, found through its English summary' },
  { on: 'ar', q: 'كازينفورم', langs: ['ar'], pages: [`ar/sources/${SOURCE.kk001}/`], why: 'the Kazakh source, found through its Arabic summary' },
];

test.describe('search across languages', () => {
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  });
  test.afterEach(() => expect(errors).toEqual([]));

  for (const c of CASES) {
    test(`${c.on}: “${c.q}” — ${c.why}`, async ({ page }) => {
      const { results } = await search(page, c.on, c.q);
      const langs = new Set(results.map((r) => r.lang));
      for (const lang of c.langs) expect([...langs], `results in ${lang}`).toContain(lang);
      for (const lang of c.notLangs ?? []) expect([...langs]).not.toContain(lang);
      const paths = results.map((r) => r.href);
      for (const p of c.pages ?? []) expect(paths.some((h) => h.endsWith(`/${p}`)), `a result leads to /${p} (got ${paths.join(' ')})`).toBe(true);
      for (const r of results) expect(r.dir).toBe(localeInfo(r.lang).dir);
      // The reader's own language comes first.
      if (langs.has(c.on)) expect(results[0]!.lang).toBe(c.on);
    });
  }

  test('no junk: a Russian query does not match one-letter words', async ({ page }) => {
    for (const [on, q] of [['ru', 'Абрахам'], ['en', 'келісім']] as const) {
      const { results } = await search(page, on, q);
      for (const r of results) for (const m of r.marks) expect(m.replace(/\P{L}/gu, '').length, `${q} marked “${m}”`).toBeGreaterThan(2);
    }
  });

  test('a word typed without its letters finds what is written with them, and nothing else', async ({ page }) => {
    // «казакстан» once put first a source whose Russian title starts like it (Казахстана), with nothing marked.
    // It is the name Қазақстан typed plainly, so every Kazakh result marks one of that name's forms (ҚР too).
    const { results } = await search(page, 'kk', 'казакстан');
    const own = results.filter((r) => r.lang === 'kk');
    expect(own.length).toBeGreaterThan(3);
    for (const r of own) expect(r.marks.some((m) => /^(қазақстан|қр$)/u.test(m.toLowerCase().replace(/[^\p{L}]/gu, ''))), `${r.href}: ${r.marks.join(', ')}`).toBe(true);
  });

  test('a Kazakh word in a form no text uses finds every text the bare word finds', async ({ page }) => {
    // «форумына» (dative after a possessive) and «Ашғабаттан» (ablative) are in no text. Pagefind does
    // not stem Kazakh and falls back only to the longest indexed prefix (one text for «форумына»).
    for (const [on, q, stem] of [['kk', 'форумына', 'форум'], ['en', 'Ашғабаттан', 'Ашғабат']] as const) {
      const kkHrefs = async (query: string) => new Set((await search(page, on, query)).results.filter((r) => r.lang === 'kk').map((r) => r.href));
      const bare = await kkHrefs(stem);
      const inflected = await kkHrefs(q);
      expect(bare.size, stem).toBeGreaterThan(1);
      expect([...bare].filter((h) => !inflected.has(h)), `${on}: ${q} misses what ${stem} finds`).toEqual([]);
    }
  });

  test('a misspelt name finds the name, with a “did you mean” line that searches it as written', async ({ page }) => {
    const { results } = await search(page, 'en', 'Netanyahou');
    expect(results.length).toBeGreaterThan(0);
    // The name’s own entry leads.
    expect(results[0]!.href).toMatch(/\/en\/whos-who\/$/);
    const line = page.locator('[data-search-suggestion]');
    await expect(line).toBeVisible();
    await expect(line).toHaveText(/^Did you mean Benjamin Netanyahu\?$/);
    await line.locator('a').click();
    await expect(page).toHaveURL(/[?&]q=Benjamin\+Netanyahu/);
    await expect(page.locator('[data-search-suggestion]')).toBeHidden();
  });

  test('each destination shows once, and the count counts results, not hits', async ({ page }) => {
    for (const [on, q] of [['ru', 'Токаев'], ['en', 'Abraham Accords'], ['ar', 'كازاخستان']] as const) {
      const { results, status } = await search(page, on, q);
      const destinations = await page.locator('a.result__title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
      expect(new Set(destinations).size, `${on} «${q}»: ${destinations.join(' ')}`).toBe(destinations.length);
      expect(status).toContain(String(results.length));
    }
  });

  test('a long page’s result leads to its best section, and lists its sections best first', async ({ page }) => {
    await search(page, 'en', 'why did kazakhstan join the abraham accords');
    const explainer = page.locator('li.result', { has: page.locator('a.result__title[href*="/en/?"]') }).first();
    const title = new URL((await explainer.locator('a.result__title').getAttribute('href'))!, 'http://x');
    expect(title.hash).toBe('#why-it-matters');
    const subs = await explainer.locator('.result__subs a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(subs[0]).toBe('#why-it-matters');
  });

  test('nothing found says so, in the page’s language', async ({ page }) => {
    const { results, status } = await search(page, 'ru', 'zzqxjvw');
    expect(results).toEqual([]);
    // The query stands in the page's quotation marks, isolated from the text around it (FSI…PDI).
    expect(status).toBe('По запросу «\u2068zzqxjvw\u2069» ничего не найдено.');
  });

  test('a query in another direction keeps its own order in an Arabic message', async ({ page }) => {
    const { results, status } = await search(page, 'ar', 'zzqxjvw?');
    expect(results).toEqual([]);
    expect(status).toBe('لا نتائج لعبارة «\u2068zzqxjvw?\u2069».');
  });

  test('the count is announced with the right plural', async ({ page }) => {
    const { results, status } = await search(page, 'ru', 'Трамп');
    const n = results.length;
    const form = new Intl.PluralRules('ru').select(n);
    const word = { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' }[form as 'one'];
    expect(status).toBe(`${n} ${word}`);
    await expect(page.locator('[data-search-status]')).toHaveAttribute('aria-live', 'polite');
  });

  test('“only this language” keeps the reader’s language; kind filters narrow results', async ({ page }) => {
    await search(page, 'en', 'Trump');
    await page.getByLabel('Only in English').check();
    await expect(page.locator('li.result').first()).toBeVisible();
    expect(new Set(await page.locator('li.result').evaluateAll((l) => l.map((x) => x.getAttribute('lang'))))).toEqual(new Set(['en']));
    await page.getByLabel('Only in English').uncheck();
    for (const kind of ['Explainer section', 'Chronology entry', 'Who’s who']) await page.getByLabel(kind, { exact: true }).uncheck();
    await expect(page.locator('[data-search-status]')).toHaveText(/result/);
    const metas = await page.locator('li.result .result__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toContain('News source');
  });

  test('a result leads to the page with the searched words highlighted', async ({ page }) => {
    await search(page, 'en', 'Ashgabat');
    const link = page.locator('li.result a.result__title').first();
    await link.click();
    await expect(page).toHaveURL(/highlight=Ashgabat/);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(0);
  });

  test('the keyboard: / focuses, arrows move, Enter opens, Esc clears; back returns to the query', async ({ page }) => {
    await page.goto(pathOf('ar', { kind: 'explainer' }));
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-q')).toBeFocused();
    await page.keyboard.type('ترامب');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ar\/search\/\?q=/);
    await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/);
    const box = page.locator('#search-q');
    await box.focus();
    await page.keyboard.press('ArrowDown');
    const first = page.locator('a.result__title').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('a.result__title').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    const target = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(target!.split('?')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.goBack();
    await expect(page.locator('#search-q')).toHaveValue('ترامب');
    await expect(page.locator('li.result').first()).toBeVisible();
    await page.locator('#search-q').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-q')).toHaveValue('');
    await expect(page.locator('li.result')).toHaveCount(0);
    await expect(page).not.toHaveURL(/q=/);
  });

  test('typing updates ?q= and the back button returns to an earlier submitted query', async ({ page }) => {
    await page.goto(pathOf('en', { kind: 'search' }));
    const box = page.locator('#search-q');
    await box.fill('Sudan');
    await expect(page).toHaveURL(/q=Sudan/);
    await box.press('Enter');
    await box.fill('Morocco');
    await box.press('Enter');
    await expect(page.locator('li.result').first()).toContainText(/Morocc/);
    await page.goBack();
    await expect(box).toHaveValue('Sudan');
  });
});

// A case per locale of the table, from the glossary: each language's own name for a few
// entries, searched on that language's page, leads to that language's who's-who entry.
const glossary = parseYaml(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { id: string; kind: string; names: Record<string, string[]> }[];
const sampled = glossary.filter((g) => g.kind === 'person').slice(0, 3);
test.describe('every locale finds its own names', () => {
  for (const l of LOCALES) {
    test(`${l.code}: ${sampled.map((g) => g.names[l.code]?.[0]).join(', ')}`, async ({ page }) => {
      for (const g of sampled) {
        const name = g.names[l.code]![0]!;
        const { results } = await search(page, l.code, name);
        const top = await page.locator('a.result__title').evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
        expect(results[0]?.lang, name).toBe(l.code);
        expect(top.some((h) => h.endsWith(`/${l.code}/whos-who/#${g.id}`)), `${l.code} «${name}»: ${top.join(' ')}`).toBe(true);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form goes to the search page, which explains and links the content', async ({ page }) => {
    await page.goto(pathOf('kk', { kind: 'explainer' }));
    await page.locator('#site-search-q').fill('Тоқаев');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/kk\/search\/\?q=/);
    await expect(page.locator('[data-no-js]')).toBeVisible();
    await expect(page.locator('[data-no-js]')).toContainText('JavaScript');
    expect(await page.locator('[data-no-js] a').count()).toBeGreaterThanOrEqual(8);
    await expect(page.locator('[data-search-options]')).toBeHidden();
  });
});

test('reading pages load no search runtime until the reader shows intent', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathOf('en', { kind: 'explainer' }));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /pagefind|search-data|ui\./.test(u))).toEqual([]);
  await page.goto(pathOf('en', { kind: 'search' }));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /pagefind/.test(u))).toEqual([]);
  await page.locator('#search-q').focus();
  await expect.poll(() => requests.filter((u) => /pagefind-en\/pagefind\.js/.test(u)).length).toBe(1);
});

test('one search runtime serves every language: one pagefind.js, one WebAssembly file, no worker', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  let workers = 0;
  page.on('worker', () => workers++);
  await search(page, 'ru', 'Токаев');
  await expect(page.locator('li.result[lang="ar"]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const runtimes = requests.filter((u) => u.endsWith('/pagefind.js'));
  expect(runtimes).toHaveLength(1);
  expect(runtimes[0]).toMatch(/\/pagefind-ru\/pagefind\.js$/);
  // The other bundles share the runtime's WebAssembly: it is the only one fetched.
  expect(requests.filter((u) => /\/wasm\.[a-z]+\.pagefind$/.test(u))).toEqual([expect.stringMatching(/\/pagefind-ru\/wasm\.ru\.pagefind$/)]);
  expect(requests.filter((u) => /pagefind-(en|kk|ar)\/index\//.test(u)).length).toBeGreaterThanOrEqual(3);
  expect(workers).toBe(0);
});

test('the reader’s language shows its first results before the rest of its excerpts arrive', async ({ page }) => {
  const FIRST = FIRST_BATCH;
  let passed = 0;
  const held: (() => Promise<void>)[] = [];
  await page.route('**/pagefind-ru/fragment/**', async (route) => {
    if (passed < FIRST) {
      passed++;
      await route.continue();
    } else held.push(() => route.continue());
  });
  await page.goto(`${pathOf('ru', { kind: 'search' })}?q=${encodeURIComponent('Казахстан')}`);
  const own = page.locator('li.result[lang="ru"]');
  await expect(own).toHaveCount(FIRST);
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(page.locator('[data-search-status]')).toHaveText(/…$/);
  const early = await own.locator('a.result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await Promise.all(held.splice(0).map((go) => go()));
  await page.unroute('**/pagefind-ru/fragment/**');
  await expect(page.locator('[data-search-status]')).not.toHaveText(/…$/, { timeout: 15_000 });
  expect(await own.count()).toBe(8);
  // The first ones stayed where they were: the rest came after them.
  expect((await own.locator('a.result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, FIRST)).toEqual(early);
});
