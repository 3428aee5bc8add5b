/*
 * The editor names rows as the page's data says (RowNames), never by words of its own: a row
 * put back, a row added and the list of rows to put back all follow a rename in the copy files.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { handoffPlannerCopy as words } from '../../../src/lib/handoff-copy/copy';
import { runChecks } from '../../../src/lib/handoff/checks';
import { removeRow } from '../../../src/lib/handoff/matrix';
import { handoffStores } from '../../../src/stores/handoff';
import { PlanEditor } from '../../../src/tools/handoff-planner/PlanEditor';
import { currentPlan, defaultPlan, setUpPlan } from '../../../src/tools/handoff-planner/plan-edits';
import { RENAMED } from '../../support/row-names';

setUpPlan(RENAMED);
const { plan } = handoffStores();

afterEach(() => {
  cleanup();
  plan.set(undefined);
});

const editor = () => {
  const matrix = currentPlan();
  return render(
    <PlanEditor matrix={matrix} checks={runChecks(matrix, words.checks)} live={99} words={words} names={RENAMED} />,
  );
};

describe('PlanEditor with renamed rows', () => {
  it('starts from a plan named by the page’s row names', () => {
    expect(defaultPlan().rows.find((row) => row.key === 'ticket-intake')?.label).toBe(
      RENAMED.handoffPoints['ticket-intake'],
    );
    expect(defaultPlan().rows.find((row) => row.key === 'backup-dr')?.label).toBe(RENAMED.functions['backup-dr']);
  });

  it('offers to put back removed rows under their names, and puts one back so named', () => {
    plan.set(removeRow(defaultPlan(), 'scope-review'));
    editor();
    const list = screen.getByRole('combobox', { name: words.editor.restoreLabel });
    const offered = within(list)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(offered).toEqual([
      words.editor.restoreChoose,
      RENAMED.functions['cloud-platform'],
      RENAMED.functions['compliance-evidence'],
      RENAMED.handoffPoints['scope-review'],
    ]);
    fireEvent.change(list, { target: { value: 'scope-review' } });
    fireEvent.click(screen.getByRole('button', { name: words.editor.restore }));
    expect(currentPlan().rows.find((row) => row.key === 'scope-review')?.label).toBe(
      RENAMED.handoffPoints['scope-review'],
    );
  });

  it('calls an added row as the page’s names call one', () => {
    editor();
    fireEvent.click(screen.getByRole('button', { name: words.sections.handoff.add }));
    expect(currentPlan().rows.find((row) => row.key === null)).toMatchObject({
      kind: 'handoff',
      label: RENAMED.added.handoff,
    });
  });
});
