import { didYouMean, preload, searchLanguage, warm, type Hit } from './engine';
import { normalizeToken } from './tokens';

/**
 * The search page: search-as-you-type over every language of the site, the
 * reader's own first; ?q= kept in the address; filters by language and
 * kind; keyboard operation; the count announced politely. Every string
 * comes from the page (our i18next files), never from Pagefind.
 */

interface Config {
  lang: string;
  intl: string;
  base: string;
  locales: { code: string; dir: 'ltr' | 'rtl'; name: string; script: string }[];
  /** The letters with a names-and-words file in search-data/ (src/search/buckets.ts). */
  letters: string[];
  strings: {
    searching: string;
    none: string;
    error: string;
    /** With {{query}} where the corrected query goes, as a link. */
    didYouMean: string;
    results: Partial<Record<Intl.LDMLPluralRule, string>>;
    kinds: Record<string, string>;
    ownLanguageOnly: string;
  };
}

const app = document.querySelector<HTMLElement>('[data-search-app]')!;
const config = JSON.parse(app.dataset.config!) as Config;
const form = app.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = app.querySelector<HTMLElement>('[data-search-status]')!;
const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
const suggestion = app.querySelector<HTMLElement>('[data-search-suggestion]')!;
const ownOnly = app.querySelector<HTMLInputElement>('[data-own-only]')!;
const langBoxes = [...app.querySelectorAll<HTMLInputElement>('[data-filter-lang]')];
const kindBoxes = [...app.querySelectorAll<HTMLInputElement>('[data-filter-kind]')];
const order = [config.lang, ...config.locales.map((l) => l.code).filter((c) => c !== config.lang)];
const plural = new Intl.PluralRules(config.intl);
const localeOf = new Map(config.locales.map((l) => [l.code, l]));

app.querySelector('[data-search-options]')?.removeAttribute('hidden');
app.querySelector('[data-no-js]')?.setAttribute('hidden', '');
warm(order, config.letters, Object.fromEntries(config.locales.map((l) => [l.code, l.script])));

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** What a result is: explainer section, event, source, person or term. */
const kindOf = (hit: Hit) => hit.data.meta.kind ?? hit.data.filters.kind?.[0] ?? '';

/**
 * Pagefind's excerpt is escaped text with <mark>s; rebuild it from text
 * nodes only. Parsed in an inert <template>, reused: a DOMParser document
 * per excerpt cost more than the search itself. The page's policy lets
 * HTML be written only through this Trusted Types policy, which refuses
 * anything but escaped text and <mark> (src/lib/security-policy.ts).
 */
const EXCERPT = /^(?:[^<>]|<\/?mark>)*$/;
const excerptPolicy = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): { createHTML(s: string): string } } }).trustedTypes?.createPolicy('search-excerpt', {
  createHTML: (s) => {
    if (!EXCERPT.test(s)) throw new TypeError('search-excerpt: only escaped text and <mark> may be written');
    return s;
  },
}) ?? { createHTML: (s: string) => (EXCERPT.test(s) ? s : '') };
const inert = document.createElement('template');
function excerptNodes(excerpt: string): Node[] {
  inert.innerHTML = excerptPolicy.createHTML(excerpt);
  return [...inert.content.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

/** Where a hit leads for this reader, with the words to highlight there. */
function targetUrl(hit: Hit, query: string): string {
  const sourceId = hit.data.meta.source;
  const raw = sourceId ? `${config.base}${config.lang}/sources/${encodeURIComponent(sourceId)}/` : hit.url;
  const url = new URL(raw, location.origin);
  url.searchParams.set('highlight', query);
  return url.pathname + url.search + url.hash;
}

function renderHit(hit: Hit, query: string): HTMLLIElement {
  const locale = localeOf.get(hit.lang)!;
  const li = document.createElement('li');
  li.className = 'result';
  li.lang = hit.lang;
  li.dir = locale.dir;
  const title = document.createElement('a');
  title.className = 'result__title';
  title.href = targetUrl(hit, query);
  title.textContent = hit.data.meta.title ?? hit.data.url;
  const meta = document.createElement('p');
  meta.className = 'result__meta';
  meta.lang = config.lang;
  meta.dir = localeOf.get(config.lang)!.dir;
  const kind = kindOf(hit);
  const parts = [locale.name, config.strings.kinds[kind] ?? kind];
  const date = hit.data.meta[`date_${config.lang}`];
  if (date) parts.push(date);
  meta.textContent = parts.join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  excerpt.append(...excerptNodes(hit.data.excerpt));
  li.append(title, meta, excerpt);
  // Sections come ranked by how well they match (rank.ts); the title leads to the first.
  const subs = hit.data.sub_results.slice(0, 3);
  if (kind === 'section' && subs.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'result__subs';
    for (const sub of subs) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = targetUrl({ ...hit, url: sub.url, data: { ...hit.data, meta: { ...hit.data.meta, source: '' } } }, query);
      a.textContent = sub.title;
      const p = document.createElement('p');
      p.className = 'result__excerpt';
      p.append(...excerptNodes(sub.excerpt));
      item.append(a, p);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/**
 * "Did you mean…": when a word found nothing and was read as the glossary
 * name it is closest to (Netanyahou), the reader sees which name was
 * searched, as a link to search it as written.
 */
async function suggest(query: string): Promise<void> {
  const found = await didYouMean(query);
  if (found.length === 0) return;
  let corrected = query;
  for (const { word, name } of found) corrected = corrected.split(/(\s+)/u).map((t) => (normalizeToken(t) === word ? name : t)).join('');
  const [before = '', after = ''] = config.strings.didYouMean.split('{{query}}');
  const link = document.createElement('a');
  const url = new URL(location.href);
  url.searchParams.set('q', corrected);
  link.href = url.pathname + url.search;
  link.textContent = corrected;
  link.dir = 'auto';
  suggestion.replaceChildren(before, link, after);
  suggestion.hidden = false;
}

let generation = 0;

async function run(query: string): Promise<void> {
  const current = ++generation;
  const q = query.trim();
  list.replaceChildren();
  suggestion.hidden = true;
  if (!q) {
    status.textContent = '';
    return;
  }
  status.textContent = config.strings.searching;
  const langs = order.filter((l) => langBoxes.find((b) => b.value === l)?.checked !== false);
  const kinds = new Set(kindBoxes.filter((b) => b.checked).map((b) => b.value));
  // Each language renders into its own slot as soon as it answers, so the
  // reader's language shows first (its first results before the rest) and
  // the others fall in after it.
  const markers = langs.map((l) => {
    const marker = document.createComment(l);
    list.append(marker);
    return marker;
  });
  let total = 0;
  let failed = false;
  // One result per destination: a source found in several languages' indexes leads to the
  // reader's own page of it, and shows once, where it first came.
  const shownAt = new Set<string>();
  const destination = (hit: Hit) => {
    const url = new URL(targetUrl(hit, ''), location.origin);
    return url.pathname + url.hash;
  };
  await Promise.all(
    langs.map(async (lang, i) => {
      const marker = markers[i]!;
      let shown = 0;
      let marked = false;
      let counted = 0;
      const show = (hits: Hit[]) => {
        const fragment = document.createDocumentFragment();
        for (const hit of hits.slice(shown)) {
          const to = destination(hit);
          if (!kinds.has(kindOf(hit)) || shownAt.has(to)) continue;
          shownAt.add(to);
          fragment.append(renderHit(hit, q));
          counted++;
        }
        shown = hits.length;
        marker.before(fragment);
        // For the benchmark (scripts/bench-search.mjs): when this language's first results showed.
        if (!marked) performance.mark(`search:results:${lang}`, { detail: q });
        marked = true;
      };
      try {
        const isCurrent = () => current === generation;
        const limit = lang === config.lang ? 8 : 5;
        const first = lang === config.lang ? (partial: Hit[]) => isCurrent() && show(partial) : undefined;
        const hits = await searchLanguage(lang, q, limit, isCurrent, first);
        if (!isCurrent()) return;
        show(hits);
        total += counted;
        marker.remove();
      } catch (error) {
        failed = true;
        console.warn(`[search] ${lang}:`, error);
        marker.remove();
      }
    }),
  );
  if (current !== generation) return;
  await suggest(q);
  if (current !== generation) return;
  performance.mark('search:done', { detail: q });
  if (failed && total === 0) status.textContent = config.strings.error;
  else if (total === 0) status.textContent = fill(config.strings.none, { query: q });
  else status.textContent = fill(config.strings.results[plural.select(total)] ?? config.strings.results.other!, { count: total });
}

let timer: number | undefined;
function schedule(): void {
  window.clearTimeout(timer);
  preload(input.value);
  // A short pause: typists' keystrokes come faster, so a word typed in one
  // go is searched once, not once per letter.
  timer = window.setTimeout(() => {
    void run(input.value);
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    // Typing after a submitted query starts a new history entry, so Back
    // returns to that query; further typing only updates the address.
    if ((history.state as { committed?: boolean } | null)?.committed) history.pushState({ committed: false }, '', url);
    else history.replaceState({ committed: false }, '', url);
  }, 40);
}

// Marks for the benchmark (scripts/bench.mjs): keystroke → first results → all results.
input.addEventListener('input', () => performance.mark('search:input'));
input.addEventListener('input', schedule);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  // A submitted query is a step the back button can return to.
  if ((history.state as { committed?: boolean } | null)?.committed && url.href !== location.href) history.pushState({ committed: true }, '', url);
  else history.replaceState({ committed: true }, '', url);
  void run(input.value);
});
window.addEventListener('popstate', () => {
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  void run(input.value);
});

ownOnly.addEventListener('change', () => {
  for (const box of langBoxes) box.checked = ownOnly.checked ? box.value === config.lang : true;
  void run(input.value);
});
for (const box of [...langBoxes, ...kindBoxes]) {
  box.addEventListener('change', () => {
    ownOnly.checked = langBoxes.every((b) => b.checked === (b.value === config.lang));
    void run(input.value);
  });
}

// Keyboard: ↓ from the box into the results, ↑/↓ between them, Esc back and clear.
const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result__title')];
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    const first = resultLinks()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  } else if (event.key === 'Escape') {
    event.preventDefault();
    input.value = '';
    schedule();
  }
});
list.addEventListener('keydown', (event) => {
  const links = resultLinks();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    input.focus();
  }
});

performance.mark('search:ready');
const initial = new URLSearchParams(location.search).get('q');
if (input.value.trim() && input.value !== initial) {
  // The reader typed while this module was loading.
  schedule();
} else if (initial) {
  input.value = initial;
  void run(initial);
}
