import { canonicalNeeds, IT_STAFF_LIMITS, NEEDS, type ScorableAnswers } from './answers';
import type { Model } from './models';
import { rankModels } from './ranking';
import type { ScoringRules } from './rules-schema';
import { fillTemplate, type TemplateValues } from '../text/template';

/** A single change to the answers that would lead to a different recommendation. */
export interface TippingPoint {
  text: string;
  change: Partial<ScorableAnswers>;
  /** The recommendation the changed answers lead to. */
  recommendation: Model;
}

/** Every employee count where a decision rule starts or stops applying. */
export const employeeThresholds = (rules: Pick<ScoringRules, 'decisionRules'>): number[] =>
  [
    ...new Set(
      rules.decisionRules.flatMap(({ when: { employees } }) =>
        employees ? [employees.min, employees.max === undefined ? undefined : employees.max + 1] : [],
      ),
    ),
  ]
    .filter((count): count is number => count !== undefined)
    .sort((a, b) => a - b);

/**
 * Single changes to the answers given that would flip the recommendation, found by re-scoring
 * the changed answers. Order: IT headcount, employee count (nearest threshold each way), needs,
 * custom apps, roles. Questions not answered yet are listed by the result itself.
 */
export function findTippingPoints(answers: ScorableAnswers, rules: ScoringRules, current: Model): TippingPoint[] {
  const { employees, itStaff, needs, customApps, itIs, mspIs } = answers;
  const { copy } = rules;
  const say = copy.tippingPoints;
  const points: TippingPoint[] = [];
  /** Re-scores with `change`; true (and recorded) when the recommendation moves. */
  const flips = (change: Partial<ScorableAnswers>, text: string, values: TemplateValues = {}) => {
    const { recommendation } = rankModels({ ...answers, ...change }, rules);
    if (recommendation === current) return false;
    points.push({
      text: fillTemplate(text, { ...values, model: copy.models[recommendation] }),
      change,
      recommendation,
    });
    return true;
  };

  if (itStaff < IT_STAFF_LIMITS.max) {
    flips({ itStaff: itStaff + 1 }, itStaff ? say.hireMore : say.hireFirst, { to: itStaff + 1 });
  }
  if (itStaff > IT_STAFF_LIMITS.min) {
    flips({ itStaff: itStaff - 1 }, itStaff > 1 ? say.loseOne : say.loseLast, { to: itStaff - 1 });
  }

  // Headcounts just across each employee threshold in the rules; only the nearest flip each way.
  const thresholds = employeeThresholds(rules);
  thresholds
    .filter((threshold) => threshold <= employees && threshold > 1)
    .reverse()
    .some((threshold) => flips({ employees: threshold - 1 }, say.shrink, { to: threshold - 1, from: employees }));
  thresholds.filter((threshold) => threshold > employees).some((to) => flips({ employees: to }, say.grow, { to }));

  if (needs !== null) {
    for (const need of NEEDS) {
      const has = needs.includes(need);
      flips(
        { needs: canonicalNeeds(has ? needs.filter((chosen) => chosen !== need) : [...needs, need]) },
        has ? say.dropNeed : needs.length ? say.addNeed : say.addFirstNeed,
        { need: copy.needs[need] },
      );
    }
  }
  if (customApps !== null) flips({ customApps: !customApps }, say.customApps[customApps ? 'yes' : 'no']);
  if (itIs !== null) flips({ itIs: itIs === 'capability' ? 'cost-center' : 'capability' }, say.itIs[itIs]);
  if (mspIs !== null) flips({ mspIs: mspIs === 'partner' ? 'cost-lever' : 'partner' }, say.mspIs[mspIs]);
  return points;
}
