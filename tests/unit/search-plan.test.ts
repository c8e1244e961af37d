import { describe, expect, it } from 'vitest';
import { planFor, titleMatches, type PlanContext } from '../../src/search/plan';
import { allowedErrors, nearestName } from '../../src/search/typos';
import { compareCandidates, marksWord, rankSections } from '../../src/search/rank';
import { fold } from '../../src/search/fold';
import { normalizeToken } from '../../src/search/tokens';
import { contextFor, ENTRIES } from './plan-harness';

/**
 * The query plan (src/search/plan.ts) for realistic queries, against the
 * real glossary, stop words and stemmers: what each language's index is
 * asked, in which steps. A relevance bug shows here as a wrong plan.
 */
interface Case {
  why: string;
  reader: string;
  lang: string;
  q: string;
  extra?: Partial<PlanContext>;
  all: string[];
  terms?: string[][];
  namesOnly?: string[];
  asked?: string[];
  entity?: string | null;
}

const CASES: Case[] = [
  {
    why: 'a question is searched by its content words; the question words are kept for the section headings',
    reader: 'en', lang: 'en', q: 'when did Kazakhstan join the Abraham Accords',
    all: ['kazakhstan join abraham accords'], terms: [['kazakhstan'], ['join'], ['abraham accords']], namesOnly: ['kazakhstan abraham accords'], asked: ['when', 'did', 'the'], entity: null,
  },
  {
    why: 'a Russian question, on the Russian page: as typed (Pagefind stems it), with the name’s other forms',
    reader: 'ru', lang: 'ru', q: 'когда Казахстан присоединился к соглашениям',
    all: ['казахстан присоединился соглашениям', 'рк присоединился соглашениям'], namesOnly: ['казахстан', 'рк'], asked: ['когда', 'к'],
  },
  {
    why: 'a Kazakh question: the verb cut back to its stem (Pagefind has no Kazakh stemmer), қашан dropped',
    reader: 'kk', lang: 'kk', q: 'Қазақстан қашан қосылды',
    all: ['қазақстан қосыл', 'қр қосыл'], asked: ['кашан'],
  },
  {
    why: 'an Arabic question: من dropped, the country under each spelling the glossary gives',
    reader: 'ar', lang: 'ar', q: 'موقف كازاخستان من فلسطين',
    all: ['موقف كازاخستان فلسطين', 'موقف كازخستان فلسطين', 'موقف قازاقستان فلسطين'], asked: ['من'],
  },
  {
    why: 'a name runs as typed, never replaced by an alias (Saudi Arabia is not searched as Riyadh)',
    reader: 'en', lang: 'en', q: 'Saudi Arabia',
    all: ['saudi arabia'], namesOnly: [], entity: 'saudi-arabia',
  },
  {
    why: 'in another language, a name is searched under the names its readers see (not MBS, not «наследный принц»)',
    reader: 'en', lang: 'ru', q: 'Mohammed bin Salman',
    all: ['мухаммед бен сальма', 'мухаммед бен салма', 'мухаммед бин салма'], entity: 'mohammed-bin-salman',
  },
  {
    why: 'a code typed with a Cyrillic С is searched as the index holds it, c51',
    reader: 'ru', lang: 'ru', q: 'С5+1',
    all: ['c51', 'центральная азия сша'], entity: 'c5-plus-1',
  },
  {
    why: 'a name with another word: combined; the name alone is only the last resort',
    reader: 'en', lang: 'en', q: 'Tokayev visit',
    all: ['tokayev visit', 'tokaev visit'], terms: [['tokayev', 'tokaev'], ['visit']], namesOnly: ['tokayev', 'tokaev'], entity: null,
  },
  {
    why: 'a query of stop words only is searched as typed',
    reader: 'ru', lang: 'ru', q: 'кто',
    all: ['кто'],
  },
  {
    why: 'an exact phrase is left as it is',
    reader: 'en', lang: 'en', q: '"Abraham Accords"',
    all: ['"Abraham Accords"'], entity: null,
  },
  {
    why: 'a word read as a misspelt name adds that name’s forms, and the name leads',
    reader: 'en', lang: 'ru', q: 'Netanyahou', extra: { corrected: new Map([['netanyahou', ENTRIES.netanyahu!]]) },
    all: ['netanyahou', 'нетаньях', 'нетаньяг'], entity: 'netanyahu',
  },
  {
    why: 'a word in another script is no term of this index: nothing to run',
    reader: 'ar', lang: 'en', q: 'موقف',
    all: [], terms: [],
  },
  {
    why: 'a Kazakh inflected word, on the Kazakh page: cut back to what every form starts with',
    reader: 'kk', lang: 'kk', q: 'форумына',
    all: ['форум'],
  },
  {
    why: 'a word typed with plain letters is also searched as the index spells it (cut back to its stem); the typed form is weak',
    reader: 'kk', lang: 'kk', q: 'келисим', extra: { vocabulary: { келисим: 'келісім' } },
    all: ['келисим~', 'келіс'],
  },
];

describe('the query plan', () => {
  for (const c of CASES) {
    it(`${c.reader} → ${c.lang} «${c.q}»: ${c.why}`, async () => {
      const plan = planFor(c.q, await contextFor(c.reader, c.lang, c.extra));
      expect(plan.all.map((r) => r.q + (r.weak ? '~' : ''))).toEqual(c.all);
      if (c.terms) expect(plan.terms.map((t) => t.runs.map((r) => r.q))).toEqual(c.terms);
      if (c.namesOnly) expect(plan.namesOnly.map((r) => r.q)).toEqual(c.namesOnly);
      if (c.asked) expect(plan.asked).toEqual(c.asked);
      if (c.entity !== undefined) expect(plan.entity).toBe(c.entity);
    });
  }
});

describe('tokens', () => {
  it('writes codes as Pagefind indexes them, whatever the keyboard', () => {
    expect(normalizeToken('C5+1')).toBe('c51');
    expect(normalizeToken('С5+1')).toBe('c51');
    expect(normalizeToken('«Lada.kz»,')).toBe('ladakz');
    // A Cyrillic word with no digit stays Cyrillic; қ is not folded (the index tells қ from к).
    expect(normalizeToken('Саммит?')).toBe('саммит');
    expect(normalizeToken('Қазақстан')).toBe('қазақстан');
  });
});

describe('typing errors', () => {
  const all = Object.values(ENTRIES);
  it('reads a word within one or two errors of a name as that name', () => {
    expect(nearestName('netanyahou', all)?.id).toBe('netanyahu');
    expect(nearestName('абрахам', all)?.id).toBe('abraham-accords');
    expect(nearestName('ترمب', all)?.id).toBe('trump');
  });
  it('leaves short words, exact names and far words alone', () => {
    expect(allowedErrors('sudn')).toBe(0);
    expect(nearestName('tokayev', all)).toBeNull();
    expect(nearestName('minerals', all)).toBeNull();
  });
});

describe('ordering', () => {
  it('puts every term before most terms before the names alone, and the name’s own entry first', () => {
    const order = [
      { tier: 1 as const, matched: 2, score: 9 },
      { tier: 0 as const, matched: 0, score: 1 },
      { tier: 2 as const, matched: 0, score: 50 },
      { tier: 1 as const, matched: 3, score: 1 },
      { tier: 0 as const, matched: 0, score: 0.5, lead: true },
    ].sort(compareCandidates);
    expect(order.map((c) => `${c.tier}/${c.matched}${c.lead ? '!' : ''}`)).toEqual(['0/0!', '0/0', '1/3', '1/2', '2/0']);
  });
  it('orders a page’s sections by the words they match, a heading with the question word first', () => {
    const s = (title: string, hash: string, excerpt: string, w = 1) => ({ title, url: `/en/#${hash}`, excerpt, weighted_locations: [{ balanced_score: w }] });
    const sections = [
      s('What happened', 'what-happened', '<mark>Kazakhstan</mark> said', 5),
      s('Key facts', 'key-facts', 'nothing marked'),
      s('Why it matters', 'why-it-matters', '<mark>Kazakhstan</mark> <mark>joined</mark>'),
      s('Reactions', 'reactions', '<mark>Kazakhstan</mark> <mark>joining</mark> <mark>accords</mark>'),
    ];
    expect(rankSections(sections, '/en/').map((x) => x.url)).toEqual(['/en/#reactions', '/en/#why-it-matters', '/en/#what-happened']);
    expect(rankSections(sections, '/en/', ['why', 'did'])[0]!.url).toBe('/en/#why-it-matters');
  });
  it('tells a match of the word from Pagefind’s fall-back to a shorter prefix', async () => {
    const ru = (await import('../../src/search/stemmers')).stemmerFor('ru');
    const stem = (await ru)!;
    expect(marksWord('Израиль <mark>нет</mark> сил', 'нетаняху', stem)).toBe(false);
    expect(marksWord('о <mark>присоединении</mark> к', 'присоединился', stem)).toBe(true);
    expect(marksWord('<mark>Нетаньяху</mark>', 'нетаньяху', null)).toBe(true);
    const ar = (await (await import('../../src/search/stemmers')).stemmerFor('ar'))!;
    expect(marksWord('بأنها <mark>ترمي</mark> إلى', 'ترمب', ar)).toBe(false);
  });
  it('counts a result that marks nothing only when its title holds a searched word', () => {
    expect(titleMatches('Kazakhstan joins the Abraham Accords', ['accord'])).toBe(true);
    expect(titleMatches('Sa’ar phones Kosherbayev', ['accord'])).toBe(false);
  });
});

describe('stop words (content/search/stopwords.yaml)', () => {
  it('builds each language’s list from the kept list, less what carries meaning here, plus what it lacks', async () => {
    const { siteStopwords } = await import('../../src/lib/search-stopwords');
    const lists = siteStopwords();
    expect(lists.en).toContain('when');
    expect(lists.ru).toContain('когда');
    expect(lists.kk).toContain('кашан');
    expect(lists.ar).toContain(fold('متى'));
    // News words and parts of names stay searchable.
    expect(lists.ar).not.toContain('اعلنت');
    expect(lists.ar).not.toContain('بن');
    expect(lists.ru).not.toContain('сказал');
  });
  it('fails with the file, the language and the problem', async () => {
    const { parseStopwords } = await import('../../src/lib/search-stopwords');
    expect(() => parseStopwords('en: { add: [the] }', ['en', 'he'])).toThrow('content/search/stopwords.yaml: no entry for language he');
    expect(() => parseStopwords('en: { from: stopword/xyz }', ['en'])).toThrow('en: from: stopword/xyz is not a list');
    expect(() => parseStopwords('en: { from: stopword/eng, keep: [tokayev] }', ['en'])).toThrow('keep: lists words that are not in stopword/eng: tokayev');
  });
});
