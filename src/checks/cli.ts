/**
 * `npm run lint:content`: the checks on what editors write, run before
 * every build. Typed quotation marks (src/checks/quote-marks.ts), words
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

const argv = process.argv.slice(2);
const rootIndex = argv.indexOf('--root');
const root = rootIndex >= 0 ? argv[rootIndex + 1]! : process.cwd();

const units = await editorialTexts(root);
const problems = [...quoteMarkProblems(units), ...mixedScriptProblems(units), ...bannedFormProblems(units, await readBannedForms(root))].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  console.error(`\n${problems.length} problem(s) in the content. Nothing was built.`);
  process.exit(1);
}
