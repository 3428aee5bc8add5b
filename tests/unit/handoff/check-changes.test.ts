import { describe, expect, it } from 'vitest';
import { describeCheckChange } from '../../../src/lib/handoff/check-changes';
import { runChecks } from '../../../src/lib/handoff/checks';
import { createDefaultMatrix, removeRow, updateRow } from '../../../src/lib/handoff/matrix';

const start = createDefaultMatrix();

describe('describeCheckChange', () => {
  it('says nothing when the same checks are open', () => {
    const checks = runChecks(start);
    expect(describeCheckChange(checks, runChecks(updateRow(start, 'backup-dr', { notes: 'Monthly restore' })))).toBe('');
    expect(describeCheckChange([], [])).toBe('');
  });

  it('quotes the one check an edit opened', () => {
    const after = runChecks(updateRow(start, 'backup-dr', { owner: 'unassigned' }));
    expect(describeCheckChange(runChecks(start), after)).toBe(
      'New: Nobody owns "Backup and disaster recovery". Give it to one team, or share it with a named lead.',
    );
  });

  it('counts checks closed, and several opened at once', () => {
    const closedOne = runChecks(updateRow(start, 'scope-review', { reviewCadence: 'quarterly' }));
    expect(describeCheckChange(runChecks(start), closedOne)).toBe('One check closed.');
    const closedTwo = runChecks(updateRow(start, 'incident-bridge', { owner: 'internal', escalation: 'On-call lead' }));
    expect(describeCheckChange(runChecks(start), closedTwo)).toBe('2 checks closed.');
    const opened = runChecks(updateRow(updateRow(start, 'backup-dr', { owner: 'unassigned' }), 'patching-rmm', { owner: 'shared' }));
    expect(describeCheckChange(runChecks(start), opened)).toBe('2 new.');
  });

  it('tells a swap apart: a check on the same row that changes kind is both new and closed', () => {
    const shared = updateRow(start, 'backup-dr', { owner: 'shared' });
    const nobody = updateRow(start, 'backup-dr', { owner: 'unassigned' });
    expect(describeCheckChange(runChecks(shared), runChecks(nobody))).toMatch(/^New: Nobody owns .+ One check closed\.$/);
  });

  it('notices a whole-plan check when its row goes', () => {
    const said = describeCheckChange(runChecks(start), runChecks(removeRow(start, 'incident-bridge')));
    // The row's two checks close and the whole-plan check opens in their place.
    expect(said).toMatch(/^New: The plan has no incident bridge row.+ 2 checks closed\.$/);
  });
});
