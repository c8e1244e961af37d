/**
 * `npm run lint:content`: the checks on what editors write, run before
 * every build. The locale table and every language's UI strings
 * (src/i18n/locales.ts, src/i18n/check.ts), typed quotation marks (src/checks/quote-marks.ts), words
 * that mix scripts (src/checks/mixed-script.ts) and forms a language's style
 * sheet rules out (src/checks/banned-forms.ts), each reported as
 * `file:line: problem`, no stack trace; exit code 1 when anything is found.
 *
 *   node src/checks/cli.ts [--root DIR]
 */
import { bannedFormProblems, readBannedForms } from './banned-forms.ts';
import { mixedScriptProblems } from './mixed-script.ts';
import { quoteMarkProblems } from './quote-marks.ts';
import { editorialTexts } from './texts.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const rootIndex = argv.indexOf('--root');
const root = rootIndex >= 0 ? argv[rootIndex + 1]! : process.cwd();

// The table is checked as it is read: a broken row ends here with its file, language and field.
let stringProblems: (files: Record<string, unknown>) => string[];
try {
  ({ stringProblems } = await import('../i18n/check.ts'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('\nThe locale table is incomplete. Nothing was built.');
  process.exit(1);
}
// The UI strings belong to the code beside this file, whatever --root the content is read from.
const stringsDir = fileURLToPath(new URL('../i18n/strings/', import.meta.url));
const stringFiles = Object.fromEntries(
  await Promise.all(
    (await readdir(stringsDir)).filter((f) => f.endsWith('.json')).map(async (f) => [f.replace(/\.json$/, ''), JSON.parse(await readFile(join(stringsDir, f), 'utf8')) as unknown] as const),
  ),
);
const { languageFileProblems } = await import('./languages.ts');
const missing = [...stringProblems(stringFiles), ...languageFileProblems(root)];

const units = await editorialTexts(root);
const problems = [...quoteMarkProblems(units), ...mixedScriptProblems(units), ...bannedFormProblems(units, await readBannedForms(root))].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
for (const m of missing) console.error(m);
for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
if (missing.length + problems.length > 0) {
  console.error(`\n${missing.length + problems.length} problem(s) in the languages' files and the content. Nothing was built.`);
  process.exit(1);
}
