import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bucketKey, bucketKeys } from '../../src/search/buckets';
import { findNames, nameEntry, type RawNames } from '../../src/search/expand';
import { queryTokens, tokenWords } from '../../src/search/tokens';

const glossary = parseYaml(readFileSync(`${import.meta.dirname}/../../content/glossary.yaml`, 'utf8')) as { id: string; names: RawNames }[];

/** Where the build files an entry (src/lib/search-buckets.ts): under the key of each of its folded names. */
const keysOf = (raw: RawNames) => new Set(nameEntry('', raw).v.map((words) => bucketKey(words[0]!)));
const matchNames = (query: string, entries: ReturnType<typeof nameEntry>[]) => findNames(queryTokens(query).flatMap(tokenWords), entries);

describe('the letter files of the search data', () => {
  it('holds every glossary name where a query that matches it looks', () => {
    let checked = 0;
    for (const { id, names } of glossary) {
      const entry = nameEntry(id, names);
      const filed = keysOf(names);
      for (const name of Object.values(names).flat()) {
        // The name as written, inflected (Токаева, Тоқаевтың, …), and half typed.
        for (const query of [name, `${name}а`, `${name}тың`, name.slice(0, Math.max(4, name.length - 2)), `вчера ${name}`]) {
          if (matchNames(query, [entry]).length === 0) continue;
          checked++;
          expect(bucketKeys(query).some((k) => filed.has(k)), `${id}: «${query}»`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('keys a word by its first two letters as folded, without the Arabic article', () => {
    expect(bucketKey('Қазақстан')).toBe(bucketKey('казакстан'));
    expect(bucketKey('Казахстана')).toBe(bucketKey('Казахстан'));
    expect(bucketKey('الاتفاقات')).toBe(bucketKey('اتفاقات'));
    expect(bucketKey('الإبراهيمية')).toBe(bucketKey('ابراهيم'));
    expect(bucketKey('Tokayev')).toMatch(/^[0-9a-f]{8}$/);
    expect(bucketKey('…')).toBeNull();
    expect(bucketKeys('Тоқаев пен Трамп')).toHaveLength(3);
    expect(bucketKeys('Тоқаев Тоқаевтың')).toHaveLength(1);
  });
});
