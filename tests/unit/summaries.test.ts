import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOCALE_CODES } from '../../src/i18n/locales';
import { collectSeeds } from '../../src/loaders/seeds/collect';

const ROOT = new URL('../..', import.meta.url).pathname;
const { seeds } = await collectSeeds(ROOT);
const SECTIONS = ['what-happened', 'why-it-matters', 'kazakhstan-position', 'background', 'reactions'];
type Summary = { summary: string; points: string[] };
type Correction = { source: string; section: string; text: Record<string, string> };
const corrections = parseYaml(readFileSync(`${ROOT}/content/corrections.yaml`, 'utf8')) as Correction[];
const read = (lang: string, id: string) => parseYaml(readFileSync(`${ROOT}/content/summaries/${lang}/${id}.yaml`, 'utf8')) as Summary;

describe('summaries of the sources', () => {
  it('exist for every current source in every language but its own, and for nothing else', () => {
    const expected = seeds.flatMap((s) => LOCALE_CODES.filter((l) => l !== s.lang).map((l) => `${l}/${s.id}.yaml`)).sort();
    const found = LOCALE_CODES.flatMap((l) => readdirSync(`${ROOT}/content/summaries/${l}`).map((f) => `${l}/${f}`)).sort();
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
  });

  for (const seed of seeds) {
    for (const lang of LOCALE_CODES.filter((l) => l !== seed.lang)) {
      it(`${lang}/${seed.id}: 60–120 words, 3–5 points`, () => {
        const s = read(lang, seed.id);
        const words = s.summary.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        expect(words).toBeGreaterThanOrEqual(60);
        expect(words).toBeLessThanOrEqual(120);
        expect(s.points.length).toBeGreaterThanOrEqual(3);
        expect(s.points.length).toBeLessThanOrEqual(5);
        if (lang === 'kk') {
          const cyr = `${s.summary} ${s.points.join(' ')}`.match(/\p{Script=Cyrillic}+/gu)!;
          expect(cyr.filter((w) => /[әғқңөұүһі]/iu.test(w)).length / cyr.length).toBeGreaterThan(0.25);
        }
        if (lang !== 'en') expect(`${s.summary} ${s.points.join(' ')}`).not.toMatch(/(?:\b[A-Za-z]{2,}\s+){4}[A-Za-z]{2,}/);
      });
    }
  }

  it('flags what FACTS.md says each source gets wrong, in every language, the source’s own included', () => {
    const flagged: Record<string, string> = { '000_d6bbdde2d208ad8b': 'background', '001_bf62e9e2aa893e81': 'what-happened', '003_385850e134b41bb0': 'background', '004_00dd62ac403b8782': 'reactions' };
    for (const [id, section] of Object.entries(flagged)) {
      const found = corrections.filter((c) => c.source === id);
      expect(found.map((c) => c.section), id).toContain(section);
      for (const c of found) for (const lang of LOCALE_CODES) expect(c.text[lang]?.trim(), `${id} ${lang}`).toBeTruthy();
    }
  });

  it('corrections point at sections of the explainer and at sources that exist', () => {
    for (const c of corrections) {
      expect(SECTIONS).toContain(c.section);
      expect(seeds.some((s) => s.id === c.source), c.source).toBe(true);
    }
  });
});
