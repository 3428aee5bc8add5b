/*
 * The planner's derived results (stores/handoff.ts) as the island reads them: the checks a
 * reader sees change as the plan is edited through the store's actions.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/handoff/checks';
import { updateMatrixInfo, updateRow } from '../../../src/lib/handoff/matrix';
import { handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { handoffStores, planResults, replaceMatrix, restoreBackup } from '../../../src/stores/handoff';
import { defaultPlan, editPlan, setUpPlan } from '../../../src/tools/handoff-planner/plan-edits';
import { ROW_NAMES } from '../../support/row-names';
import { filledMatrix } from './fixtures';

const words = handoffPlannerCopy.checks;
setUpPlan(ROW_NAMES);
const { plan: $handoff, backup: $handoffBackup } = handoffStores();
const checkIds = (results: ReturnType<typeof planResults>) =>
  results.$checks.get().map((check) => `${check.id} ${check.rowId}`);

/** The results as the island has them once the page has opened. */
function opened() {
  const results = planResults(defaultPlan(), words);
  results.open();
  return results;
}

beforeEach(() => {
  $handoff.set(undefined);
  $handoffBackup.set(undefined);
});

describe('the plan results', () => {
  it('check the default plan until the page opens, whatever this browser saved, as the server did', () => {
    $handoff.set(filledMatrix());
    const results = planResults(defaultPlan(), words);
    expect(results.$plan.get()).toBe(defaultPlan());
    expect(results.$checks.get()).toEqual(runChecks(defaultPlan(), words));
    results.open();
    expect(results.$checks.get()).toEqual([]);
  });

  it('open a check when an edit leaves a shared row without a lead, and close it when one is named', () => {
    replaceMatrix(filledMatrix());
    const results = opened();
    expect(checkIds(results)).toEqual([]);
    editPlan((plan) => updateRow(plan, 'backup-dr', { lead: '' }));
    expect(checkIds(results)).toEqual(['shared-without-lead backup-dr']);
    editPlan((plan) => updateRow(plan, 'backup-dr', { lead: 'Dana' }));
    expect(checkIds(results)).toEqual([]);
  });

  it('follow a plan that replaces the one on screen, and the one it replaced when the reader goes back', () => {
    const results = opened();
    editPlan((plan) => updateMatrixInfo(plan, { internalTeam: 'Our IT' }));
    expect(results.$checks.get()).toEqual(runChecks(defaultPlan(), words));
    replaceMatrix(updateMatrixInfo(filledMatrix(), { internalTeam: 'Acme IT' }));
    expect(results.$checks.get()).toEqual([]);
    restoreBackup();
    expect(checkIds(results)).toEqual(runChecks(defaultPlan(), words).map((check) => `${check.id} ${check.rowId}`));
  });
});
