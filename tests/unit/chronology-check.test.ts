import { describe, expect, it } from 'vitest';
import { chronologyProblems, type CategoryLike, type EventLike } from '../../src/lib/chronology-check';

const cats = new Map<string, CategoryLike>([
  ['accords', { id: 'accords', data: { from: '2020-08-01', to: '2021-01-31' } }],
  ['kazakhstan', { id: 'kazakhstan', data: { from: '2025-10-01' } }],
  ['context', { id: 'context', data: {} }],
]);
const event = (id: string, date: string, extra: Partial<EventLike['data']> = {}): EventLike => ({ id, data: { date, category: 'kazakhstan', sources: ['a'], ...extra } });

describe('the chronology check', () => {
  it('accepts same-day events with distinct orders and categories that fit', () => {
    expect(chronologyProblems([event('a', '2025-11-06', { order: 1 }), event('b', '2025-11-06', { order: 2 }), event('c', '2023-02-02', { category: 'context' })], cats)).toEqual([]);
  });

  it('refuses a tie without an order, naming the events', () => {
    expect(chronologyProblems([event('dinner', '2025-11-06', { order: 1 }), event('meeting', '2025-11-06')], cats)).toEqual([
      'content/chronology.yaml: 2 events on 2025-11-06 (dinner, meeting) need distinct `order:` values, in the order they happened',
    ]);
  });

  it('refuses a source listed twice and a category the date does not fit', () => {
    const problems = chronologyProblems([event('ashgabat', '2025-12-12', { sources: ['kazpravda', 'kazpravda'] }), event('sudan-2023', '2023-02-02', { category: 'accords' })], cats);
    expect(problems).toEqual([
      'content/chronology.yaml: ashgabat lists kazpravda twice in sources',
      'content/chronology.yaml: sudan-2023 (2023-02-02) is outside category "accords" (2020-08-01 to 2021-01-31); give it the category its date and subject fit',
    ]);
  });
});
