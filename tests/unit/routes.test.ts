import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { pickLocale } from '../../src/lib/pick-locale';
import { routePath, withBase } from '../../src/lib/routes';

describe('routes', () => {
  it('gives every route a path inside its locale', () => {
    expect(routePath('kk', { kind: 'explainer' })).toBe('/kk/');
    expect(routePath('ar', { kind: 'source', id: '003_x' })).toBe('/ar/sources/003_x/');
  });

  it('applies the deploy base exactly once', () => {
    expect(withBase('/ru/', '/')).toBe('/ru/');
    expect(withBase('/ru/', '/deep/sub/path/')).toBe('/deep/sub/path/ru/');
    expect(withBase('/ru/', '/deep/sub/path')).toBe('/deep/sub/path/ru/');
    expect(() => withBase('ru/', '/')).toThrow(/site-absolute/);
  });

  it('picks the reader’s first language we publish in', () => {
    expect(pickLocale(['kk-KZ', 'ru-RU', 'en'], ['ru', 'kk', 'ar', 'en'])).toBe('kk');
    expect(pickLocale(['de-DE', 'ar-EG'], ['ru', 'kk', 'ar', 'en'])).toBe('ar');
    expect(pickLocale(['fr', 'de'], ['ru', 'kk', 'ar', 'en'])).toBeNull();
  });
});

describe('dates', () => {
  it('formats calendar dates in UTC in each language, Arabic with Latin digits', () => {
    expect(formatDate('2025-11-07', 'en')).toBe('7 November 2025');
    expect(formatDate('2025-11-07', 'ru')).toBe('7 ноября 2025 г.');
    expect(formatDate('2025-11-07', 'kk')).toMatch(/2025 ж\.\s7 қараша/);
    expect(formatDate('2025-11-07', 'ar')).toMatch(/^7 نوفمبر 2025$/);
  });
});
