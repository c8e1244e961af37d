/**
 * `npm run check:seeds`: validates every file in seeds/ and content/seeds.yaml
 * the way the build does, and says what it found, one line per problem,
 * without a stack trace. Exit code 1 when anything is wrong. The build runs
 * it first, so a bad seed stops the build before any page is written.
 *
 *   node src/loaders/seeds/cli.ts [--root DIR] [--quiet]
 */
import { collectSeeds } from './collect.ts';
import { RULE_WHY } from './noise-rules.ts';
import { formatProblem } from './problems.ts';

const argv = process.argv.slice(2);
const rootIndex = argv.indexOf('--root');
const root = rootIndex >= 0 ? argv[rootIndex + 1]! : process.cwd();
const quiet = argv.includes('--quiet');

try {
  const { seeds, problems } = await collectSeeds(root);
  if (problems.length > 0) {
    console.error(`✗ The seeds cannot be published (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exitCode = 1;
  } else {
    if (!quiet) {
      for (const s of seeds) {
        const setAside = s.noise.map((n) => `line ${n.line} ${n.rule} (${RULE_WHY[n.rule as keyof typeof RULE_WHY]})`);
        console.log(`  ${s.file}: ${s.lang}, ${s.date}, ${s.paragraphs.length} paragraph${s.paragraphs.length === 1 ? '' : 's'}; ${setAside.length ? `set aside: ${setAside.join('; ')}` : 'nothing set aside'}`);
      }
    }
    console.log(`✓ ${seeds.length} seeds checked, no problems.`);
  }
} catch (error) {
  // Anything unexpected still gets one readable line.
  console.error(`✗ Could not check the seeds: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
