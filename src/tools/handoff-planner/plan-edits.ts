import { createDefaultMatrix, type HandoffMatrix, type RowNames } from '../../lib/handoff/matrix';
import { handoffStores, openHandoffStores } from '../../stores/handoff';

let defaults: { names: RowNames; matrix: HandoffMatrix } | undefined;

/**
 * Readies the plan with the page's row names: the stores read what this browser saved, and the
 * default plan is made. The island calls this first, on the server as in the browser.
 */
export function setUpPlan(names: RowNames): void {
  openHandoffStores(names);
  if (defaults?.names !== names) defaults = { names, matrix: createDefaultMatrix(names) };
}

/** What the server renders and every first visit starts from. */
export function defaultPlan(): HandoffMatrix {
  if (defaults === undefined) throw new Error('setUpPlan has not been called: the planner has no row names yet');
  return defaults.matrix;
}

/** The plan being edited: the saved one, or the defaults until this browser has one. */
export const currentPlan = (): HandoffMatrix => handoffStores().plan.get() ?? defaultPlan();

/** Applies an edit to the plan, storing it only when something changed. */
export function editPlan(change: (matrix: HandoffMatrix) => HandoffMatrix): void {
  const before = currentPlan();
  const after = change(before);
  if (after !== before) handoffStores().plan.set(after);
}
