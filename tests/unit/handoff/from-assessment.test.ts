import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS } from '../../../src/lib/assessment/answers';
import { assessmentRules } from '../../../src/lib/assessment/rules';
import { planFromAssessment } from '../../../src/lib/handoff/from-assessment';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { handOverByGap } from '../../../src/lib/work/work-by-gap';
import { ROW_NAMES } from '../../support/row-names';

const handOver = handOverByGap(gapToWork);
const ownerOf = (plan: ReturnType<typeof planFromAssessment>, id: string) =>
  plan?.rows.find((row) => row.id === id)?.owner;

describe('a plan from the fit assessment', () => {
  it('waits for the needs question: without it there is no split', () => {
    expect(
      planFromAssessment(
        { answers: { ...EMPTY_ANSWERS, needs: [] }, preparedFor: 'Acme' },
        assessmentRules,
        handOver,
        ROW_NAMES,
      ),
    ).toBeNull();
  });

  it('hands the MSP the work of the gaps named, keeps the rest in-house, and names the team it was prepared for', () => {
    const answers = { ...EMPTY_ANSWERS, needs: ['after-hours' as const], needsAnswered: true, customApps: false };
    const plan = planFromAssessment({ answers, preparedFor: 'Acme Freight' }, assessmentRules, handOver, ROW_NAMES);
    expect(plan?.internalTeam).toBe('Acme Freight');
    expect(ownerOf(plan, 'after-hours-tier1')).toBe('msp');
    expect(ownerOf(plan, 'strategy-budget')).toBe('internal');
    expect(planFromAssessment({ answers, preparedFor: null }, assessmentRules, handOver, ROW_NAMES)?.internalTeam).toBe(
      '',
    );
  });
});
