import { createDefaultMatrix, type HandoffMatrix } from '../../lib/handoff/matrix';
import { $handoff } from '../../stores/handoff';

/** What the server renders and every first visit starts from. */
export const DEFAULT_MATRIX = createDefaultMatrix();

/** The plan being edited: the saved one, or the defaults until this browser has one. */
export const currentPlan = (): HandoffMatrix => $handoff.get() ?? DEFAULT_MATRIX;

/** Applies an edit to the plan, storing it only when something changed. */
export function editPlan(change: (matrix: HandoffMatrix) => HandoffMatrix): void {
  const before = currentPlan();
  const after = change(before);
  if (after !== before) $handoff.set(after);
}
