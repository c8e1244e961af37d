import { describe, expect, it } from 'vitest';
import { parseInline, parseInlineFrom } from '../../src/lib/inline';

describe('the inline marks of data strings', () => {
  it('splits text, quotes, titles, terms and the checked-as-of date', () => {
    expect(parseInline('Trump wrote [[quote:trump-first-of-many]] on [[title:Truth Social]], [[term:club of strength]] [[asof]]; [[asof:start]]')).toEqual([
      { kind: 'text', text: 'Trump wrote ' },
      { kind: 'quote', id: 'trump-first-of-many' },
      { kind: 'text', text: ' on ' },
      { kind: 'title', text: 'Truth Social' },
      { kind: 'text', text: ', ' },
      { kind: 'term', text: 'club of strength' },
      { kind: 'text', text: ' ' },
      { kind: 'asof', start: false },
      { kind: 'text', text: '; ' },
      { kind: 'asof', start: true },
    ]);
  });

  it('refuses an unknown, empty or unclosed mark, saying where the string is from', () => {
    expect(() => parseInline('[[qoute:x]]')).toThrow(/unknown mark "qoute"/);
    expect(() => parseInline('[[term:]]')).toThrow(/empty/);
    expect(() => parseInline('[[asof:end]]')).toThrow(/\[\[asof\]\] or \[\[asof:start\]\]/);
    expect(() => parseInline('a [[quote:x')).toThrow(/unclosed or malformed/);
    expect(() => parseInlineFrom('[[quote:Not An Id]]', 'content/chronology.yaml x text.en')).toThrow(/^content\/chronology\.yaml x text\.en: /);
  });
});
