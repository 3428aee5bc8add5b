import { persistentAtom } from '@nanostores/persistent';
import { importMatrixJson, matrixDocument } from '../lib/handoff/json-codec';
import type { HandoffMatrix } from '../lib/handoff/matrix';
import { STORAGE_KEYS } from '../lib/tools/storage-keys';
import { $storageWorks } from './storage';

export { $storageWorks };

/**
 * A matrix kept in storage in the same versioned JSON as the export file, so an entry from an
 * older planner migrates and a corrupt or tampered one is dropped (read as "no saved plan")
 * through the same checks a hostile file goes through. `undefined` removes the entry.
 */
export const matrixStorageCodec = {
  encode: (matrix: HandoffMatrix | undefined): string | undefined =>
    matrix === undefined ? undefined : JSON.stringify(matrixDocument(matrix)),
  decode: (stored: string): HandoffMatrix | undefined => {
    const read = importMatrixJson(typeof stored === 'string' ? stored : '');
    return read.ok ? read.matrix : undefined;
  },
};

/** The plan being edited; undefined until this browser has one. */
export const $handoff = persistentAtom<HandoffMatrix | undefined>(STORAGE_KEYS.handoff, undefined, matrixStorageCodec);

/**
 * The plan that a link, a file or the assessment replaced, so replacing is never a loss: the
 * page offers to go back to it, even after a reload.
 */
export const $handoffBackup = persistentAtom<HandoffMatrix | undefined>(
  STORAGE_KEYS.handoffPrevious,
  undefined,
  matrixStorageCodec,
);

/** Puts `next` on screen, keeping the current plan (if any, and if different) as the backup. */
export function replaceMatrix(next: HandoffMatrix): boolean {
  const current = $handoff.get();
  const kept = current !== undefined && JSON.stringify(current) !== JSON.stringify(next);
  if (kept) $handoffBackup.set(current);
  $handoff.set(next);
  return kept;
}

/** Swaps the backup back in; the plan it replaces becomes the backup, so this can be undone too. */
export function restoreBackup(): void {
  const backup = $handoffBackup.get();
  if (backup === undefined) return;
  $handoffBackup.set($handoff.get());
  $handoff.set(backup);
}
