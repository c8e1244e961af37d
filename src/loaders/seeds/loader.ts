import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collectSeeds } from './collect.ts';
import { RULE_WHY } from './noise-rules.ts';
import { setSeedProblems } from './dev-problems.ts';
import { SeedProblemsError } from './problems.ts';

/**
 * Content-layer loader: every file in `<root>/seeds/` becomes an entry of the
 * `sources` collection. Any problem in any seed stops the build before a page
 * is written, with one line per problem naming the file. In the live preview
 * it watches `seeds/` and `content/seeds.yaml`: a text added, changed or
 * removed updates the pages at once, and a problem is shown (terminal and
 * browser overlay, src/loaders/seeds/dev-problems.ts) until it is fixed.
 */
export function seedLoader(): Loader {
  return {
    name: 'seed-loader',
    async load({ store, parseData, generateDigest, logger, config, watcher }) {
      // Resolve from the project root Astro was started with, not the cwd.
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { seeds, problems } = await collectSeeds(root);
        setSeedProblems(problems);
        if (problems.length > 0) throw new SeedProblemsError(problems);

        store.clear();
        for (const seed of seeds) {
          // The build log is where an editor sees what was set aside and why.
          const report = seed.noise.map((n) => `line ${n.line} ${n.rule} (${RULE_WHY[n.rule]})`);
          logger.info(
            `${seed.file}: ${seed.lang}, ${seed.date}${seed.dateSource === 'editors' ? ' (editors)' : ''}, ${seed.paragraphs.length} paragraph${seed.paragraphs.length === 1 ? '' : 's'}; ` +
              (report.length ? `set aside: ${report.join('; ')}` : 'nothing set aside'),
          );
          const data = await parseData({
            id: seed.id,
            data: { ...seed },
            filePath: `seeds/${seed.file}`,
          });
          store.set({
            id: seed.id,
            data,
            digest: generateDigest(seed.verbatim + JSON.stringify(seed)),
          });
        }
      };
      if (!watcher) return sync();
      // The live preview: never stop the server for an editor's file; show what is wrong instead.
      const report = (error: unknown) => logger.error(error instanceof Error ? error.message : String(error));
      await sync().catch(report);
      const seedsDir = join(root, 'seeds');
      const meta = join(root, 'content', 'seeds.yaml');
      watcher.add([seedsDir, meta]);
      const changed = (path: string) => {
        if (path !== meta && !path.startsWith(`${seedsDir}/`)) return;
        void sync().then(() => logger.info(`${relative(root, path)} changed: sources reloaded`), report);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
    },
  };
}
