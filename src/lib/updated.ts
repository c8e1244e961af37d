import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isoDay } from './dates';

/**
 * When a page's content last changed, derived, never typed: the newest
 * commit date of the files it is made from; today for a file with
 * uncommitted changes (it is changing now); the file's modification time
 * where there is no git history (a copy of the project without .git).
 */
const cache = new Map<string, string>();

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: process.cwd(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function fileChanged(file: string): string {
  const cached = cache.get(file);
  if (cached) return cached;
  const path = resolve(process.cwd(), file);
  let day: string;
  const status = git(['status', '--porcelain', '--', path]);
  const committed = status === '' ? git(['log', '-1', '--format=%cs', '--', path]) : null;
  if (status === null) day = isoDay(statSync(path).mtime);
  else if (status !== '' || !committed) day = isoDay(new Date());
  else day = committed;
  cache.set(file, day);
  return day;
}

/** The newest change among the files (paths from the project root), as YYYY-MM-DD. */
export function lastChanged(files: string[]): string {
  if (files.length === 0) throw new Error('lastChanged needs at least one file.');
  return files.map(fileChanged).sort().at(-1)!;
}
