import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOCALE_CODES } from '../../src/i18n/locales';
import { citedIds, indexCitations } from '../../src/lib/citations';
import { collectSeeds } from '../../src/loaders/seeds/collect';

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
const references = parseYaml(read('content/references.yaml')) as { id: string }[];
const known = new Set([...seeds.map((s) => s.id), ...references.map((r) => r.id)]);
const SECTIONS = ['what-happened', 'why-it-matters', 'kazakhstan-position', 'background', 'reactions'];

/** Blocks separated by blank lines. */
const blocks = (text: string) => text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
/** Visible prose of a block: components, their props and foreign-language islands removed. */
function prose(block: string, { keepForeign = false } = {}): string {
  let t = block;
  if (!keepForeign) {
    t = t.replace(/<(Q|Quote)\b[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<(span|bdi)\s+lang="[^"]+"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  }
  return t.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];

describe('the explainer in four languages', () => {
  it.each(LOCALE_CODES)('%s has the five sections, in order, with the shared ids', (lang) => {
    expect([...mdx[lang]!.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1])).toEqual(SECTIONS);
  });

  it.each(LOCALE_CODES)('%s is 900–1,500 words of prose', (lang) => {
    const count = blocks(mdx[lang]!).reduce((n, b) => n + words(prose(b, { keepForeign: true })).length, 0);
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

  it('cites the same sources in each section in every language', () => {
    const bySection = (lang: string) => {
      const { sections } = indexCitations(mdx[lang]!);
      return Object.fromEntries(SECTIONS.map((s) => [s, [...sections].filter(([, secs]) => secs.includes(s)).map(([id]) => id).sort()]));
    };
    for (const lang of LOCALE_CODES) expect(bySection(lang), lang).toEqual(bySection('en'));
  });

  it.each(LOCALE_CODES)('%s has a citation in every factual paragraph, on both pages', (lang) => {
    const uncited = blocks(allText(lang)).filter(
      (b) => !/^<h[23]\b/.test(b) && !/^<(AccordsMap|Quote|ReadOn)\b/.test(b) && !/<Cite\b|<KeyFacts\b[^>]*cite=/.test(b),
    );
    expect(uncited.map((b) => b.slice(0, 80))).toEqual([]);
  });

  it.each(LOCALE_CODES)('%s quotes seeds verbatim', (lang) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const seedText = new Map(seeds.map((s) => [s.id, norm(s.verbatim)]));
    for (const m of allText(lang).matchAll(/<Quote\b[^>]*\bcite="([^"]+)"[^>]*>([\s\S]*?)<\/Quote>/g)) {
      const sources = citedIds(m[1]!).filter((id) => seedText.has(id));
      if (sources.length === 0) continue;
      expect(sources.some((id) => seedText.get(id)!.includes(norm(m[2]!))), `${lang}: ${m[2]!.slice(0, 60)}`).toBe(true);
    }
  });

  it.each(['ru', 'kk', 'ar'])('%s has no untranslated English sentence', (lang) => {
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
const events = parseYaml(read('content/chronology.yaml')) as { id: string; date: string; precision: string; category: string; sources: string[]; title: Localized; text: Localized }[];
const glossary = parseYaml(read('content/glossary.yaml')) as { id: string; names: Record<string, string[]>; role: Localized }[];

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
      expect(['accords', 'kazakhstan']).toContain(e.category);
      expect(['day', 'month', 'approx']).toContain(e.precision);
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
