import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DOMParser } from 'linkedom';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** The two builds every check runs on: at a root, and under a sub-path. */
export const BUILDS = [
  { name: 'root', dir: join(ROOT, 'dist'), base: '/' },
  { name: 'sub-path', dir: join(ROOT, 'dist-sub'), base: '/deep/sub/path/' },
].filter((b) => existsSync(b.dir));

export function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, ext));
    else if (name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

/** The URL path a file is served at. */
export function urlPathOf(dir: string, base: string, file: string): string {
  return base + relative(dir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
}

export function parse(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
}
