import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addRow,
  createDefaultMatrix,
  MAX_ROWS,
  reinsertRow,
  removeRow,
  updateRow,
  type HandoffMatrix,
} from '../../../src/lib/handoff/matrix';
import { filledMatrix } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const ids = (matrix: HandoffMatrix) => matrix.rows.map((row) => row.id);

/** Removing a row and putting it back where it was: the undo the planner offers. */
function removeAndUndo(matrix: HandoffMatrix, id: string) {
  const index = matrix.rows.findIndex((row) => row.id === id);
  const row = matrix.rows[index]!;
  return reinsertRow(removeRow(matrix, id), row, index);
}

describe('reinsertRow (undo of a removal)', () => {
  it('puts every row of a filled plan back exactly where it was, with everything it held', () => {
    const matrix = filledMatrix();
    for (const row of matrix.rows) expect(removeAndUndo(matrix, row.id), row.id).toEqual(matrix);
  });

  it('puts a custom row back in place', () => {
    const matrix = addRow(
      addRow(createDefaultMatrix(ROW_NAMES), 'function', ROW_NAMES, 'Printers'),
      'handoff',
      ROW_NAMES,
      'Change board',
    );
    expect(removeAndUndo(matrix, 'custom-1')).toEqual(matrix);
    expect(removeAndUndo(matrix, 'custom-2')).toEqual(matrix);
  });

  it('keeps the other edits made since the removal', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    const row = matrix.rows.find((candidate) => candidate.id === 'backup-dr')!;
    const index = matrix.rows.indexOf(row);
    const edited = updateRow(removeRow(matrix, 'backup-dr'), 'patching-rmm', { notes: 'Weekly rings' });
    const undone = reinsertRow(edited, row, index);
    expect(ids(undone)).toEqual(ids(matrix));
    expect(undone.rows.find((candidate) => candidate.id === 'patching-rmm')!.notes).toBe('Weekly rings');
  });

  it('refuses a row whose id or built-in key is already back, and a full plan', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    const row = matrix.rows[0]!;
    expect(reinsertRow(matrix, row, 0)).toBe(matrix);
    expect(reinsertRow(matrix, { ...row, id: 'other-id' }, 0)).toBe(matrix);
    let full = matrix;
    while (full.rows.length < MAX_ROWS) full = addRow(full, 'function', ROW_NAMES);
    expect(reinsertRow(full, { ...row, id: 'custom-99', key: null }, 0)).toBe(full);
  });

  it('keeps functions above handoff points whatever index it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 40 }), fc.boolean(), (index, pickHandoff) => {
        const matrix = createDefaultMatrix(ROW_NAMES);
        const row = matrix.rows.find((candidate) => candidate.kind === (pickHandoff ? 'handoff' : 'function'))!;
        const back = reinsertRow(removeRow(matrix, row.id), row, index);
        const kinds = back.rows.map((candidate) => candidate.kind);
        expect(back.rows).toHaveLength(matrix.rows.length);
        expect(kinds.lastIndexOf('function')).toBeLessThan(kinds.indexOf('handoff'));
      }),
    );
  });

  it('treats a non-integer index as the end of its kind', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    const row = matrix.rows[0]!;
    const back = reinsertRow(removeRow(matrix, row.id), row, Number.NaN);
    const functions = back.rows.filter((candidate) => candidate.kind === 'function');
    expect(functions.at(-1)!.id).toBe(row.id);
  });
});
