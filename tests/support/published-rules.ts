import { IT_ROLES, NEEDS, PROVIDER_ROLES, type Need, type ScorableAnswers } from '../../src/lib/assessment/answers';
import type { CountRange, DecisionRule } from '../../src/lib/assessment/decision-rules';
import type { Model } from '../../src/lib/assessment/models';
import type { AssessmentRules } from '../../src/lib/assessment/rules-schema';
import { assessFit } from '../../src/lib/assessment/score';

/** Every subset of the needs, from none to all five. */
export const NEED_SETS: Need[][] = Array.from({ length: 2 ** NEEDS.length }, (_, mask) =>
  NEEDS.filter((_, bit) => mask & (2 ** bit)),
);

/** Head counts on both sides of every boundary the published table names. */
export const BOUNDARY_EMPLOYEES = [49, 50, 74, 75, 100, 101, 1500];
export const BOUNDARY_IT_STAFF = [0, 1, 2, 3, 5, 6];

/** Every combination of the categorical answers at the boundary head counts, unanswered included. */
export function* boundaryAnswers(): Generator<ScorableAnswers> {
  for (const employees of BOUNDARY_EMPLOYEES)
    for (const itStaff of BOUNDARY_IT_STAFF)
      for (const needs of [null, ...NEED_SETS])
        for (const customApps of [null, true, false])
          for (const itIs of [null, ...IT_ROLES])
            for (const mspIs of [null, ...PROVIDER_ROLES]) yield { employees, itStaff, needs, customApps, itIs, mspIs };
}

const within = (value: number, { min, max }: CountRange) =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

/**
 * Whether a row of the table describes this company, read the way the page states it (written
 * apart from the engine's own matcher, so the two check each other).
 */
function rowDescribes(rule: DecisionRule, a: ScorableAnswers, coreGaps: readonly Need[]): boolean {
  const { when } = rule;
  const needs = a.needs;
  if (when.employees && !within(a.employees, when.employees)) return false;
  if (when.itStaff && !within(a.itStaff, when.itStaff)) return false;
  if ((when.gaps || when.coreGaps || when.needsAny) && needs === null) return false;
  if (when.gaps && !within(needs!.length, when.gaps)) return false;
  if (when.coreGaps && !within(needs!.filter((need) => coreGaps.includes(need)).length, when.coreGaps)) return false;
  if (when.needsAny && !when.needsAny.some((need) => needs!.includes(need))) return false;
  if (when.customApps !== undefined && a.customApps !== when.customApps) return false;
  if (when.itIs && a.itIs !== when.itIs) return false;
  if (when.mspIs && a.mspIs !== when.mspIs) return false;
  return true;
}

export interface RuleBreach {
  rule: string;
  answers: ScorableAnswers;
  expected: string;
  got: Model;
}

/**
 * Checks every published rule against the result for one company. The only exceptions allowed
 * are the ones the table itself states: a row higher up decided first, or ruled the model out.
 */
export function breachesFor(answers: ScorableAnswers, rules: AssessmentRules): RuleBreach[] {
  const coreGaps = NEEDS.filter((need) => rules.needs[need].isCoreGap);
  const { recommendation } = assessFit(answers, rules);
  const breaches: RuleBreach[] = [];
  const ruledOut = new Set<Model>();
  let decided: Model | null = null;
  for (const rule of rules.decisionRules) {
    if (!rowDescribes(rule, answers, coreGaps)) continue;
    for (const model of rule.exclude ?? []) {
      if (model !== decided && recommendation === model) {
        breaches.push({ rule: rule.id, answers, expected: `not ${model}`, got: recommendation });
      }
      ruledOut.add(model);
    }
    if (decided === null && rule.recommend && !ruledOut.has(rule.recommend)) {
      decided = rule.recommend;
      if (recommendation !== rule.recommend) {
        breaches.push({ rule: rule.id, answers, expected: rule.recommend, got: recommendation });
      }
    }
  }
  return breaches;
}

/** All breaches over the boundary grid; an empty list means every published rule holds. */
export function publishedRuleBreaches(rules: AssessmentRules, limit = 20): RuleBreach[] {
  const found: RuleBreach[] = [];
  for (const answers of boundaryAnswers()) {
    found.push(...breachesFor(answers, rules));
    if (found.length >= limit) break;
  }
  return found;
}
