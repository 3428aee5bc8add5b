/*
 * One vocabulary from gap to work. The fit assessment asks which gaps the MSP should fill; each
 * gap hands slices of work to the MSP (the split's function ids, which the handoff planner
 * pre-fills as MSP-owned rows), and each slice is priced by one of the estimator's scope items.
 * The mapping is data (src/data/gap-to-work.json, validated at build time by ./gap-to-work.ts);
 * this module only derives from it, with no zod, so pages can hand the results to browser code.
 */
import { NEEDS, type Need } from '../assessment/answers';
import { MSP_CAPABLE, type MspCapableFunction } from '../assessment/split';
import { SCOPES, type Scope } from '../pricing/scopes';

/** The validated contents of src/data/gap-to-work.json. */
export interface GapToWork {
  /** The estimator scope item that prices each slice of work an MSP can own; no two share one. */
  pricedAs: Readonly<Record<MspCapableFunction, Scope>>;
  /** For each gap, the slices of work it hands to the MSP, and why (shown beside the estimator's pre-fill). */
  gaps: Readonly<Record<Need, { handOver: readonly MspCapableFunction[]; reasoning: string }>>;
}

/** What the split and the planner read: the work each gap hands to the MSP. */
export type HandOverByGap = Readonly<Record<Need, readonly MspCapableFunction[]>>;

/** What the estimator and the assessment's estimate link read: the scope items each gap prices. */
export type ScopeByGap = Readonly<Record<Need, readonly Scope[]>>;

export function handOverByGap(map: GapToWork): HandOverByGap {
  return Object.fromEntries(NEEDS.map((need) => [need, [...map.gaps[need].handOver]])) as Record<
    Need,
    MspCapableFunction[]
  >;
}

/** Scope items pricing these slices of work, each once, in the estimator's order. */
export function scopeForWork(work: readonly MspCapableFunction[], map: GapToWork): Scope[] {
  const priced = new Set(work.map((id) => map.pricedAs[id]));
  return SCOPES.filter((item) => priced.has(item));
}

export function scopeByGap(map: GapToWork): ScopeByGap {
  return Object.fromEntries(NEEDS.map((need) => [need, scopeForWork(map.gaps[need].handOver, map)])) as Record<
    Need,
    Scope[]
  >;
}

/** The slice of work a scope item prices, or undefined for one that prices none. */
export function workPricedAs(item: Scope, map: GapToWork): MspCapableFunction | undefined {
  return MSP_CAPABLE.find((id) => map.pricedAs[id] === item);
}
