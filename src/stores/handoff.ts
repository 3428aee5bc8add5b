import { persistentAtom } from '@nanostores/persistent';
import { atom, computed, type WritableAtom } from 'nanostores';
import type { CheckWords } from '../lib/handoff-copy/copy-schema';
import { runChecks } from '../lib/handoff/checks';
import { importMatrixJson, matrixDocument } from '../lib/handoff/json-codec';
import type { HandoffMatrix, RowNames } from '../lib/handoff/matrix';
import { STORAGE_KEYS } from '../lib/tools/storage-keys';
import { $storageWorks } from './storage';

export { $storageWorks };

/**
 * A matrix kept in storage in the same versioned JSON as the export file, so an entry from an
 * older planner migrates and a corrupt or tampered one is dropped (read as "no saved plan")
 * through the same checks a hostile file goes through. `undefined` removes the entry. Every
 * label is stored, so the names only matter for an entry that lost one.
 */
export const matrixStorageCodec = (names: RowNames) => ({
  encode: (matrix: HandoffMatrix | undefined): string | undefined =>
    matrix === undefined ? undefined : JSON.stringify(matrixDocument(matrix)),
  decode: (stored: string): HandoffMatrix | undefined => {
    const read = importMatrixJson(typeof stored === 'string' ? stored : '', names);
    return read.ok ? read.matrix : undefined;
  },
});

type PlanAtom = WritableAtom<HandoffMatrix | undefined>;

interface HandoffStores {
  /** The plan being edited; undefined until this browser has one. */
  plan: PlanAtom;
  /**
   * The plan that a link, a file or the assessment replaced, so replacing is never a loss: the
   * page offers to go back to it, even after a reload.
   */
  backup: PlanAtom;
}

let opened: HandoffStores | undefined;

/**
 * Reads the planner's storage, with the row names the page was given (a store reads its entry
 * as it is made, and the names arrive as the island's props, so the stores wait for them). The
 * first call makes the stores; later ones return the same.
 */
export function openHandoffStores(names: RowNames): HandoffStores {
  if (opened === undefined) {
    const codec = matrixStorageCodec(names);
    opened = {
      plan: persistentAtom<HandoffMatrix | undefined>(STORAGE_KEYS.handoff, undefined, codec),
      backup: persistentAtom<HandoffMatrix | undefined>(STORAGE_KEYS.handoffPrevious, undefined, codec),
    };
  }
  return opened;
}

/** The stores openHandoffStores made; calling this before it is a bug in the page. */
export function handoffStores(): HandoffStores {
  if (opened === undefined) throw new Error('openHandoffStores has not been called: the planner has no row names yet');
  return opened;
}

/** Puts `next` on screen, keeping the current plan (if any, and if different) as the backup. */
export function replaceMatrix(next: HandoffMatrix): boolean {
  const { plan, backup } = handoffStores();
  const current = plan.get();
  const kept = current !== undefined && JSON.stringify(current) !== JSON.stringify(next);
  if (kept) backup.set(current);
  plan.set(next);
  return kept;
}

/** Swaps the backup back in; the plan it replaces becomes the backup, so this can be undone too. */
export function restoreBackup(): void {
  const { plan, backup } = handoffStores();
  const kept = backup.get();
  if (kept === undefined) return;
  backup.set(plan.get());
  plan.set(kept);
}

/**
 * The plan on screen and its checks, worked out once per version of the plan for whatever reads
 * them (the summary, every card, the print appendix). The default plan (made with the page's row
 * names) and the checks' words are the page's, handed to the island as props, so each island
 * makes its own, after openHandoffStores. Until `open()` they are the default plan's, whatever
 * this browser saved, as the server rendered them: the first render in the browser then hydrates
 * the server's markup unchanged.
 */
export function planResults(defaults: HandoffMatrix, checkWords: CheckWords) {
  const $opened = atom(false);
  const $plan = computed([handoffStores().plan, $opened], (stored, opened) =>
    opened ? (stored ?? defaults) : defaults,
  );
  return {
    $plan,
    /** A new array only when the plan changed, which tells the summary when to say what changed. */
    $checks: computed($plan, (matrix) => runChecks(matrix, checkWords)),
    /** The page has decided what it opens with: from now on the results follow the stored plan. */
    open: () => $opened.set(true),
  };
}

export type PlanResults = ReturnType<typeof planResults>;
