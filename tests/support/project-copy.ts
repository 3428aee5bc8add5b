/*
 * A throwaway copy of the project to build with edited data files, so a broken or different
 * configuration never touches the real tree: the build tests refuse bad edits with it, and the
 * lead-capture tests build the site as an MSP that turned lead capture on would.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');

/** Copies what a build reads (the packages are linked, not copied) into a new temporary folder. */
export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmit-build-'));
  for (const entry of ['src', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export function removeProjectCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function editJson(dir: string, file: string, edit: (data: any) => void): void {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

/** `astro build` in the copy (its site lands in `<dir>/dist`), with the exit status and everything it printed. */
export function buildCopy(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
