/**
 * A problem found in an editor's input. Problems are collected, not thrown
 * one by one, so an editor sees every problem of a run at once, one line each.
 */
export interface SeedProblem {
  /** Path relative to the project root, e.g. `seeds/005_x.txt` or `content/seeds.yaml`. */
  file: string;
  line?: number;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export function formatProblem(p: SeedProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.message} ${p.fix}`;
}

/** Thrown by the loader; carries every problem so the message lists them all. */
export class SeedProblemsError extends Error {
  readonly problems: SeedProblem[];
  constructor(problems: SeedProblem[]) {
    const lines = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
    super(
      `The seeds cannot be published (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines}`,
    );
    this.name = 'SeedProblemsError';
    this.problems = problems;
    // The message is the whole report; a stack trace would only hide it.
    this.stack = this.message;
  }
}
