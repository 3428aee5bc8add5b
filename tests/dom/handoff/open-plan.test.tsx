import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeMatrixLink } from '../../../src/lib/handoff/link-codec';
import { createDefaultMatrix, updateMatrixInfo, type HandoffMatrix } from '../../../src/lib/handoff/matrix';
import { handoffStores } from '../../../src/stores/handoff';
import { openPlan } from '../../../src/tools/handoff-planner/open-plan';
import { setUpPlan } from '../../../src/tools/handoff-planner/plan-edits';
import { ROW_NAMES } from '../../support/row-names';

setUpPlan(ROW_NAMES);
const { plan: $handoff, backup: $handoffBackup } = handoffStores();

const named = (internalTeam: string) => updateMatrixInfo(createDefaultMatrix(ROW_NAMES), { internalTeam });
const fromAssessment = named('From the assessment');
const saved = named('Saved here');

/** Opens the planner at `search` and says what it tells the reader. */
async function open(search: string, assessment: HandoffMatrix | null = fromAssessment) {
  history.replaceState(null, '', `/handoff-planner/${search}`);
  const assessmentPlan = vi.fn(async () => assessment);
  const notice = await openPlan(assessmentPlan, ROW_NAMES);
  return { notice, assessmentPlan, search: location.search };
}

afterEach(() => {
  $handoff.set(undefined);
  $handoffBackup.set(undefined);
});

describe('what the planner opens with', () => {
  it('puts a shared link on screen, keeping the plan it replaced, and clears the address', async () => {
    $handoff.set(saved);
    const { notice, assessmentPlan, search } = await open(
      `?${await encodeMatrixLink(named('From the link'), ROW_NAMES)}`,
    );
    expect($handoff.get()?.internalTeam).toBe('From the link');
    expect($handoffBackup.get()).toEqual(saved);
    expect(notice).toEqual({ kind: 'link', replacedSaved: true, warnings: [], more: 0 });
    expect(assessmentPlan).not.toHaveBeenCalled();
    expect(search).toBe('');
  });

  it('changes nothing for a link it cannot read, and never falls back to the assessment for one', async () => {
    const { notice, assessmentPlan } = await open('?v=1&m=AAAA_not_deflate');
    expect($handoff.get()).toBeUndefined();
    expect(notice).toMatchObject({ kind: 'refused', savedKept: false });
    expect(assessmentPlan).not.toHaveBeenCalled();
  });

  it('keeps the plan saved here over the assessment', async () => {
    $handoff.set(saved);
    const { notice, assessmentPlan } = await open('');
    expect($handoff.get()).toEqual(saved);
    expect(notice).toBeNull();
    expect(assessmentPlan).not.toHaveBeenCalled();
  });

  it('arriving from the assessment with a plan saved, keeps that plan and offers the assessment’s instead', async () => {
    $handoff.set(saved);
    const { notice, search } = await open('?from=assessment');
    expect($handoff.get()).toEqual(saved);
    expect(notice).toEqual({ kind: 'offer-assessment' });
    expect(search).toBe('');
  });

  it('starts a first plan from the assessment, else from the defaults', async () => {
    expect((await open('')).notice).toEqual({ kind: 'filled' });
    expect($handoff.get()).toEqual(fromAssessment);
    $handoff.set(undefined);
    expect((await open('?from=assessment', null)).notice).toBeNull();
    expect($handoff.get()).toBeUndefined();
  });
});
