import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../i18n/locales';
import type { Article } from './sources';
import { lastChanged } from './updated';

export type DatedArticle = Article | 'method';

/**
 * The content files an article page in one language is made from: its
 * MDX, the quote files it quotes, and for the page on how the explainer is
 * made, the corrections log. The page's "Updated" is the newest change
 * among them: a corrected translation of a quote updates every page
 * quoting it.
 */
export function articleFiles(article: DatedArticle, lang: Locale): string[] {
  const mdx = `content/${article}/${lang}.mdx`;
  const body = readFileSync(resolve(process.cwd(), mdx), 'utf8');
  const quotes = [...body.matchAll(/<Quote\s+id="([^"]+)"/g)].map((m) => `content/quotes/${m[1]}.yaml`);
  return [mdx, ...new Set(quotes), ...(article === 'method' ? ['content/changelog.yaml'] : [])];
}

export function articleUpdated(article: DatedArticle, lang: Locale): string {
  return lastChanged(articleFiles(article, lang));
}
