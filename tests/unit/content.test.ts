import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOCALES, LOCALE_CODES } from '../../src/i18n/locales';
import { citedIds, indexCitations } from '../../src/lib/citations';
import { collectSeeds } from '../../src/loaders/seeds/collect';
import { normalize, verbatimParts } from '../../src/lib/quote-text';

/**
 * Editorial parity and quality of the explainer and its data, checked on
 * the content files themselves: the same structure and sources in every
 * language, every claim cited, quotes verbatim, no untranslated English.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const read = (p: string) => readFileSync(`${ROOT}/${p}`, 'utf8');
const article = (dir: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, read(`content/${dir}/${l}.mdx`).replace(/^---[\s\S]*?---\n/, '')])) as Record<string, string>;
const mdx = article('explainer');
/** The explainer's background section in full, on a page of its own. */
const background = article('background');
/** Everything the articles say in one language, for the checks that hold paragraph by paragraph. */
const allText = (lang: string) => `${mdx[lang]!}\n\n${background[lang]!}`;
const { seeds } = await collectSeeds(ROOT);
const references = parseYaml(read('content/references.yaml')) as { id: string; url: string }[];
const known = new Set([...seeds.map((s) => s.id), ...references.map((r) => r.id)]);
const SECTIONS = ['what-happened', 'why-it-matters', 'kazakhstan-position', 'background', 'reactions'];

type QuoteFile = { lang: string; who: string; sources: string[]; text: string; translation: Record<string, string> };
const quotes = new Map(
  readdirSync(`${ROOT}/content/quotes`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), parseYaml(read(`content/quotes/${f}`)) as QuoteFile]),
);
/** A quote as a reader of `lang` reads it in the sentence. */
const shownQuote = (id: string, lang: string) => {
  const q = quotes.get(id);
  if (!q) throw new Error(`no content/quotes/${id}.yaml`);
  return q.lang === lang ? q.text : (q.translation[lang] ?? '');
};

/** Blocks separated by blank lines. */
const blocks = (text: string) => text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
/** Visible prose of a block: components, their props and foreign-language islands removed. */
function prose(block: string, { keepForeign = false, lang = '' } = {}): string {
  let t = block;
  // A quote stands in the text as the reader reads it (ours when translated); for the English check, not at all.
  t = t.replace(/<Quote\s+id="([^"]+)"[^>]*\/>/g, (_, id: string) => (keepForeign ? shownQuote(id, lang) : ' '));
  if (!keepForeign) t = t.replace(/<(span|bdi)\s+lang="[^"]+"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  return t.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
/** The citation groups of a block, in order: what a claim-by-claim comparison compares. */
const citeGroups = (block: string) => [...block.matchAll(/<Cite\s+to="([^"]+)"/g)].map((m) => citedIds(m[1]!).join(' '));
const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];

describe('the explainer in every language', () => {
  it.each(LOCALE_CODES)('%s has the five sections, in order, with the shared ids', (lang) => {
    expect([...mdx[lang]!.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1])).toEqual(SECTIONS);
  });

  it.each(LOCALE_CODES)('%s is 900–1,500 words of prose', (lang) => {
    const count = blocks(mdx[lang]!).reduce((n, b) => n + words(prose(b, { keepForeign: true, lang })).length, 0);
    expect(count).toBeGreaterThanOrEqual(900);
    expect(count).toBeLessThanOrEqual(1500);
  });

  it.each(LOCALE_CODES)('%s cites only sources that exist, on both pages', (lang) => {
    expect(indexCitations(allText(lang)).order.filter((id) => !known.has(id))).toEqual([]);
  });

  it('gives the background page the same sources in every language', () => {
    const cited = (lang: string) => [...indexCitations(background[lang]!).order].sort();
    for (const lang of LOCALE_CODES) expect(cited(lang), lang).toEqual(cited('en'));
  });

  it.each(LOCALE_CODES)('%s keeps the background section’s opening on the explainer and links to the full page', (lang) => {
    const short = mdx[lang]!.slice(mdx[lang]!.indexOf('<h2 id="background">'), mdx[lang]!.indexOf('<h2 id="reactions">'));
    const [, opening, link] = blocks(short);
    expect(blocks(background[lang]!)[0]).toBe(opening);
    expect(link).toBe('<ReadOn to="background" />');
    expect(blocks(short)).toHaveLength(3);
  });

  it.each(['explainer', 'background'])('%s: every language cites the same sources for the same claims, paragraph by paragraph', (name) => {
    const pages = name === 'explainer' ? mdx : background;
    const grain = (lang: string) => blocks(pages[lang]!).map((b) => citeGroups(b));
    for (const lang of LOCALE_CODES) expect(grain(lang), lang).toEqual(grain('en'));
  });

  it.each(['explainer', 'background'])('%s: every language quotes the same statements in the same paragraphs', (name) => {
    const pages = name === 'explainer' ? mdx : background;
    const quoted = (lang: string) => blocks(pages[lang]!).map((b) => [...b.matchAll(/<Quote\s+id="([^"]+)"/g)].map((m) => m[1]));
    for (const lang of LOCALE_CODES) expect(quoted(lang), lang).toEqual(quoted('en'));
  });

  it.each(LOCALE_CODES)('%s has a citation in every factual paragraph, on both pages', (lang) => {
    const uncited = blocks(allText(lang)).filter(
      (b) => !/^<h[23]\b/.test(b) && !/^<(AccordsMap|Quote|ReadOn)\b/.test(b) && !/<Cite\b|<KeyFacts\b[^>]*cite=/.test(b),
    );
    expect(uncited.map((b) => b.slice(0, 80))).toEqual([]);
  });

  it.each(LOCALE_CODES)('%s quotes only through the quote files, each of which exists', (lang) => {
    for (const m of allText(lang).matchAll(/<Quote\s+id="([^"]+)"/g)) expect(quotes.has(m[1]!), m[1]).toBe(true);
    // Only the self-closing form: the words come from the file, never from the page.
    expect(allText(lang)).not.toMatch(/<Q\b|<Quote\b[^>]*(?<!\/)>/);
  });

  // Every language of the table but English; a Latin-script language would need its own test of language.
  it.each(LOCALES.filter((l) => l.script !== 'Latin').map((l) => l.code))('%s has no untranslated English sentence', (lang) => {
    for (const b of blocks(allText(lang))) {
      // Four Latin words in a row outside a marked foreign-language island is a sentence left in English.
      expect(prose(b).match(/(?:\b[A-Za-z]{2,}[,.]?\s+){3}[A-Za-z]{2,}/)?.[0] ?? null, b.slice(0, 60)).toBeNull();
    }
  });

  it('writes Kazakh with Kazakh letters', () => {
    const kkWords = blocks(allText('kk')).flatMap((b) => words(prose(b))).filter((w) => /\p{Script=Cyrillic}/u.test(w));
    const withKazakh = kkWords.filter((w) => /[әғқңөұүһі]/iu.test(w));
    expect(withKazakh.length / kkWords.length).toBeGreaterThan(0.25);
    // Words that exist in Kazakh with Kazakh letters must not appear spelled the Russian way.
    const deKazakh = (w: string) => w.toLowerCase().replace(/[әғқңөұүһі]/g, (c) => ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' })[c]!);
    const vocabulary = new Map(withKazakh.map((w) => [deKazakh(w), w]));
    const misspelt = kkWords.filter((w) => !/[әғқңөұүһі]/iu.test(w) && vocabulary.has(w.toLowerCase()));
    expect(misspelt).toEqual([]);
  });
});

type Localized = Record<string, string>;
const events = parseYaml(read('content/chronology.yaml')) as { id: string; date: string; order?: number; precision: string; category: string; sources: string[]; title: Localized; text: Localized }[];
const categories = parseYaml(read('content/categories.yaml')) as { id: string; from?: string; to?: string; label: Localized }[];
const glossary = parseYaml(read('content/glossary.yaml')) as { id: string; names: Record<string, string[]>; aliases?: Record<string, string[]>; role: Localized }[];

describe('the chronology', () => {
  it('has at least 15 events from 2020-08-13 to 2025-12-12, in date order, with unique ids', () => {
    expect(events.length).toBeGreaterThanOrEqual(15);
    expect(events[0]!.date).toBe('2020-08-13');
    expect(events.at(-1)!.date).toBe('2025-12-12');
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('gives every event a title and text in every language, and known sources', () => {
    for (const e of events) {
      for (const lang of LOCALE_CODES) {
        expect(e.title[lang]?.trim(), `${e.id} title ${lang}`).toBeTruthy();
        expect(e.text[lang]?.trim(), `${e.id} text ${lang}`).toBeTruthy();
      }
      expect(e.sources.filter((s) => !known.has(s)), e.id).toEqual([]);
      expect(new Set(e.sources).size, `${e.id}: a source listed twice`).toBe(e.sources.length);
      const category = categories.find((c) => c.id === e.category);
      expect(category, `${e.id}: category ${e.category}`).toBeDefined();
      expect(e.date >= (category!.from ?? '') && e.date <= (category!.to ?? '9999'), `${e.id} (${e.date}) fits ${e.category}`).toBe(true);
      expect(['day', 'month', 'approx']).toContain(e.precision);
    }
  });

  it('orders events of the same day by when they happened', () => {
    const sameDay = Map.groupBy(events, (e) => e.date);
    for (const [date, list] of sameDay) {
      if (list.length < 2) continue;
      const orders = list.map((e) => e.order);
      expect(orders.every((o) => typeof o === 'number') && new Set(orders).size === list.length, `${date}: ${list.map((e) => e.id).join(', ')}`).toBe(true);
    }
  });

  it('writes its Kazakh with Kazakh letters', () => {
    const text = events.map((e) => `${e.title.kk} ${e.text.kk}`).join(' ');
    const cyr = text.match(/\p{Script=Cyrillic}+/gu) ?? [];
    expect(cyr.filter((w) => /[әғқңөұүһі]/iu.test(w)).length / cyr.length).toBeGreaterThan(0.25);
  });
});

describe('the glossary', () => {
  it('names every entry in every language, with unique ids', () => {
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
    for (const g of glossary) for (const lang of LOCALE_CODES) {
      expect(g.names[lang]?.length, `${g.id} ${lang}`).toBeGreaterThan(0);
      expect(g.role[lang]?.trim(), `${g.id} role ${lang}`).toBeTruthy();
    }
  });
});

describe('the quote files', () => {
  const seedText = new Map(seeds.map((s) => [s.id, normalize(s.verbatim)]));

  it('quote a news text we hold word for word (our insertions in square brackets aside)', () => {
    for (const [id, q] of quotes) {
      for (const source of q.sources.filter((s) => seedText.has(s))) {
        const missing = verbatimParts(q.text).filter((part) => !seedText.get(source)!.includes(part));
        expect(missing, `${id} in ${source}`).toEqual([]);
      }
    }
  });

  it('the verbatim check catches a quote tidied up', () => {
    const mfa = quotes.get('mfa-key-passage')!;
    const tidied = mfa.text.replace('Данное важное решение', 'Это решение');
    expect(verbatimParts(tidied).every((part) => seedText.get('000_d6bbdde2d208ad8b')!.includes(part))).toBe(false);
  });

  it('give our translation into every other site language, cite known sources and name a speaker in the glossary', () => {
    for (const [id, q] of quotes) {
      for (const lang of LOCALE_CODES) {
        if (lang === q.lang) expect(q.translation?.[lang], `${id}: no translation into its own language`).toBeUndefined();
        else expect(q.translation?.[lang]?.trim(), `${id} → ${lang}`).toBeTruthy();
      }
      expect(q.sources.filter((s) => !known.has(s)), id).toEqual([]);
      expect(glossary.some((g) => g.id === q.who), `${id}: who ${q.who}`).toBe(true);
    }
  });

  it('hold each statement once', () => {
    const texts = [...quotes].map(([, q]) => `${q.lang}:${normalize(q.text)}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('use square brackets, not parentheses, for our insertions, and no quotation marks around the words', () => {
    for (const [id, q] of quotes) {
      expect(q.text, id).not.toMatch(/^[«“"„]|[»”"]$/);
      for (const t of Object.values(q.translation ?? {})) expect(t, id).not.toMatch(/\((?:to a|نحو)\)/);
    }
  });
});

describe('who’s who names and search aliases', () => {
  it('never shows a search alias as a name', () => {
    for (const g of glossary) for (const lang of LOCALE_CODES) {
      const shown = new Set(g.names[lang]);
      expect((g.aliases?.[lang] ?? []).filter((a) => shown.has(a)), `${g.id} ${lang}`).toEqual([]);
    }
  });
});

describe('the references', () => {
  it('never repeat a seed’s original address (the seed and its original are one source)', () => {
    const address = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
    const seedUrls = new Set(seeds.flatMap((s) => (s.url ? [address(s.url)] : [])));
    expect(seedUrls.size).toBeGreaterThan(3);
    expect(references.filter((r) => seedUrls.has(address(r.url))).map((r) => r.id)).toEqual([]);
  });
});
