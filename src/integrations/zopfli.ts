import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/**
 * Recompresses a gzip file with Zopfli: still gzip, so Pagefind's runtime
 * reads it as before, about 5% smaller. Used for Pagefind's WebAssembly,
 * the largest file of a first search (55–60 KB; 2.5 KB less). Hosts serve
 * `.pagefind` files as they are, so this is what every reader downloads.
 * Zopfli takes about a second for it, so results are cached by content
 * (the file only changes with Pagefind's version).
 */
export async function recompress(file: string, cacheDir: string, numiterations = 15): Promise<{ before: number; after: number }> {
  const original = await readFile(file);
  const cached = join(cacheDir, `${createHash('sha256').update(original).digest('hex')}.gz`);
  let smaller = await readFile(cached).catch(() => null);
  if (!smaller) {
    smaller = Buffer.from(await gzipAsync(gunzipSync(original), { numiterations }));
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cached, smaller);
  }
  if (smaller.length < original.length) await writeFile(file, smaller);
  return { before: original.length, after: Math.min(smaller.length, original.length) };
}

/**
 * Every gzip file of a Pagefind bundle but its WebAssembly (recompress does that): the
 * index chunks, excerpt fragments, filters and metadata a search fetches, about 5% smaller.
 * Fewer Zopfli iterations than for the WebAssembly: they change with every content edit.
 */
export async function recompressAll(bundle: string, cacheDir: string): Promise<{ before: number; after: number }> {
  const total = { before: 0, after: 0 };
  const files = (await readdir(bundle, { recursive: true })).filter((name) => /\.pf_[a-z]+$/.test(name));
  for (const name of files) {
    const sizes = await recompress(join(bundle, name), cacheDir, 1);
    total.before += sizes.before;
    total.after += sizes.after;
  }
  return total;
}
