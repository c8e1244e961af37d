import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typography';

const show = (s: string) => s.replace(/\u00a0/g, '⍽');

describe('typography by language', () => {
  it('Russian: non-breaking spaces after short words, in dates, with numbers and before dashes; em dash between words', () => {
    expect(show(typeset('В 6 ноября 2025 года в Вашингтоне - это 17 млрд долларов. Центральная Азия – США, 2020–2021 годы.', 'ru'))).toBe(
      'В⍽6⍽ноября 2025⍽года в⍽Вашингтоне⍽— это 17⍽млрд долларов. Центральная Азия⍽— США, 2020–2021⍽годы.',
    );
  });

  it('Kazakh follows the Russian rules with its own months and year words', () => {
    expect(show(typeset('2025 жылғы 6 қарашада Вашингтонда Қазақстан – АҚШ келісімдері', 'kk'))).toBe(
      '2025⍽жылғы 6⍽қарашада Вашингтонда Қазақстан⍽— АҚШ келісімдері',
    );
  });

  it('English: dates and amounts hold together, a dash keeps to the word before it', () => {
    expect(show(typeset('On 6 November 2025 they announced deals worth $17 billion – a lot.', 'en'))).toBe(
      'On 6⍽November 2025 they announced deals worth $17⍽billion⍽– a lot.',
    );
  });

  it('keeps the spaces at the ends of a run (they belong to the neighbouring element)', () => {
    expect(typeset(' в ', 'ru')).toMatch(/^ в[ \u00a0]$/);
    expect(typeset(' and ', 'en')).toBe(' and ');
  });

  it('Arabic: a day keeps to its month and a number to its word, nothing else changes', () => {
    expect(show(typeset('في 6 نوفمبر 2025 وقّعت صفقات بقيمة 17 مليار دولار - واشنطن', 'ar'))).toBe('في 6⍽نوفمبر 2025 وقّعت صفقات بقيمة 17⍽مليار دولار - واشنطن');
  });

  it('leaves a language without typography rules as written', () => {
    expect(typeset('Il 6 novembre - Roma', 'it')).toBe('Il 6 novembre - Roma');
  });
});

describe('English apostrophes', () => {
  it('turns a typed apostrophe into the typographic one', () => {
    expect(typeset("Akorda's readout, the Accords' declaration", 'en')).toBe('Akorda’s readout, the Accords’ declaration');
  });
});

describe('Kazakh enclitics', () => {
  it('keep да/де with the word before them, not the word after', () => {
    expect(show(typeset('басқа да салаларды және бұдан әрі де халықаралық', 'kk'))).toBe('басқа⍽да салаларды және бұдан әрі⍽де халықаралық');
  });
});
