import { describe, expect, it } from 'vitest';
import { stemKazakh } from '../../src/search/kazakh';

/** Forms from the Kazakh texts of the site (explainer, chronology, seed 001) and the forms readers type. */
const TABLE: [string, string][] = [
  ['шарты', 'шарт'],
  ['форумы', 'форум'],
  ['форумына', 'форум'],
  ['форумда', 'форум'],
  ['қосылды', 'қосыл'],
  ['қосылуы', 'қосыл'],
  ['қосылған', 'қосыл'],
  ['келісімдеріне', 'келісім'],
  ['келісімдерінің', 'келісім'],
  ['мемлекеттерге', 'мемлекет'],
  ['келіссөздердің', 'келіссөз'],
  ['Тоқаевтың', 'Тоқаев'],
  ['Тоқаевқа', 'Тоқаев'],
  ['Вашингтонда', 'Вашингтон'],
  ['Ашғабаттан', 'Ашғабат'],
  ['Израильмен', 'Израиль'],
  ['Қазақстанның', 'Қазақстан'],
  ['Түрікменстан', 'Түрікменстан'],
  ['шартында', 'шарт'],
  ['Астананың', 'Астана'],
  ['Астананы', 'Астана'],
  ['Судан', 'Судан'],
  ['ел', 'ел'],
  ['C5+1', 'C5+1'],
  ['Trump', 'Trump'],
];

describe('the Kazakh query stemmer', () => {
  it.each(TABLE)('%s → %s', (form, stem) => {
    expect(stemKazakh(form)).toBe(stem);
  });

  it('leaves a stem every form of the word starts with', () => {
    for (const form of ['келісімге', 'келісімдер', 'келісімнің']) expect(form.startsWith(stemKazakh('келісімдеріне'))).toBe(true);
  });
});
