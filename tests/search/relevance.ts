import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

/**
 * The relevance set (relevance.yaml, see README.md) run the way a reader
 * searches: typed into a language's search page, the results read in the
 * order shown. Used by tests/e2e/relevance.spec.ts and npm run bench:search.
 */
export interface RelevanceQuery {
  lang: string;
  q: string;
  type: string;
  expect: string[];
}

export interface Answer extends RelevanceQuery {
  /** Destinations shown, in order, without the deploy base or the highlight parameter. */
  shown: string[];
  /** 1-based place of the first expected destination, or null. */
  rank: number | null;
}

export const relevanceSet = (): RelevanceQuery[] => parseYaml(readFileSync(`${import.meta.dirname}/relevance.yaml`, 'utf8')) as RelevanceQuery[];

/** An expected destination with a #section needs that section; without one, any part of the page does. */
export function matches(expected: string, shown: string): boolean {
  return expected.includes('#') ? shown === expected : shown.replace(/#.*$/, '') === expected;
}

export function rankOf(expect: readonly string[], shown: readonly string[]): number | null {
  const i = shown.findIndex((s) => expect.some((e) => matches(e, s)));
  return i < 0 ? null : i + 1;
}

/** Runs every query of one language on its search page (opened once), as typed and submitted. */
export async function answersFor(page: Page, lang: string, queries: readonly RelevanceQuery[]): Promise<Answer[]> {
  await page.goto(`${lang}/search/`);
  const base = new URL(page.url()).pathname.replace(new RegExp(`${lang}/search/$`), '');
  const out: Answer[] = [];
  for (const query of queries) {
    await page.locator('#search-q').fill(query.q);
    await page.locator('#search-q').press('Enter');
    const q = query.q.trim();
    await page.waitForFunction((text) => performance.getEntriesByName('search:done').some((m) => (m as PerformanceMark).detail === text), q, { timeout: 20_000 });
    const hrefs = await page.locator('a.result__title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const shown = hrefs.map((href) => {
      const url = new URL(href);
      return `/${url.pathname.slice(base.length)}${url.hash}`;
    });
    out.push({ ...query, shown, rank: rankOf(query.expect, shown) });
    // The next query's marks must not be confused with this one's.
    await page.evaluate(() => performance.clearMarks('search:done'));
  }
  return out;
}

export interface Score {
  queries: number;
  top3: number;
  mrr: number;
}

export function score(answers: readonly Answer[]): Score {
  const n = answers.length;
  return {
    queries: n,
    top3: n === 0 ? 0 : answers.filter((a) => a.rank !== null && a.rank <= 3).length / n,
    mrr: n === 0 ? 0 : answers.reduce((sum, a) => sum + (a.rank ? 1 / a.rank : 0), 0) / n,
  };
}
