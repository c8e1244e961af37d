import { describe, expect, it } from 'vitest';
import { farStems } from '../../src/search/buckets';
import { nameEntry, respellWord, restem, variantWords, vocabularyFrom } from '../../src/search/expand';
import { isStemmed, stemmerFor, stemQuery } from '../../src/search/stemmers';

describe('query stemming for other languages’ indexes', () => {
  it('stems Russian, English and Arabic words the way their Snowball stemmers do', async () => {
    const ru = (await stemmerFor('ru'))!;
    const en = (await stemmerFor('en'))!;
    const ar = (await stemmerFor('ar'))!;
    expect(stemQuery('Казахстана', ru)).toBe('казахста');
    expect(stemQuery('соглашениями', ru)).toBe(stemQuery('соглашения', ru));
    expect(stemQuery('Абрахам Accords', en)).toBe('абрахам accord');
    expect(stemQuery('الاتفاقات', ar)).toBe(stemQuery('اتفاق', ar));
  });
  it('cuts Kazakh queries back itself: Pagefind does not stem Kazakh, so its index holds whole words', async () => {
    expect(isStemmed('kk')).toBe(false);
    const kk = (await stemmerFor('kk'))!;
    expect(stemQuery('Тоқаевқа форумына', kk)).toBe('тоқаев форум');
  });
  it('leaves an exact (quoted) query and non-words alone', async () => {
    const ru = (await stemmerFor('ru'))!;
    expect(stemQuery('"Казахстана"', ru)).toBe('"Казахстана"');
    expect(stemQuery('Lada.kz 2025', ru)).toBe('lada.kz 2025');
    expect(stemQuery('ещё', ru)).toBe(stemQuery('еще', ru));
  });
});

describe('stems that start elsewhere', () => {
  it('files a word with its stem only when the stem starts with other letters', async () => {
    const ar = (await stemmerFor('ar'))!;
    const ru = (await stemmerFor('ru'))!;
    expect(farStems(['الاتفاقات', 'السودان', 'سودان'], ar)).toEqual({ الاتفاقات: 'اتفاق', السودان: 'سود' });
    expect(farStems(['казахстана', 'соглашениями'], ru)).toEqual({});
  });
  it('gives Pagefind the stem of such a word, and leaves the rest and exact queries alone', () => {
    const stems = { الاتفاقات: 'اتفاق' };
    expect(restem('الاتفاقات الإبراهيمية', stems)).toBe('اتفاق الإبراهيمية');
    expect(restem('"الاتفاقات"', stems)).toBe('"الاتفاقات"');
  });
});

describe('compact search data', () => {
  it('keys a vocabulary by the plain spelling', () => {
    const v = vocabularyFrom(['қазақстан', 'тоқаев']);
    expect(respellWord('казакстан', v)).toBe('қазақстан');
    expect(respellWord('абрахам', v)).toBeNull();
  });
  it('keeps a glossary entry’s names and aliases as words, and for each language the names worth searching', () => {
    const e = nameEntry('tokayev', { en: ['Tokayev'], ru: ['Токаев'], kk: ['Тоқаев'], ar: ['توكاييف'] }, { en: ['Tokaev'] });
    expect(e.n).toEqual({ en: ['Tokayev'], ru: ['Токаев'], kk: ['Тоқаев'], ar: ['توكاييف'] });
    expect(e.first.en).toBe('Tokayev');
    // Folded: Токаев and Тоқаев are one variant.
    expect(e.v).toEqual([['tokayev'], ['токаев'], ['توكاييف'], ['tokaev']]);
    // A name that contains every word of a shorter one finds nothing more: Токаев stands for both.
    expect(nameEntry('tokayev', { ru: ['Касым-Жомарт Токаев', 'Токаев', 'Глава государства'] }).n.ru).toEqual(['Токаев', 'Глава государства']);
    // Codes as the index holds them, whatever the keyboard.
    expect(nameEntry('c5-plus-1', { en: ['C5+1'] }).v).toEqual([['c51']]);
    expect(variantWords('С5+1 саммиті')).toEqual(['c51', 'саммити']);
  });
});
