import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffPlannerCopy as words } from '../../../src/lib/handoff-copy/copy';
import { fillTemplate } from '../../../src/lib/text/template';
import { runChecks, checksForRow } from '../../../src/lib/handoff/checks';
import { createDefaultMatrix, updateRow, type HandoffMatrix } from '../../../src/lib/handoff/matrix';
import { DraftInput } from '../../../src/tools/handoff-planner/DraftInput';
import { RowEditor } from '../../../src/tools/handoff-planner/RowEditor';
import { ROW_NAMES } from '../../support/row-names';

afterEach(cleanup);

const { card } = words;
/** A control's accessible name, as the copy file words it for `row`. */
const named = (template: string, row: string) => fillTemplate(template, { row });
const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

function editor(matrix: HandoffMatrix, id: string, onPatch = vi.fn()) {
  const row = matrix.rows.find((candidate) => candidate.id === id)!;
  const props = {
    row,
    matrix,
    checks: checksForRow(runChecks(matrix, words.checks), id),
    renaming: false,
    live: true,
    words: words.card,
    rowWords: words.row,
    onPatch,
    onRename: vi.fn(),
    onStartRename: vi.fn(),
    onRemove: vi.fn(),
  };
  return { props, ...render(<ol>{h(RowEditor, props)}</ol>) };
}

describe('RowEditor', () => {
  it('names every control after its row, for screen readers', () => {
    editor(createDefaultMatrix(ROW_NAMES), 'backup-dr');
    const row = 'Backup and disaster recovery';
    expect(screen.getByRole('group', { name: named(card.ownerOf, row) })).toBeTruthy();
    expect(screen.getByRole('radio', { name: words.row.owners.msp })).toHaveProperty('checked', true);
    for (const field of [card.fields.escalation, card.fields.responseTarget, card.fields.notes]) {
      expect(screen.getByRole('textbox', { name: startsWith(named(field.name, row)) })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: named(card.removeRow, row) })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: startsWith(named(card.fields.lead.name, row)) })).toBeNull();
  });

  it('asks for the lead of a shared row, and shows its checks with the guide link', () => {
    editor(createDefaultMatrix(ROW_NAMES), 'incident-bridge');
    const row = 'Incident bridge when a provider change breaks an internal system';
    const lead = screen.getByRole('textbox', {
      name: startsWith(named(card.fields.lead.name, row)),
    }) as HTMLInputElement;
    expect(lead.required).toBe(true);
    expect(lead.getAttribute('aria-invalid')).toBe('true');
    const checks = screen.getByRole('list', { name: named(card.checksFor, row) });
    expect(checks.querySelectorAll('li')).toHaveLength(2);
    const guide = words.checks.guides['no-escalation-chain'];
    expect(screen.getByRole('link', { name: guide.title }).getAttribute('href')).toBe(guide.href);
  });

  it('shows the detail fields a row carries: channels, cadence, exit terms', () => {
    let matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'ticket-intake', { intakeChannels: ['Portal', 'Phone'] });
    editor(matrix, 'ticket-intake');
    const channels = named(card.fields.intakeChannels.name, 'Where users raise tickets');
    expect((screen.getByRole('textbox', { name: startsWith(channels) }) as HTMLInputElement).value).toBe(
      'Portal, Phone',
    );
    matrix = createDefaultMatrix(ROW_NAMES);
    editor(matrix, 'scope-review');
    expect(screen.getByRole('combobox', { name: named(card.fields.reviewCadence.name, 'Scope review') })).toBeTruthy();
    editor(matrix, 'exit-terms');
    for (const field of Object.values(card.fields.exitTerms)) {
      expect(
        screen.getByRole('textbox', { name: startsWith(named(field.name, 'Tools and data on exit')) }),
      ).toBeTruthy();
    }
  });

  it('hands over an owner on change, and text only when the field changes', () => {
    const onPatch = vi.fn();
    editor(createDefaultMatrix(ROW_NAMES), 'backup-dr', onPatch);
    fireEvent.click(screen.getByRole('radio', { name: words.row.owners.shared }));
    expect(onPatch).toHaveBeenLastCalledWith({ owner: 'shared' });
    const notes = screen.getByRole('textbox', {
      name: startsWith(named(card.fields.notes.name, 'Backup and disaster recovery')),
    }) as HTMLInputElement;
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
