import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LOCALES, LOCALES_FILE } from '../i18n/locales.ts';

/**
 * The files every language of the locale table needs, checked before the
 * build so that a language added without one stops with the file's name
 * and what it is for, not with a page that fails halfway through the build.
 * (The UI strings are checked by src/i18n/check.ts, the stop words by
 * src/lib/search-stopwords.ts, texts inside data files by the content
 * schemas.)
 */
export function languageFileProblems(root: string, codes: readonly string[] = LOCALES.map((l) => l.code)): string[] {
  const problems: string[] = [];
  const need = (path: string, what: string) => {
    if (!existsSync(join(root, path))) problems.push(`${path}: missing: every language of ${LOCALES_FILE} needs ${what}`);
  };
  const bannedFile = join(root, 'content/style/banned.yaml');
  const banned = existsSync(bannedFile) ? (parseYaml(readFileSync(bannedFile, 'utf8')) as Record<string, unknown> | null) : null;
  for (const code of codes) {
    need(`content/explainer/${code}.mdx`, 'its explainer');
    need(`content/background/${code}.mdx`, 'its background page');
    need(`content/method/${code}.mdx`, 'its page on how the explainer is made');
    need(`content/style/${code}.md`, 'its style sheet');
    need(`content/summaries/${code}/`, 'summaries of the sources in other languages (one file per source)');
    if (!banned || !(code in banned)) problems.push(`content/style/banned.yaml: no entry for ${code}: add “${code}: []” if its style sheet bans no form`);
  }
  return problems;
}
