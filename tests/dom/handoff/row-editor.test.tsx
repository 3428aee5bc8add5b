import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChecks, checksForRow } from '../../../src/lib/handoff/checks';
import { createDefaultMatrix, updateRow, type HandoffMatrix } from '../../../src/lib/handoff/matrix';
import { DraftInput } from '../../../src/tools/handoff-planner/DraftInput';
import { RowEditor } from '../../../src/tools/handoff-planner/RowEditor';

afterEach(cleanup);

function editor(matrix: HandoffMatrix, id: string, onPatch = vi.fn()) {
  const row = matrix.rows.find((candidate) => candidate.id === id)!;
  const props = {
    row,
    matrix,
    checks: checksForRow(runChecks(matrix), id),
    renaming: false,
    live: true,
    onPatch,
    onRename: vi.fn(),
    onStartRename: vi.fn(),
    onRemove: vi.fn(),
  };
  return { props, ...render(<ol>{h(RowEditor, props)}</ol>) };
}

describe('RowEditor', () => {
  it('names every control after its row, for screen readers', () => {
    editor(createDefaultMatrix(), 'backup-dr');
    expect(screen.getByRole('group', { name: 'Owner of Backup and disaster recovery' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'MSP' })).toHaveProperty('checked', true);
    for (const name of ['Escalate to for Backup and disaster recovery', 'Response target for Backup and disaster recovery', 'Notes on Backup and disaster recovery']) {
      expect(screen.getByRole('textbox', { name: new RegExp(`^${name}`) })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Remove Backup and disaster recovery' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /^Lead/ })).toBeNull();
  });

  it('asks for the lead of a shared row, and shows its checks with the guide link', () => {
    editor(createDefaultMatrix(), 'incident-bridge');
    const lead = screen.getByRole('textbox', { name: /^Lead of Incident bridge/ }) as HTMLInputElement;
    expect(lead.required).toBe(true);
    expect(lead.getAttribute('aria-invalid')).toBe('true');
    const checks = screen.getByRole('list', { name: /^Open checks for Incident bridge/ });
    expect(checks.querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Incident ownership' }).getAttribute('href')).toBe('/handoff-failures/#incident-ownership');
  });

  it('shows the detail fields a row carries: channels, cadence, exit terms', () => {
    let matrix = updateRow(createDefaultMatrix(), 'ticket-intake', { intakeChannels: ['Portal', 'Phone'] });
    editor(matrix, 'ticket-intake');
    expect((screen.getByRole('textbox', { name: /^Intake channels/ }) as HTMLInputElement).value).toBe('Portal, Phone');
    matrix = createDefaultMatrix();
    editor(matrix, 'scope-review');
    expect(screen.getByRole('combobox', { name: 'How often for Scope review' })).toBeTruthy();
    editor(matrix, 'exit-terms');
    for (const name of ['Tools that stay or go', 'Export format', 'Timeline']) {
      expect(screen.getByRole('textbox', { name: new RegExp(`^${name} for Tools and data on exit`) })).toBeTruthy();
    }
  });

  it('hands over an owner on change, and text only when the field changes', () => {
    const onPatch = vi.fn();
    editor(createDefaultMatrix(), 'backup-dr', onPatch);
    fireEvent.click(screen.getByRole('radio', { name: 'Shared' }));
    expect(onPatch).toHaveBeenLastCalledWith({ owner: 'shared' });
    const notes = screen.getByRole('textbox', { name: /^Notes on/ }) as HTMLInputElement;
    fireEvent.input(notes, { target: { value: 'Monthly restore test ' } });
    expect(onPatch).toHaveBeenCalledTimes(1);
    fireEvent.change(notes);
    expect(onPatch).toHaveBeenLastCalledWith({ notes: 'Monthly restore test ' });
  });
});

describe('DraftInput', () => {
  it('keeps what is being typed through a re-render, and takes a new stored value', () => {
    const onCommit = vi.fn();
    const { rerender } = render(<DraftInput aria-label="Notes" value="saved" onCommit={onCommit} />);
    const field = screen.getByRole('textbox', { name: 'Notes' }) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'typing, not yet committed' } });
    rerender(<DraftInput aria-label="Notes" value="saved" onCommit={onCommit} />);
    expect(field.value).toBe('typing, not yet committed');
    rerender(<DraftInput aria-label="Notes" value="changed elsewhere" onCommit={onCommit} />);
    expect(field.value).toBe('changed elsewhere');
    expect(onCommit).not.toHaveBeenCalled();
  });
});
