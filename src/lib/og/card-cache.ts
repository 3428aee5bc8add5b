import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardLayout } from './card-layout';
import { RENDERER } from './renderer-version';

/**
 * Rendered cards kept between builds, one file per card named by a hash of its layout and of the
 * renderer's versions: a card whose text, colour or renderer changed gets a new name, so an
 * entry is never stale, only unused. Each entry a build uses is touched, so what a build did not
 * use can be pruned after it (pruneUntouched).
 */
export function cacheFile(dir: string, layout: CardLayout): string {
  const key = createHash('sha256')
    .update(`${RENDERER}\n${JSON.stringify(layout)}`)
    .digest('hex')
    .slice(0, 40);
  return join(dir, `${key}.png`);
}

export async function readCached(file: string): Promise<Uint8Array | null> {
  try {
    const bytes = await readFile(file);
    const now = new Date();
    await utimes(file, now, now);
    return bytes;
  } catch {
    return null;
  }
}

export async function writeCached(file: string, bytes: Uint8Array, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

/** Deletes the files in `dir` last touched before `since` (ms since the epoch); how many it deleted. */
export async function pruneUntouched(dir: string, since: number): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && info.mtimeMs < since) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
