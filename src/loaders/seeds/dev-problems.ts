import { SeedProblemsError, type SeedProblem } from './problems.ts';

/**
 * In the live preview (`npm run dev`) a seed with a problem must not stop
 * the server: the loader keeps its problems here, and every page shows them
 * in the browser's error overlay until the file is fixed. The loader and the
 * pages run in one process but load their modules apart, so the list lives
 * on globalThis.
 */
const KEY = Symbol.for('kz-explainer.seedProblems');
const state = globalThis as unknown as Record<symbol, SeedProblem[] | undefined>;

export function setSeedProblems(problems: SeedProblem[]): void {
  state[KEY] = problems;
}

/** Throws the seeds' problems (the same message as the build) while there are any. */
export function assertNoSeedProblems(): void {
  const problems = state[KEY];
  if (problems && problems.length > 0) throw new SeedProblemsError(problems);
}
