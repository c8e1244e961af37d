import { describe, expect, it } from 'vitest';
import { farStems } from '../../src/search/buckets';
import { expansionsFor, nameEntry, respell, restem, vocabularyFrom } from '../../src/search/expand';
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
    expect(respell('казакстан токаев', v)).toBe('қазақстан тоқаев');
    expect(respell('абрахам', v)).toBeNull();
  });
  it('folds a glossary entry’s names and keeps each language’s first', () => {
    const e = nameEntry({ en: ['Tokayev', 'Tokaev'], ru: ['Токаев'], kk: ['Тоқаев'], ar: ['توكاييف'] });
    expect(e.n).toEqual({ en: 'Tokayev', ru: 'Токаев', kk: 'Тоқаев', ar: 'توكاييف' });
    // The fewest words: a query for the surname finds every text with the full name too.
    expect(nameEntry({ ru: ['Касым-Жомарт Токаев', 'Токаев', 'Глава государства'] }).n.ru).toBe('Токаев');
    expect(e.v).toEqual(['tokayev', 'tokaev', 'токаев', 'توكاييف']);
  });
});

describe('query expansion across scripts', () => {
  const names = [nameEntry({ en: ['Kassym-Jomart Tokayev', 'Tokayev'], ru: ['Касым-Жомарт Токаев', 'Токаев'], kk: ['Қасым-Жомарт Тоқаев', 'Тоқаев'], ar: ['قاسم جومارت توكاييف', 'توكاييف'] }), nameEntry({ en: ['Truth Social'], ru: ['Truth Social'], kk: ['Truth Social'], ar: ['تروث سوشيال', 'Truth Social'] })];
  it('searches a name under its spelling in each language, and not as typed where it is written otherwise', () => {
    expect(expansionsFor('ru', 'Tokayev', names)).toEqual({ names: ['Токаев'], asTyped: false });
    expect(expansionsFor('en', 'Tokayev', names)).toEqual({ names: [], asTyped: true });
    expect(expansionsFor('en', 'Токаева', names)).toEqual({ names: ['Tokayev'], asTyped: false });
    // In the reader's own language too: «Токаева» on the Kazakh page is searched as «Тоқаев».
    expect(expansionsFor('kk', 'Токаева', names)).toEqual({ names: ['Тоқаев'], asTyped: false });
  });
  it('keeps the query as typed when it has words besides the names', () => {
    expect(expansionsFor('kk', 'Токаев Ашхабад', names)).toEqual({ names: ['Тоқаев'], asTyped: true });
    expect(expansionsFor('ru', 'Tokayev speech', names)).toEqual({ names: ['Токаев'], asTyped: true });
  });
  it('keeps the query as typed where the name is written the same, or is not in the glossary', () => {
    expect(expansionsFor('ru', 'Truth Social', names).asTyped).toBe(true);
    expect(expansionsFor('ru', 'Witkoff', names)).toEqual({ names: [], asTyped: true });
  });
});
