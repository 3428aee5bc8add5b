/*
 * An MSP renames a built-in row in its copy files after links, files and saved plans are out
 * (docs/decisions/0004-built-in-row-labels.md). A link left a row's label out when it was the
 * built-in name, so the link shows the row's name now; a label anyone typed, a file and a saved
 * plan keep the words they hold. ROW_NAMES are the names before, RENAMED after.
 */
import { describe, expect, it } from 'vitest';
import { builtInName } from '../../../src/lib/handoff/built-in-rows';
import { exportMatrixJson, importMatrixJson, MATRIX_FORMAT } from '../../../src/lib/handoff/json-codec';
import { decodeMatrixLink, encodeMatrixLink } from '../../../src/lib/handoff/link-codec';
import {
  addRow,
  createDefaultMatrix,
  renameRow,
  restoreBuiltInRow,
  removeRow,
  type HandoffMatrix,
  type MatrixRow,
} from '../../../src/lib/handoff/matrix';
import { matrixStorageCodec } from '../../../src/stores/handoff';
import { openedWith, plannerLinks } from '../../support/planner-corpus';
import { RENAMED, ROW_NAMES } from '../../support/row-names';
import { openedPlan } from './fixtures';

const labelOf = (matrix: HandoffMatrix, id: string) => matrix.rows.find((row) => row.id === id)?.label;

describe('a link made before a built-in row was renamed', () => {
  it('shows the new name wherever it left the label out, and every typed label as typed', async () => {
    let plan = renameRow(createDefaultMatrix(ROW_NAMES), 'ticket-intake', 'Help desk');
    plan = addRow(plan, 'function', ROW_NAMES);
    const opened = openedPlan(await decodeMatrixLink(await encodeMatrixLink(plan, ROW_NAMES), RENAMED)).matrix;

    expect(labelOf(opened, 'backup-dr')).toBe(RENAMED.functions['backup-dr']);
    expect(labelOf(opened, 'scope-review')).toBe(RENAMED.handoffPoints['scope-review']);
    expect(labelOf(opened, 'ticket-intake')).toBe('Help desk');
    // A custom row's name is plan content from the moment it is added: the link carries it.
    expect(labelOf(opened, 'custom-1')).toBe(ROW_NAMES.added.function);
    // Everything but the names of the rows left unnamed is the plan that was sent.
    const renamedBack = (row: MatrixRow): MatrixRow =>
      row.key !== null && row.label === builtInName(RENAMED, row.key)
        ? { ...row, label: builtInName(ROW_NAMES, row.key) }
        : row;
    expect({ ...opened, rows: opened.rows.map(renamedBack) }).toEqual(plan);
  });

  it('opens every captured planner link so, and changes nothing else', async () => {
    let unnamed = 0;
    for (const link of plannerLinks) {
      const expected = await openedWith(link, RENAMED);
      unnamed += expected.unnamed;
      expect(openedPlan(await decodeMatrixLink(link.query, RENAMED)).matrix, link.query).toEqual(expected.matrix);
    }
    // Most rows of most links are built-in rows never renamed: the rename reaches them.
    expect(unnamed).toBeGreaterThan(500);
  });

  it('names an unnamed row by the new names in what the reader is told', async () => {
    const packed = { format: MATRIX_FORMAT, version: 1, rows: [{ key: 'scope-review' }, { key: 'scope-review' }, {}] };
    const { warnings, matrix } = importMatrixJson(JSON.stringify(packed), RENAMED) as Extract<
      ReturnType<typeof importMatrixJson>,
      { ok: true }
    >;
    expect(matrix.rows.map((row) => row.label)).toEqual([
      RENAMED.handoffPoints['scope-review'],
      RENAMED.untitled,
      RENAMED.untitled,
    ]);
    expect(warnings).toContainEqual({
      code: 'repeated-key',
      place: { row: 2, label: null },
      label: RENAMED.handoffPoints['scope-review'],
    });
  });
});

describe('a plan that holds its labels', () => {
  const before = restoreBuiltInRow(
    removeRow(renameRow(createDefaultMatrix(ROW_NAMES, '2026-03-01'), 'exit-terms', 'Exit'), 'scope-review'),
    'scope-review',
    ROW_NAMES,
  );

  it('reads from a JSON file exactly as saved, old names and all', () => {
    expect(openedPlan(importMatrixJson(exportMatrixJson(before), RENAMED))).toMatchObject({
      matrix: before,
      warnings: [],
    });
  });

  it('reads from this browser’s storage exactly as saved', () => {
    const stored = matrixStorageCodec(ROW_NAMES).encode(before)!;
    expect(matrixStorageCodec(RENAMED).decode(stored)).toEqual(before);
  });

  it('keeps an old name when shared after the rename: it is no longer the built-in name, so the link carries it', async () => {
    const shared = await encodeMatrixLink(before, RENAMED);
    expect(openedPlan(await decodeMatrixLink(shared, RENAMED)).matrix).toEqual(before);
    expect(openedPlan(await decodeMatrixLink(shared, ROW_NAMES)).matrix).toEqual(before);
  });

  it('reads a first-draft file by the draft’s own labels, whatever the rows are called now', () => {
    const draft = {
      format: MATRIX_FORMAT,
      rows: [{ name: 'Where users raise tickets', owner: 'them' }, { name: 'Scope review' }],
    };
    const { matrix } = openedPlan(importMatrixJson(JSON.stringify(draft), RENAMED));
    expect(matrix.rows.map(({ key, label, owner }) => ({ key, label, owner }))).toEqual([
      { key: 'ticket-intake', label: 'Where users raise tickets', owner: 'msp' },
      { key: 'scope-review', label: 'Scope review', owner: 'unassigned' },
    ]);
  });
});

describe('rows made after the rename', () => {
  it('take the new names, and links made then leave them out and open them unchanged', async () => {
    const plan = addRow(createDefaultMatrix(RENAMED), 'handoff', RENAMED);
    expect(labelOf(plan, 'ticket-intake')).toBe(RENAMED.handoffPoints['ticket-intake']);
    expect(labelOf(plan, 'custom-1')).toBe(RENAMED.added.handoff);
    expect(openedPlan(await decodeMatrixLink(await encodeMatrixLink(plan, RENAMED), RENAMED)).matrix).toEqual(plan);
  });
});
