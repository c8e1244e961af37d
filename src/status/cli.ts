/**
 * `npm run status`: what each language still lacks and what each news text
 * still needs (src/status/status.ts). `--summary` prints the one line the
 * build shows.
 *
 *   node src/status/cli.ts [--summary] [--root DIR]
 */
import { LOCALE_CODES } from '../i18n/locales.ts';
import { summaryLine, translationStatus } from './status.ts';

const argv = process.argv.slice(2);
const rootAt = argv.indexOf('--root');
const root = rootAt >= 0 ? argv[rootAt + 1]! : process.cwd();
const status = await translationStatus(root, LOCALE_CODES);

if (argv.includes('--summary')) {
  console.log(summaryLine(status));
} else {
  if (status.gaps.length === 0 && status.seeds.length === 0) console.log('Every language is complete and up to date, and every news text has what it needs.');
  for (const g of status.gaps) {
    const parts = [g.missing.length ? `missing in ${g.missing.join(', ')}` : '', g.older.length && g.newest ? `${g.older.join(', ')} older than ${g.newest.lang} (changed ${g.newest.date})` : ''].filter(Boolean);
    console.log(`${g.piece}: ${parts.join('; ')}`);
  }
  for (const s of status.seeds) {
    console.log(`seeds/${s.seed}.txt needs:`);
    for (const n of s.needs) console.log(`  - ${n}`);
  }
}
