/**
 * Synthetic news texts for the scale benchmark (scripts/scale.mjs): N seeds
 * in every language of the site, each a " date YYYY-MM-DD Headline" line and 4–10
 * paragraphs (≈ 200–800 words, the range of the real seeds), recombined from
 * the sentences of our own explainers so every language reads as itself to
 * the language detector. Deterministic: the same N gives the same files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LANGS = ['ru', 'kk', 'en', 'ar'];

/** Plain sentences of one explainer: MDX components, tags and headings removed. */
export function sentencesOf(mdx) {
  const body = mdx.replace(/^---[\s\S]*?---/, '');
  return body
    .split('\n')
    .filter((line) => line.trim() && !/^\s*(<|#|import |export )/.test(line))
    .map((line) => line.replace(/<Q [^>]*>([^<]*)<\/Q>/g, '$1').replace(/<[^>]+>/g, '').replace(/\{[^}]*\}/g, ''))
    .flatMap((line) => line.split(/(?<=[.!?؟])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6);
}

/** A small seeded generator (mulberry32): reproducible runs. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticSeeds(root, dir, n) {
  const corpus = Object.fromEntries(LANGS.map((l) => [l, sentencesOf(readFileSync(join(root, 'content/explainer', `${l}.mdx`), 'utf8'))]));
  const rand = random(n * 7919);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const start = Date.UTC(2020, 7, 13);
  const end = Date.UTC(2025, 11, 31);
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % LANGS.length];
    const date = new Date(start + Math.floor(rand() * (end - start))).toISOString().slice(0, 10);
    const paragraphs = [];
    const count = 4 + Math.floor(rand() * 7);
    for (let p = 0; p < count; p++) {
      paragraphs.push(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(corpus[lang])).join(' '));
    }
    const headline = pick(corpus[lang]).split(/\s+/).slice(0, 9).join(' ').replace(/[.,:;،]+$/, '');
    // A running number in the text keeps two seeds from ever being the same article.
    paragraphs.push(`№ ${i + 1}.`);
    writeFileSync(join(dir, `${String(500 + i).padStart(4, '0')}_synthetic_${lang}.txt`), ` date ${date} ${headline}\n\n${paragraphs.join('\n\n')}\n`);
  }
}
