import { describe, expect, it } from 'vitest';
import { importMatrixJson, MATRIX_FORMAT } from '../../../src/lib/handoff/json-codec';
import { MATRIX_MIGRATIONS, migrateMatrixDocument } from '../../../src/lib/handoff/json-migrations';
import { MATRIX_VERSION } from '../../../src/lib/handoff/matrix';
import { openedPlan, refusalOf } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

/** A file as the planner's first draft saved it (version 0). */
const draftFile = {
  format: MATRIX_FORMAT,
  ourTeam: 'Acme IT',
  provider: 'Northwind',
  date: '2025-11-04',
  rows: [
    { name: 'Strategy and budget', owner: 'us', escalateTo: 'CFO', response: 'Next business day', notes: 'Signs POs' },
    { name: 'patching and rmm ', owner: 'them', response: '24 hours' },
    { name: 'Backup and disaster recovery', owner: 'both', lead: 'Dana Ortiz', notes: 'Monthly restore test' },
    { name: 'Where users raise tickets', owner: 'US', channels: 'Portal, phone, e-mail to Sam' },
    { name: 'Printers', owner: '' },
    { name: 'Strategy and budget', owner: 'them' },
    { name: 'Coffee machine', owner: 'the intern' },
  ],
};

const opened = openedPlan;

describe('migrations', () => {
  it('run in an unbroken chain up to the current version', () => {
    MATRIX_MIGRATIONS.forEach((step, index) => {
      expect(step.to).toBe(step.from + 1);
      if (index > 0) expect(step.from).toBe(MATRIX_MIGRATIONS[index - 1]!.to);
    });
    expect(MATRIX_MIGRATIONS[0]?.from).toBe(0);
    expect(MATRIX_MIGRATIONS.at(-1)?.to).toBe(MATRIX_VERSION);
  });

  it('leave a current document alone', () => {
    const document = { format: MATRIX_FORMAT, version: 1, rows: [] };
    expect(migrateMatrixDocument(document, MATRIX_VERSION)).toBe(document);
  });
});

describe('version 0 (the first draft) files', () => {
  const result = opened(importMatrixJson(JSON.stringify(draftFile), ROW_NAMES));
  const { matrix } = result;

  it('still open, with the team names and date carried over', () => {
    expect(matrix).toMatchObject({ version: 1, internalTeam: 'Acme IT', mspName: 'Northwind', date: '2025-11-04' });
  });

  it('map us/them/both to internal/msp/shared, whatever the case', () => {
    expect(matrix.rows.map((row) => row.owner)).toEqual([
      'internal',
      'msp',
      'shared',
      'internal',
      'unassigned',
      'msp',
      'unassigned',
    ]);
  });

  it('recognise built-in rows by their label and give them their key, id and kind', () => {
    expect(matrix.rows.map((row) => [row.id, row.key, row.kind])).toEqual([
      ['strategy-budget', 'strategy-budget', 'function'],
      ['patching-rmm', 'patching-rmm', 'function'],
      ['backup-dr', 'backup-dr', 'function'],
      ['ticket-intake', 'ticket-intake', 'handoff'],
      ['custom-1', null, 'function'],
      ['custom-2', null, 'function'],
      ['custom-3', null, 'function'],
    ]);
  });

  it('carry over labels, leads, escalation, response targets and notes under their new names', () => {
    expect(matrix.rows[0]).toEqual({
      id: 'strategy-budget',
      kind: 'function',
      key: 'strategy-budget',
      label: 'Strategy and budget',
      owner: 'internal',
      lead: '',
      escalation: 'CFO',
      responseTarget: 'Next business day',
      notes: 'Signs POs',
    });
    expect(matrix.rows[1]).toMatchObject({ label: 'patching and rmm', responseTarget: '24 hours' });
    expect(matrix.rows[2]).toMatchObject({ lead: 'Dana Ortiz', notes: 'Monthly restore test' });
  });

  it('split the comma-separated intake channels into the detail', () => {
    expect(matrix.rows[3]?.detail).toEqual({ intakeChannels: ['Portal', 'phone', 'e-mail to Sam'] });
  });

  it('report only an owner the draft never had', () => {
    expect(result.warnings).toEqual([
      'Row 7 ("Coffee machine"): the owner "the intern" is not one the planner knows, so the row is unassigned.',
    ]);
  });

  it('open the same with an explicit version 0', () => {
    expect(opened(importMatrixJson(JSON.stringify({ ...draftFile, version: 0 }), ROW_NAMES))).toEqual(result);
  });

  it('survive a draft with broken rows', () => {
    const broken = opened(
      importMatrixJson(
        JSON.stringify({ format: MATRIX_FORMAT, rows: [null, { name: 5, owner: 3, channels: 7 }, 'x'] }),
        ROW_NAMES,
      ),
    );
    expect(broken.matrix.rows).toEqual([
      {
        id: 'custom-1',
        kind: 'function',
        key: null,
        label: 'Untitled row',
        owner: 'unassigned',
        lead: '',
        escalation: '',
        responseTarget: '',
        notes: '',
      },
    ]);
    expect(broken.warnings).toEqual([
      'Row 1 is not a row (it holds nothing), so it was skipped.',
      'Row 2, label: not text, so left blank.',
      'Row 2 had no label, so it is called "Untitled row".',
      'Row 2: the owner "3" is not one the planner knows, so the row is unassigned.',
      'Row 3 is not a row (it holds a string), so it was skipped.',
    ]);
    expect(refusalOf(importMatrixJson(JSON.stringify({ format: MATRIX_FORMAT, rows: 'none' }), ROW_NAMES))).toBe(
      'This file has no list of rows, so there is no matrix to open.',
    );
  });

  it('are refused without the format marker, like any other file', () => {
    const { format: _, ...unmarked } = draftFile;
    expect(importMatrixJson(JSON.stringify(unmarked), ROW_NAMES).ok).toBe(false);
  });
});
