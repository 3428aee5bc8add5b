import { persistentAtom } from '@nanostores/persistent';
import { importMatrixJson, matrixDocument } from '../lib/handoff/json-codec';
import type { HandoffMatrix } from '../lib/handoff/matrix';
// The assessment's store module installs the safe storage engine; importing it first means the
// engine is in place before the atoms below read storage. The planner also reads its answers.
import { $assessment, $storageWorks } from './assessment';

export { $assessment, $storageWorks };

export const HANDOFF_STORAGE_KEY = 'co-managed-it:handoff';
export const HANDOFF_BACKUP_KEY = 'co-managed-it:handoff-previous';

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
export const $handoff = persistentAtom<HandoffMatrix | undefined>(HANDOFF_STORAGE_KEY, undefined, matrixStorageCodec);

/**
 * The plan that a link, a file or the assessment replaced, so replacing is never a loss: the
 * page offers to go back to it, even after a reload.
 */
export const $handoffBackup = persistentAtom<HandoffMatrix | undefined>(
  HANDOFF_BACKUP_KEY,
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
