/*
 * One vocabulary from gap to work: for every set of gaps the assessment can be answered with,
 * the work its split hands the MSP is the work the estimator pre-fills and prices, and the work
 * the planner pre-fills as MSP-owned. Each tool is driven the way the browser drives it: the
 * split from the assessment's answers, the estimator from what the assessment saved and from the
 * "estimate this" link, the planner from the split.
 */
import { describe, expect, it } from 'vitest';
import { NEEDS, type Need } from '../../../src/lib/assessment/answers';
import { estimatorHrefFromAssessment } from '../../../src/lib/assessment/estimator-link';
import { encodeAssessmentQuery } from '../../../src/lib/assessment/link-codec';
import { assessmentRules } from '../../../src/lib/assessment/rules';
import { ALWAYS_INTERNAL, splitForNeeds, type FunctionId } from '../../../src/lib/assessment/split';
import { matrixFromSplit } from '../../../src/lib/handoff/matrix';
import { readSavedAssessment } from '../../../src/lib/pricing/assessment-prefill';
import { estimatePricing, PRICING_MODEL_IDS } from '../../../src/lib/pricing/estimate';
import { inputsFromAssessment } from '../../../src/lib/pricing/assessment-prefill';
import { SCOPES, type Scope } from '../../../src/lib/pricing/inputs';
import { decodeEstimatorQuery } from '../../../src/lib/pricing/link-codec';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { handOverByGap, scopeByGap, workPricedAs } from '../../../src/lib/work/work-by-gap';
import { ROW_NAMES } from '../../support/row-names';

const HAND_OVER = handOverByGap(gapToWork);
const SCOPE_BY_GAP = scopeByGap(gapToWork);

/** All 32 sets of gaps. */
const GAP_SETS: Need[][] = Array.from({ length: 2 ** NEEDS.length }, (_, mask) =>
  NEEDS.filter((_, bit) => mask & (2 ** bit)),
);

/** What each tool shows for one set of gaps, starting from the same assessment answers. */
function toolsFor(needs: Need[], customApps: boolean) {
  const answers = {
    employees: 120,
    itStaff: 2,
    needs,
    needsAnswered: true,
    customApps,
    itIs: 'capability',
    mspIs: 'partner',
  } as const;
  const split = splitForNeeds(needs, customApps, assessmentRules, HAND_OVER);
  const saved = readSavedAssessment(encodeAssessmentQuery(answers, null))!;
  const prefilled = inputsFromAssessment(saved.answers, rateCard, SCOPE_BY_GAP);
  const linked = decodeEstimatorQuery(estimatorHrefFromAssessment(answers, SCOPE_BY_GAP, null).split('?')[1]!).inputs;
  const plan = matrixFromSplit(split, ROW_NAMES);
  return {
    splitMsp: split.msp.map((item) => item.id),
    splitInternal: split.internal.map((item) => item.id),
    prefilled,
    linkedScope: linked.scope ?? [],
    plannerMsp: plan.rows.filter((row) => row.owner === 'msp' && row.kind === 'function').map((row) => row.key),
    plannerInternal: plan.rows
      .filter((row) => row.owner === 'internal' && row.kind === 'function')
      .map((row) => row.key),
  };
}

const sorted = <Item extends string>(items: readonly (Item | null)[]) => [...items].sort();

describe('the split, the estimator and the planner agree for every set of gaps', () => {
  it.each(GAP_SETS.flatMap((needs) => [true, false].map((customApps) => ({ needs, customApps }))))(
    'gaps $needs (custom apps: $customApps)',
    ({ needs, customApps }) => {
      const tools = toolsFor(needs, customApps);

      // The planner owns with the MSP exactly what the split hands over, and keeps what the split keeps.
      expect(sorted(tools.plannerMsp)).toEqual(sorted(tools.splitMsp));
      for (const key of tools.plannerInternal) expect(tools.splitInternal).toContain(key);

      // Every slice handed over is priced in the estimate, and nothing is priced that the split keeps.
      const pricedWork = tools.prefilled.scope.map((item) => workPricedAs(item, gapToWork));
      expect(sorted(pricedWork as FunctionId[])).toEqual(sorted(tools.splitMsp));
      for (const work of pricedWork) expect(tools.splitInternal).not.toContain(work);

      // The assessment's "estimate this" link starts the estimator on the same scope.
      expect(tools.linkedScope).toEqual(tools.prefilled.scope);

      // And at least one model of the estimate prices each of those items; the others say they leave it out.
      const { models } = estimatePricing(tools.prefilled, rateCard);
      for (const item of tools.prefilled.scope) {
        expect(
          PRICING_MODEL_IDS.some((id) => models[id].covers.includes(item)),
          item,
        ).toBe(true);
      }
    },
  );

  it('never hands the MSP the work clients keep, whatever the gaps', () => {
    for (const needs of GAP_SETS) {
      const { splitMsp, plannerMsp, prefilled } = toolsFor(needs, false);
      for (const id of ALWAYS_INTERNAL) {
        expect(splitMsp).not.toContain(id);
        expect(plannerMsp).not.toContain(id);
        expect(prefilled.scope.map((item) => workPricedAs(item, gapToWork))).not.toContain(id);
      }
    }
  });

  it('has a scope item for every slice of work an MSP can take over, and a slice for every scope item', () => {
    const pricedAs = Object.values(gapToWork.pricedAs);
    expect(sorted(pricedAs)).toEqual(sorted(SCOPES));
    for (const item of SCOPES) expect(workPricedAs(item, gapToWork), item).toBeDefined();
  });
});

describe('the mapping says what the facts say', () => {
  const scopeFor = (need: Need): Scope[] => toolsFor([need], false).prefilled.scope;

  it('hands over after-hours tier-1 with patching, and prices both', () => {
    expect(toolsFor(['after-hours'], false).splitMsp).toEqual(['after-hours-tier1', 'patching-rmm']);
    expect(scopeFor('after-hours')).toEqual(['after-hours', 'patching']);
  });

  it('gives the MSP the evidence library under compliance pressure, while the named control owner stays internal', () => {
    const tools = toolsFor(['compliance'], false);
    expect(tools.splitMsp).toContain('compliance-evidence');
    expect(tools.splitInternal).toContain('compliance-ownership');
    expect(tools.plannerInternal).toContain('compliance-ownership');
    expect(scopeFor('compliance')).toContain('compliance');
  });

  it('prices cloud as work of its own, at more than nothing', () => {
    expect(scopeFor('cloud')).toEqual(['cloud']);
    const withCloud = estimatePricing({ users: 120, scope: ['cloud'] }, rateCard).models['per-user'];
    const without = estimatePricing({ users: 120, scope: [] }, rateCard).models['per-user'];
    expect(withCloud.monthly.low).toBeGreaterThan(without.monthly.low);
  });
});
