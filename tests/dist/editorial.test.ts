import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOCALES } from '../../src/i18n/locales';
import { collectSeeds } from '../../src/loaders/seeds/collect';
import { BUILDS, ROOT, files, parse } from './builds';

/**
 * The editorial apparatus as a reader meets it in the built pages: marks
 * on what is ours, corrections on every source page, the two dates, the
 * chronology's order, lists and isolation in right-to-left text, and the
 * typography of each language.
 */
const { seeds } = await collectSeeds(ROOT);
const yaml = <T>(p: string) => parseYaml(readFileSync(join(ROOT, p), 'utf8')) as T;
const corrections = yaml<{ source: string; text: Record<string, string> }[]>('content/corrections.yaml');
const status = yaml<{ checkedAsOf: string }>('content/status.yaml');
const events = yaml<{ id: string; date: string; order?: number; sources: string[] }[]>('content/chronology.yaml');
const glossary = yaml<{ id: string; names: Record<string, string[]>; aliases?: Record<string, string[]> }[]>('content/glossary.yaml');
const strings = Object.fromEntries(LOCALES.map((l) => [l.code, JSON.parse(readFileSync(join(ROOT, `src/i18n/strings/${l.code}.json`), 'utf8'))]));
const ours = seeds.filter((s) => s.headlineSource === 'editors');

/** Text nodes with the language and direction they are in, and whether something isolates them. */
function textNodes(doc: Document): { text: string; lang: string; rtl: boolean; isolated: boolean; verbatim: boolean }[] {
  const out: { text: string; lang: string; rtl: boolean; isolated: boolean; verbatim: boolean }[] = [];
  const walk = (node: Node, lang: string, rtl: boolean, isolated: boolean, verbatim: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out.push({ text: child.textContent ?? '', lang, rtl, isolated, verbatim });
      else if (child.nodeType === 1) {
        const el = child as Element;
        const name = el.tagName.toLowerCase();
        if (['script', 'style', 'template', 'head'].includes(name)) continue;
        const l = el.getAttribute('lang') ?? lang;
        const dir = el.getAttribute('dir');
        walk(
          el,
          l,
          dir ? dir === 'rtl' : l === lang ? rtl : LOCALES.find((x) => x.code === l)?.dir === 'rtl',
          isolated || name === 'bdi' || (dir !== null && dir !== 'rtl') || l !== lang,
          verbatim || el.hasAttribute('data-verbatim') || el.hasAttribute('data-source-article') || name === 'pre',
        );
      }
    }
  };
  const html = doc.documentElement;
  walk(html, html.getAttribute('lang') ?? '', html.getAttribute('dir') === 'rtl', html.getAttribute('dir') !== 'rtl', false);
  return out;
}

describe.each(BUILDS)('the editorial apparatus in the $name build', ({ dir }) => {
  const page = (lang: string, path: string) => parse(join(dir, lang, path, 'index.html'));

  it('marks a headline our editors wrote wherever it appears: source lists, index, source page, feed, social title', () => {
    expect(ours.length).toBeGreaterThan(0);
    for (const l of LOCALES) {
      const mark = strings[l.code].sources.ourHeadline as string;
      for (const seed of ours) {
        const headline = seed.headline!;
        // Compared as words: the build's typography puts non-breaking spaces into the page's text.
        const words = (text: string) => text.replace(/\u00a0/g, ' ').replace(/’/g, "'");
        const withMark = (text: string) => words(text).includes(words(headline)) && words(text).includes(words(mark));
        for (const path of ['', 'background', 'sources']) {
          const doc = page(l.code, path);
          for (const link of Array.from(doc.querySelectorAll(`a[href$="/sources/${seed.id}/"]`)).filter((a) => a.textContent?.includes(headline))) {
            expect(withMark(link.parentElement!.textContent ?? ''), `${l.code}/${path}: ${headline}`).toBe(true);
          }
        }
        const source = page(l.code, `sources/${seed.id}`);
        expect(withMark(source.querySelector('h1')!.textContent ?? '')).toBe(true);
        expect(withMark(source.querySelector('title')!.textContent ?? '')).toBe(true);
        expect(withMark(source.querySelector('meta[property="og:title"]')!.getAttribute('content') ?? '')).toBe(true);
        const feed = readFileSync(join(dir, l.code, 'feed.xml'), 'utf8');
        expect(feed, `${l.code} feed`).toContain(`<title>${headline} (${mark})</title>`);
      }
    }
  });

  it('shows a source’s known errors on its page in every language, its own included, and flags it in the index', () => {
    const sources = [...new Set(corrections.map((c) => c.source))];
    expect(sources.length).toBeGreaterThan(0);
    for (const l of LOCALES) {
      const index = page(l.code, 'sources');
      for (const id of sources) {
        const doc = page(l.code, `sources/${id}`);
        const section = doc.querySelector('.corrections');
        expect(section, `${l.code}/sources/${id}`).not.toBeNull();
        expect(section!.querySelectorAll('li').length).toBe(corrections.filter((c) => c.source === id).length);
        const card = Array.from(index.querySelectorAll('.source-card')).find((c) => c.querySelector(`a[href$="/sources/${id}/"]`));
        expect(card?.querySelector('.source-card__flag'), `${l.code} index flags ${id}`).not.toBeNull();
      }
    }
  });

  it('dates every article page twice, and says which date is which', () => {
    for (const l of LOCALES) {
      for (const path of ['', 'background', 'how-this-is-made']) {
        const header = page(l.code, path).querySelector('header .dates')!;
        expect(header, `${l.code}/${path}`).not.toBeNull();
        expect(header.querySelector('time.as-of')?.getAttribute('datetime')).toBe(status.checkedAsOf);
        expect(header.querySelector('time:not(.as-of)')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(header.querySelector('a[href*="/how-this-is-made/#checked-as-of"]')).not.toBeNull();
      }
      // Every "as of" in the text is the one fact of content/status.yaml.
      for (const t of Array.from(page(l.code, '').querySelectorAll('time.as-of'))) expect(t.getAttribute('datetime')).toBe(status.checkedAsOf);
    }
  });

  it('links the page on how the explainer is made from every page’s footer', () => {
    for (const file of files(dir, '.html')) {
      const doc = parse(file);
      const lang = doc.documentElement.getAttribute('lang');
      if (!LOCALES.some((l) => l.code === lang) || !doc.querySelector('footer')) continue;
      expect(doc.querySelector(`footer a[href$="/${lang}/how-this-is-made/"]`), file).not.toBeNull();
    }
  });

  it('lists same-day events in the order they happened, each source once', () => {
    const doc = page('en', 'chronology');
    const shown = Array.from(doc.querySelectorAll('li[id^="event-"]')).map((li) => li.id.slice('event-'.length));
    const expected = [...events].sort((a, b) => a.date.localeCompare(b.date) || (a.order ?? 0) - (b.order ?? 0)).map((e) => e.id);
    expect(shown).toEqual(expected);
    for (const li of Array.from(doc.querySelectorAll('li[id^="event-"]'))) {
      const hrefs = Array.from(li.querySelectorAll('.source-links a')).map((a) => a.getAttribute('href'));
      expect(new Set(hrefs).size, li.id).toBe(hrefs.length);
      const names = Array.from(li.querySelectorAll('.source-links a')).map((a) => a.textContent);
      expect(new Set(names).size, `${li.id}: ${names.join(', ')}`).toBe(names.length);
    }
  });

  it('shows readers the names media use and never a search alias', () => {
    for (const l of LOCALES) {
      const doc = page(l.code, 'whos-who');
      for (const g of glossary) {
        const entry = doc.getElementById(g.id)!;
        expect(entry, g.id).not.toBeNull();
        const text = (entry.textContent ?? '').replace(/\u00a0/g, ' ').replace(/’/g, "'");
        for (const alias of g.aliases?.[l.code] ?? []) {
          // An alias may be part of a longer name that is shown; it must not stand as a name of its own.
          const names = (entry.querySelector('.glossary__names:last-child')?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/’/g, "'").split(/[,،]\s*|:\s*/).map((s) => s.trim());
          expect(names.includes(alias), `${l.code} ${g.id}: alias ${alias} shown`).toBe(false);
        }
        expect(text).toContain(g.names[l.code]![0]);
      }
    }
  });

  it('names the Kazakh language in Arabic as a language, not as the country’s adjective', () => {
    const kk = seeds.find((s) => s.lang === 'kk')!;
    const text = page('ar', `sources/${kk.id}`).querySelector('.source-meta')!.textContent!;
    expect(text).toContain('الكازاخية');
    expect(text).not.toContain('الكازاخستانية');
  });

  it('writes no Latin comma and no unisolated Latin run in Arabic text', () => {
    const arPages = files(join(dir, 'ar'), '.html');
    expect(arPages.length).toBeGreaterThan(5);
    const commas: string[] = [];
    const latin: string[] = [];
    for (const file of arPages) {
      for (const n of textNodes(parse(file))) {
        if (n.lang !== 'ar' || n.verbatim) continue;
        if (/\p{Script=Arabic}[^,\p{L}]*,|,\s*\p{Script=Arabic}/u.test(n.text)) commas.push(`${file}: ${n.text.trim().slice(0, 60)}`);
        if (n.rtl && !n.isolated && /[A-Za-z]/.test(n.text)) latin.push(`${file}: ${n.text.trim().slice(0, 60)}`);
      }
    }
    expect(commas).toEqual([]);
    expect(latin).toEqual([]);
  });

  it('sets Russian, Kazakh and English text with each language’s typography', () => {
    for (const lang of ['ru', 'kk', 'en']) {
      const loose: string[] = [];
      let nbsp = 0;
      for (const file of [join(dir, lang, 'index.html'), join(dir, lang, 'chronology/index.html')]) {
        for (const n of textNodes(parse(file))) {
          if (n.lang !== lang || n.verbatim) continue;
          nbsp += (n.text.match(/\u00a0/g) ?? []).length;
          // A dash between words never starts a line; a day never leaves its month.
          const bad = n.text.match(/\s[—–]\s/g)?.filter((m) => m[0] === ' ') ?? [];
          if (bad.length) loose.push(`${lang}: ${n.text.trim().slice(0, 60)}`);
        }
      }
      expect(loose).toEqual([]);
      expect(nbsp, lang).toBeGreaterThan(20);
    }
  });
});
