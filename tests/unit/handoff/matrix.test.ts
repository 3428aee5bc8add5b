import { describe, expect, it } from 'vitest';
import { assessmentRules } from '../../../src/lib/assessment/rules';
import { FUNCTION_IDS, splitForNeeds, type SplitSuggestion } from '../../../src/lib/assessment/split';
import { BUILT_IN_KEYS, DEFAULT_FUNCTION_IDS, usualOwnerOf } from '../../../src/lib/handoff/built-in-rows';
import {
  addRow,
  createDefaultMatrix,
  MAX_INTAKE_CHANNELS,
  MAX_NAME_LENGTH,
  MAX_ROWS,
  MAX_TEXT_LENGTH,
  matrixFromSplit,
  missingBuiltInKeys,
  removeRow,
  renameRow,
  restoreBuiltInRow,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
  type Owner,
  type RowKind,
} from '../../../src/lib/handoff/matrix';
import { HANDOFF_KEYS } from '../../../src/lib/handoff/vocabulary';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { handOverByGap } from '../../../src/lib/work/work-by-gap';
import { expectWithinLimits, filledMatrix } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const split = (...needs: Parameters<typeof splitForNeeds>[0]) =>
  splitForNeeds(needs, false, assessmentRules, handOverByGap(gapToWork));
const ownerOf = (matrix: HandoffMatrix, id: string) => matrix.rows.find((row) => row.id === id)?.owner;
const rowOf = (matrix: HandoffMatrix, id: string) => {
  const row = matrix.rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
const full = (): HandoffMatrix => {
  let matrix = createDefaultMatrix(ROW_NAMES);
  while (matrix.rows.length < MAX_ROWS) matrix = addRow(matrix, 'function', ROW_NAMES);
  return matrix;
};

describe('createDefaultMatrix', () => {
  const matrix = createDefaultMatrix(ROW_NAMES, '2026-03-01');

  it('lists the ten functions from the issue, then the five handoff points', () => {
    expect(matrix.rows.map((row) => row.key)).toEqual([...DEFAULT_FUNCTION_IDS, ...HANDOFF_KEYS]);
    expect(matrix.rows.map((row) => row.label)).toEqual([
      'Strategy and budget',
      'User-facing IT',
      'Line-of-business apps',
      'Compliance ownership',
      'Vendor relationships',
      'After-hours monitoring and tier-1',
      'Patching and RMM',
      'Backup and disaster recovery',
      'Security operations',
      'Project capacity',
      ROW_NAMES.handoffPoints['ticket-intake'],
      ROW_NAMES.handoffPoints['incident-bridge'],
      ROW_NAMES.handoffPoints['scope-review'],
      ROW_NAMES.handoffPoints['exit-terms'],
      ROW_NAMES.handoffPoints['end-user-relationship'],
    ]);
    expect(matrix.rows.map((row) => row.kind)).toEqual([...Array(10).fill('function'), ...Array(5).fill('handoff')]);
  });

  it('uses each built-in key as the row id', () => {
    for (const row of matrix.rows) expect(row.id).toBe(row.key);
  });

  it('gives the guide’s usual split: the five always-internal functions inside, the rest to the MSP', () => {
    expect(matrix.rows.slice(0, 10).map((row) => row.owner)).toEqual([
      ...Array(5).fill('internal'),
      ...Array(5).fill('msp'),
    ]);
  });

  it('keeps users with the internal team and leaves the incident bridge shared with a lead to name', () => {
    expect(ownerOf(matrix, 'end-user-relationship')).toBe('internal');
    expect(ownerOf(matrix, 'ticket-intake')).toBe('internal');
    expect(ownerOf(matrix, 'scope-review')).toBe('internal');
    expect(ownerOf(matrix, 'exit-terms')).toBe('internal');
    expect(rowOf(matrix, 'incident-bridge')).toMatchObject({ owner: 'shared', lead: '' });
  });

  it('starts every text blank and every detail empty', () => {
    for (const row of matrix.rows) {
      expect([row.lead, row.escalation, row.responseTarget, row.notes]).toEqual(['', '', '', '']);
    }
    expect(rowOf(matrix, 'ticket-intake').detail).toEqual({ intakeChannels: [] });
    expect(rowOf(matrix, 'scope-review').detail).toEqual({ reviewCadence: '' });
    expect(rowOf(matrix, 'exit-terms').detail).toEqual({ exitTerms: { tools: '', exportFormat: '', timeline: '' } });
    expect(rowOf(matrix, 'incident-bridge').detail).toBeUndefined();
  });

  it('records the date when it is a real YYYY-MM-DD date, and blank otherwise', () => {
    expect(matrix).toMatchObject({ version: 1, internalTeam: '', mspName: '', date: '2026-03-01' });
    expect(createDefaultMatrix(ROW_NAMES).date).toBe('');
    expect(createDefaultMatrix(ROW_NAMES, '2026-02-30').date).toBe('');
    expect(createDefaultMatrix(ROW_NAMES, '1 March 2026').date).toBe('');
  });

  it('satisfies the limits and is a fresh object each time', () => {
    expectWithinLimits(matrix);
    const again = createDefaultMatrix(ROW_NAMES, '2026-03-01');
    expect(again).toEqual(matrix);
    expect(again.rows).not.toBe(matrix.rows);
  });
});

describe('matrixFromSplit', () => {
  it('puts each function on the side the assessment suggested, with its reason as the note', () => {
    const suggestion = split('after-hours');
    const matrix = matrixFromSplit(suggestion, ROW_NAMES, '2026-03-01');
    for (const item of suggestion.internal.filter((entry) => DEFAULT_FUNCTION_IDS.includes(entry.id))) {
      expect(rowOf(matrix, item.id)).toMatchObject({ owner: 'internal', notes: item.note, label: item.label });
    }
    for (const item of suggestion.msp) expect(rowOf(matrix, item.id)).toMatchObject({ owner: 'msp', notes: item.note });
    expect(ownerOf(matrix, 'after-hours-tier1')).toBe('msp');
    expect(ownerOf(matrix, 'patching-rmm')).toBe('msp');
    // Not a gap the client named, so the client keeps it.
    expect(ownerOf(matrix, 'security-operations')).toBe('internal');
    expect(matrix.date).toBe('2026-03-01');
    expectWithinLimits(matrix);
  });

  it('adds cloud and compliance evidence only when they are handed to the MSP', () => {
    const without = matrixFromSplit(split('after-hours'), ROW_NAMES);
    expect(without.rows.map((row) => row.key)).not.toContain('cloud-platform');
    expect(without.rows.map((row) => row.key)).not.toContain('compliance-evidence');
    const withThem = matrixFromSplit(split('cloud', 'compliance'), ROW_NAMES);
    const keys = withThem.rows.map((row) => row.key);
    expect(keys).toEqual([...FUNCTION_IDS, ...HANDOFF_KEYS]);
    expect(ownerOf(withThem, 'cloud-platform')).toBe('msp');
    expect(ownerOf(withThem, 'compliance-evidence')).toBe('msp');
  });

  it('starts the handoff rows as the default matrix does (users stay internal)', () => {
    const matrix = matrixFromSplit(split('security', 'projects'), ROW_NAMES);
    expect(matrix.rows.slice(-5)).toEqual(createDefaultMatrix(ROW_NAMES).rows.slice(-5));
    expect(ownerOf(matrix, 'end-user-relationship')).toBe('internal');
  });

  it('falls back to the usual owner and label for a split that leaves a function out or has no label', () => {
    const partial: SplitSuggestion = {
      internal: [{ id: 'strategy-budget', label: '  \u0000 ', note: 'x'.repeat(500) }],
      msp: [],
      internalHref: '',
      mspHref: '',
    };
    const matrix = matrixFromSplit(partial, ROW_NAMES);
    expect(rowOf(matrix, 'strategy-budget')).toMatchObject({
      label: 'Strategy and budget',
      notes: 'x'.repeat(MAX_TEXT_LENGTH),
    });
    for (const id of DEFAULT_FUNCTION_IDS.slice(1)) expect(ownerOf(matrix, id)).toBe(usualOwnerOf(id));
    expectWithinLimits(matrix);
  });

  it('lists the ten default functions for every combination of needs', () => {
    for (const needs of [
      [],
      ['after-hours'],
      ['security', 'compliance', 'cloud', 'projects', 'after-hours'],
    ] as const) {
      const matrix = matrixFromSplit(split(...needs), ROW_NAMES);
      for (const id of DEFAULT_FUNCTION_IDS) expect(matrix.rows.some((row) => row.key === id)).toBe(true);
      expectWithinLimits(matrix);
    }
  });
});

describe('addRow', () => {
  it('adds an unassigned custom row after the last row of its kind', () => {
    const base = createDefaultMatrix(ROW_NAMES);
    const withFunction = addRow(base, 'function', ROW_NAMES, 'Printers');
    expect(withFunction.rows[10]).toEqual({
      id: 'custom-1',
      kind: 'function',
      key: null,
      label: 'Printers',
      owner: 'unassigned',
      lead: '',
      escalation: '',
      responseTarget: '',
      notes: '',
    });
    const withHandoff = addRow(withFunction, 'handoff', ROW_NAMES, 'Change freeze');
    expect(withHandoff.rows.at(-1)).toMatchObject({ id: 'custom-2', kind: 'handoff', label: 'Change freeze' });
    expect(base.rows).toHaveLength(15);
    expectWithinLimits(withHandoff);
  });

  it('names a row with no usable label after its kind', () => {
    const kinds: RowKind[] = ['function', 'handoff'];
    for (const kind of kinds) {
      expect(addRow(createDefaultMatrix(ROW_NAMES), kind, ROW_NAMES).rows.find((row) => row.key === null)?.label).toBe(
        ROW_NAMES.added[kind],
      );
      expect(
        addRow(createDefaultMatrix(ROW_NAMES), kind, ROW_NAMES, ' \u202E\t').rows.find((row) => row.key === null)
          ?.label,
      ).toBe(ROW_NAMES.added[kind]);
    }
  });

  it('cleans and caps the label', () => {
    const matrix = addRow(
      createDefaultMatrix(ROW_NAMES),
      'function',
      ROW_NAMES,
      `  Line\none\u0007 ${'y'.repeat(200)}`,
    );
    expect(matrix.rows[10]?.label).toBe(`Line one ${'y'.repeat(MAX_NAME_LENGTH - 9)}`);
  });

  it('reuses the lowest free custom id, never a taken one', () => {
    let matrix = addRow(
      addRow(addRow(createDefaultMatrix(ROW_NAMES), 'function', ROW_NAMES), 'function', ROW_NAMES),
      'function',
      ROW_NAMES,
    );
    matrix = removeRow(matrix, 'custom-2');
    matrix = addRow(matrix, 'handoff', ROW_NAMES);
    expect(matrix.rows.map((row) => row.id).filter((id) => id.startsWith('custom'))).toEqual([
      'custom-1',
      'custom-3',
      'custom-2',
    ]);
  });

  it('puts the first row of a kind where it belongs when the matrix has none of that kind', () => {
    let onlyHandoffs = createDefaultMatrix(ROW_NAMES);
    for (const id of DEFAULT_FUNCTION_IDS) onlyHandoffs = removeRow(onlyHandoffs, id);
    expect(addRow(onlyHandoffs, 'function', ROW_NAMES).rows[0]?.kind).toBe('function');
    let onlyFunctions = createDefaultMatrix(ROW_NAMES);
    for (const key of HANDOFF_KEYS) onlyFunctions = removeRow(onlyFunctions, key);
    expect(addRow(onlyFunctions, 'handoff', ROW_NAMES).rows.at(-1)?.kind).toBe('handoff');
    expect(addRow({ ...createDefaultMatrix(ROW_NAMES), rows: [] }, 'handoff', ROW_NAMES).rows).toHaveLength(1);
  });

  it('stops at MAX_ROWS and returns the same matrix', () => {
    const matrix = full();
    expect(matrix.rows).toHaveLength(MAX_ROWS);
    expect(addRow(matrix, 'function', ROW_NAMES)).toBe(matrix);
    expectWithinLimits(matrix);
  });

  it('ignores a kind that is not one', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    expect(addRow(matrix, 'other' as RowKind, ROW_NAMES)).toBe(matrix);
  });
});

describe('renameRow', () => {
  it('renames built-in and custom rows, keeping the key so checks still find them', () => {
    const matrix = renameRow(createDefaultMatrix(ROW_NAMES), 'ticket-intake', '  Help desk  ');
    expect(rowOf(matrix, 'ticket-intake')).toMatchObject({ label: 'Help desk', key: 'ticket-intake', kind: 'handoff' });
    const custom = renameRow(addRow(matrix, 'function', ROW_NAMES, 'A'), 'custom-1', 'B');
    expect(rowOf(custom, 'custom-1').label).toBe('B');
  });

  it('returns the same matrix for an unknown id or a label that cleans to nothing', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    expect(renameRow(matrix, 'nope', 'X')).toBe(matrix);
    expect(renameRow(matrix, 'backup-dr', '   ')).toBe(matrix);
    expect(renameRow(matrix, 'backup-dr', '\u0000\u202E')).toBe(matrix);
    expect(renameRow(matrix, 'backup-dr', undefined as unknown as string)).toBe(matrix);
  });

  it('does not change the original', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    renameRow(matrix, 'backup-dr', 'Backups');
    expect(rowOf(matrix, 'backup-dr').label).toBe(ROW_NAMES.functions['backup-dr']);
  });
});

describe('removeRow', () => {
  it('removes built-in and custom rows', () => {
    const matrix = removeRow(
      removeRow(addRow(createDefaultMatrix(ROW_NAMES), 'function', ROW_NAMES), 'custom-1'),
      'exit-terms',
    );
    expect(matrix.rows.map((row) => row.id)).not.toContain('custom-1');
    expect(matrix.rows.map((row) => row.id)).not.toContain('exit-terms');
    expect(matrix.rows).toHaveLength(14);
  });

  it('returns the same matrix for an unknown id', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    expect(removeRow(matrix, 'nope')).toBe(matrix);
    expect(removeRow(matrix, '')).toBe(matrix);
  });
});

describe('restoreBuiltInRow and missingBuiltInKeys', () => {
  it('lists the built-in rows a plan lacks, in order', () => {
    const matrix = removeRow(removeRow(createDefaultMatrix(ROW_NAMES), 'exit-terms'), 'backup-dr');
    expect(missingBuiltInKeys(matrix)).toEqual(['backup-dr', 'cloud-platform', 'compliance-evidence', 'exit-terms']);
    expect(missingBuiltInKeys(createDefaultMatrix(ROW_NAMES))).toEqual(['cloud-platform', 'compliance-evidence']);
  });

  it('puts a removed row back blank, with its usual owner, among rows of its kind', () => {
    const removed = removeRow(updateRow(createDefaultMatrix(ROW_NAMES), 'exit-terms', { notes: 'gone' }), 'exit-terms');
    const restored = restoreBuiltInRow(removed, 'exit-terms', ROW_NAMES);
    expect(restored.rows.at(-1)).toEqual(createDefaultMatrix(ROW_NAMES).rows.find((row) => row.key === 'exit-terms'));
    const cloud = restoreBuiltInRow(createDefaultMatrix(ROW_NAMES), 'cloud-platform', ROW_NAMES);
    expect(cloud.rows[10]).toMatchObject({
      id: 'cloud-platform',
      key: 'cloud-platform',
      owner: 'msp',
      kind: 'function',
    });
    expectWithinLimits(cloud);
  });

  it('uses a custom id when the key is already some other row’s id', () => {
    const matrix: HandoffMatrix = {
      ...createDefaultMatrix(ROW_NAMES),
      rows: [{ ...createDefaultMatrix(ROW_NAMES).rows[0]!, id: 'cloud-platform' }],
    };
    const restored = restoreBuiltInRow(matrix, 'cloud-platform', ROW_NAMES);
    expect(restored.rows.map((row) => [row.id, row.key])).toEqual([
      ['cloud-platform', 'strategy-budget'],
      ['custom-1', 'cloud-platform'],
    ]);
  });

  it('returns the same matrix when the row is there, the key unknown or the matrix full', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    expect(restoreBuiltInRow(matrix, 'backup-dr', ROW_NAMES)).toBe(matrix);
    expect(restoreBuiltInRow(matrix, 'nope' as 'backup-dr', ROW_NAMES)).toBe(matrix);
    const fullMatrix = full();
    const lacking = removeRow(fullMatrix, 'custom-1');
    expect(restoreBuiltInRow(fullMatrix, 'cloud-platform', ROW_NAMES)).toBe(fullMatrix);
    expect(restoreBuiltInRow(lacking, 'cloud-platform', ROW_NAMES).rows).toHaveLength(MAX_ROWS);
  });

  it('covers every built-in key', () => {
    let matrix: HandoffMatrix = { ...createDefaultMatrix(ROW_NAMES), rows: [] };
    for (const key of BUILT_IN_KEYS) matrix = restoreBuiltInRow(matrix, key, ROW_NAMES);
    expect(matrix.rows.map((row) => row.key)).toEqual([...BUILT_IN_KEYS]);
    expect(missingBuiltInKeys(matrix)).toEqual([]);
    expectWithinLimits(matrix);
  });
});

describe('updateRow', () => {
  it('changes the owner, lead, escalation, response target and notes', () => {
    const matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', {
      owner: 'shared',
      lead: ' Dana Ortiz ',
      escalation: 'IT manager',
      responseTarget: '4 business hours',
      notes: 'Restore test\nmonthly',
    });
    expect(rowOf(matrix, 'backup-dr')).toMatchObject({
      owner: 'shared',
      lead: 'Dana Ortiz',
      escalation: 'IT manager',
      responseTarget: '4 business hours',
      notes: 'Restore test monthly',
    });
  });

  it('keeps fields the patch leaves out, and keeps the lead when the owner changes', () => {
    let matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', { owner: 'shared', lead: 'Dana', notes: 'n' });
    matrix = updateRow(matrix, 'backup-dr', { owner: 'msp' });
    expect(rowOf(matrix, 'backup-dr')).toMatchObject({ owner: 'msp', lead: 'Dana', notes: 'n' });
    matrix = updateRow(matrix, 'backup-dr', { lead: '' });
    expect(rowOf(matrix, 'backup-dr').lead).toBe('');
  });

  it('caps names at 80 characters and texts at 200', () => {
    const matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', {
      label: 'L'.repeat(300),
      lead: 'a'.repeat(300),
      escalation: 'b'.repeat(300),
      responseTarget: 'c'.repeat(300),
      notes: 'd'.repeat(300),
    });
    const row = rowOf(matrix, 'backup-dr');
    expect([row.label, row.lead, row.escalation].map((text) => text.length)).toEqual([
      MAX_NAME_LENGTH,
      MAX_NAME_LENGTH,
      MAX_NAME_LENGTH,
    ]);
    expect([row.responseTarget, row.notes].map((text) => text.length)).toEqual([MAX_TEXT_LENGTH, MAX_TEXT_LENGTH]);
  });

  it('never cuts an emoji in half at the limit', () => {
    const matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', { lead: `${'a'.repeat(79)}😀` });
    expect(rowOf(matrix, 'backup-dr').lead).toBe('a'.repeat(79));
  });

  it('strips control and direction-override characters', () => {
    const matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', {
      notes: 'a\u0000b\u202Ec\u2066d\u001Be',
      lead: '\u200Fx',
    });
    expect(rowOf(matrix, 'backup-dr')).toMatchObject({ notes: 'abcde', lead: 'x' });
  });

  it('ignores an owner that is not one, an empty label and fields of the wrong type', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    const updated = updateRow(matrix, 'backup-dr', {
      owner: 'them' as Owner,
      label: ' ',
      notes: 42 as unknown as string,
    });
    expect(rowOf(updated, 'backup-dr')).toEqual(rowOf(matrix, 'backup-dr'));
  });

  it('sets the intake channels, cleaned, de-duplicated regardless of case and capped', () => {
    let matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'ticket-intake', {
      intakeChannels: [' Portal ', 'Phone', 'portal', '', '  ', 'E-mail\u0000'],
    });
    expect(rowOf(matrix, 'ticket-intake').detail).toEqual({ intakeChannels: ['Portal', 'Phone', 'E-mail'] });
    matrix = updateRow(matrix, 'ticket-intake', {
      intakeChannels: Array.from({ length: 30 }, (_, n) => `Channel ${n}`),
    });
    expect(rowOf(matrix, 'ticket-intake').detail?.intakeChannels).toHaveLength(MAX_INTAKE_CHANNELS);
    matrix = updateRow(matrix, 'ticket-intake', { notes: 'kept' });
    expect(rowOf(matrix, 'ticket-intake').detail?.intakeChannels).toHaveLength(MAX_INTAKE_CHANNELS);
  });

  it('sets the review cadence and refuses one that is not on the list', () => {
    let matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'scope-review', { reviewCadence: 'quarterly' });
    expect(rowOf(matrix, 'scope-review').detail).toEqual({ reviewCadence: 'quarterly' });
    matrix = updateRow(matrix, 'scope-review', { reviewCadence: 'weekly' as 'monthly' });
    expect(rowOf(matrix, 'scope-review').detail).toEqual({ reviewCadence: '' });
  });

  it('sets the exit terms field by field', () => {
    let matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'exit-terms', { exitTerms: { tools: 'RMM stays' } });
    matrix = updateRow(matrix, 'exit-terms', { exitTerms: { timeline: ' 30 days ', exportFormat: 'f'.repeat(300) } });
    expect(rowOf(matrix, 'exit-terms').detail).toEqual({
      exitTerms: { tools: 'RMM stays', exportFormat: 'f'.repeat(MAX_TEXT_LENGTH), timeline: '30 days' },
    });
  });

  it('ignores details on rows they do not belong to', () => {
    const matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', {
      intakeChannels: ['a', 'b'],
      reviewCadence: 'monthly',
      exitTerms: { tools: 'x' },
    });
    expect(rowOf(matrix, 'backup-dr').detail).toBeUndefined();
    const custom = updateRow(addRow(matrix, 'handoff', ROW_NAMES), 'custom-1', { intakeChannels: ['a', 'b'] });
    expect(rowOf(custom, 'custom-1').detail).toBeUndefined();
  });

  it('returns the same matrix for an unknown id, and never changes the original', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    expect(updateRow(matrix, 'nope', { owner: 'msp' })).toBe(matrix);
    const before = structuredClone(matrix);
    updateRow(matrix, 'backup-dr', { owner: 'unassigned', notes: 'x' });
    expect(matrix).toEqual(before);
  });

  it('keeps every other row identical (by reference), so the page redraws one row', () => {
    const matrix = createDefaultMatrix(ROW_NAMES);
    const updated = updateRow(matrix, 'backup-dr', { notes: 'x' });
    updated.rows.forEach((row, index) => {
      if (row.id !== 'backup-dr') expect(row).toBe(matrix.rows[index]);
    });
  });
});

describe('updateMatrixInfo', () => {
  it('sets the team names and the date, cleaned', () => {
    const matrix = updateMatrixInfo(createDefaultMatrix(ROW_NAMES), {
      internalTeam: '  Acme\tIT ',
      mspName: `N${'o'.repeat(100)}`,
      date: '2026-12-31',
    });
    expect(matrix).toMatchObject({
      internalTeam: 'Acme IT',
      mspName: `N${'o'.repeat(MAX_NAME_LENGTH - 1)}`,
      date: '2026-12-31',
    });
  });

  it('keeps what the patch leaves out and clears a date that is not one', () => {
    const matrix = updateMatrixInfo(filledMatrix(), { date: 'soon' });
    expect(matrix).toMatchObject({ internalTeam: 'Acme IT', mspName: 'Northwind Managed Services', date: '' });
  });
});

describe('the filled fixture', () => {
  it('is within the limits', () => expectWithinLimits(filledMatrix()));
});
