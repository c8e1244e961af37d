import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collectSeeds } from './collect.ts';
import { RULE_WHY } from './noise-rules.ts';
import { SeedProblemsError } from './problems.ts';

/**
 * Content-layer loader: every file in `<root>/seeds/` becomes an entry of the
 * `sources` collection. Any problem in any seed stops the build before a page
 * is written, with one line per problem naming the file.
 */
export function seedLoader(): Loader {
  return {
    name: 'seed-loader',
    async load({ store, parseData, generateDigest, logger, config }) {
      // Resolve from the project root Astro was started with, not the cwd.
      const root = fileURLToPath(config.root);
      const { seeds, problems } = await collectSeeds(root);
      if (problems.length > 0) throw new SeedProblemsError(problems);

      store.clear();
      for (const seed of seeds) {
        // The build log is where an editor sees what was set aside and why.
        const report = seed.noise.map((n) => `line ${n.line} ${n.rule} (${RULE_WHY[n.rule]})`);
        logger.info(
          `${seed.file}: ${seed.lang}, ${seed.date}${seed.dateSource === 'editors' ? ' (editors)' : ''}, ${seed.paragraphs.length} paragraphs; ` +
            (report.length ? `set aside: ${report.join('; ')}` : 'nothing set aside'),
        );
        const data = await parseData({ id: seed.id, data: { ...seed }, filePath: `seeds/${seed.file}` });
        store.set({ id: seed.id, data, digest: generateDigest(seed.verbatim + JSON.stringify(seed)) });
      }
    },
  };
}
