/* What each model's figure prices of the chosen scope, and what it lists as left out. */
import type { Scope } from '../scopes';
import { scopeLabel, type Context } from './context';
import type { Coverage, LeftOut } from './types';

type Treatments = Readonly<Record<Scope, { kind: string; reasoning: string }>>;

/** The chosen scope items a model treats this way, in SCOPES order. */
export const chosenOfKind = ({ inputs }: Context, treatments: Treatments, kind: string): Scope[] =>
  inputs.scope.filter((item) => treatments[item].kind === kind);

/**
 * Splits the chosen scope by the model's treatment of each item (from the rate card): every item
 * is either in the figure or left out with its reasoning, never dropped silently. `baseline` is
 * work outside the scope items that this model leaves out, such as a help desk.
 */
export function coverageOf(context: Context, treatments: Treatments, baseline: readonly LeftOut[] = []): Coverage {
  const leftOut = chosenOfKind(context, treatments, 'left-out');
  return {
    covers: context.inputs.scope.filter((item) => !leftOut.includes(item)),
    leavesOut: [
      ...baseline,
      ...leftOut.map((item) => ({
        scopes: [item],
        labels: [scopeLabel(context.card, item)],
        reasoning: treatments[item].reasoning,
      })),
    ],
  };
}

/**
 * For a model that prices one scope item whatever else was chosen (the security tier, a hire):
 * the rest of the chosen scope, and the baseline work named in `alsoLeftOut`, share one reason.
 */
export function oneItemCoverage(
  { card, inputs }: Context,
  item: Scope,
  reasoning: string,
  alsoLeftOut: string,
): Coverage {
  const others = inputs.scope.filter((other) => other !== item);
  return {
    covers: [item],
    leavesOut: [
      { scopes: others, labels: [alsoLeftOut, ...others.map((other) => scopeLabel(card, other))], reasoning },
    ],
  };
}
