import { describe, expect, it } from 'vitest';
import { describeCheckChange } from '../../../src/lib/handoff/check-changes';
import { runChecks } from '../../../src/lib/handoff/checks';
import { createDefaultMatrix, removeRow, updateRow } from '../../../src/lib/handoff/matrix';
import { handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { fillTemplate } from '../../../src/lib/text/template';
import { ROW_NAMES } from '../../support/row-names';

const checkWords = handoffPlannerCopy.checks;
const { changes } = checkWords;

const start = createDefaultMatrix(ROW_NAMES);

describe('describeCheckChange', () => {
  it('says nothing when the same checks are open', () => {
    const checks = runChecks(start, checkWords);
    expect(
      describeCheckChange(
        checks,
        runChecks(updateRow(start, 'backup-dr', { notes: 'Monthly restore' }), checkWords),
        changes,
      ),
    ).toBe('');
    expect(describeCheckChange([], [], changes)).toBe('');
  });

  it('quotes the one check an edit opened', () => {
    const after = runChecks(updateRow(start, 'backup-dr', { owner: 'unassigned' }), checkWords);
    expect(describeCheckChange(runChecks(start, checkWords), after, changes)).toBe(
      fillTemplate(changes.openedOne, {
        check: fillTemplate(checkWords.unowned, { row: 'Backup and disaster recovery' }),
      }),
    );
  });

  it('counts checks closed, and several opened at once', () => {
    const closedOne = runChecks(updateRow(start, 'scope-review', { reviewCadence: 'quarterly' }), checkWords);
    expect(describeCheckChange(runChecks(start, checkWords), closedOne, changes)).toBe(changes.closedOne);
    const closedTwo = runChecks(
      updateRow(start, 'incident-bridge', { owner: 'internal', escalation: 'On-call lead' }),
      checkWords,
    );
    expect(describeCheckChange(runChecks(start, checkWords), closedTwo, changes)).toBe(
      fillTemplate(changes.closedMany, { n: 2 }),
    );
    const opened = runChecks(
      updateRow(updateRow(start, 'backup-dr', { owner: 'unassigned' }), 'patching-rmm', { owner: 'shared' }),
      checkWords,
    );
    expect(describeCheckChange(runChecks(start, checkWords), opened, changes)).toBe(
      fillTemplate(changes.openedMany, { n: 2 }),
    );
  });

  it('tells a swap apart: a check on the same row that changes kind is both new and closed', () => {
    const shared = updateRow(start, 'backup-dr', { owner: 'shared' });
    const nobody = updateRow(start, 'backup-dr', { owner: 'unassigned' });
    expect(describeCheckChange(runChecks(shared, checkWords), runChecks(nobody, checkWords), changes)).toBe(
      `${fillTemplate(changes.openedOne, { check: fillTemplate(checkWords.unowned, { row: 'Backup and disaster recovery' }) })} ${changes.closedOne}`,
    );
  });

  it('notices a whole-plan check when its row goes', () => {
    const said = describeCheckChange(
      runChecks(start, checkWords),
      runChecks(removeRow(start, 'incident-bridge'), checkWords),
      changes,
    );
    // The row's two checks close and the whole-plan check opens in their place.
    expect(said).toBe(
      `${fillTemplate(changes.openedOne, { check: checkWords.noIncidentBridgeRow })} ${fillTemplate(changes.closedMany, { n: 2 })}`,
    );
  });
});
