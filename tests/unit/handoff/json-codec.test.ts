import { describe, expect, it } from 'vitest';
import {
  exportMatrixJson,
  importMatrixJson,
  MATRIX_FORMAT,
  MAX_IMPORT_BYTES,
  MAX_WARNINGS,
} from '../../../src/lib/handoff/json-codec';
import {
  addRow,
  createDefaultMatrix,
  MAX_ROWS,
  removeRow,
  renameRow,
  updateRow,
  type HandoffMatrix,
} from '../../../src/lib/handoff/matrix';
import { MAX_JSON_ARRAY_ITEMS, MAX_JSON_DEPTH } from '../../../src/lib/handoff/untrusted-json';
import { filledMatrix, openedPlan as opened, refusalOf as refusal } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const documentOf = (matrix: HandoffMatrix) =>
  JSON.parse(exportMatrixJson(matrix)) as Record<string, unknown> & { rows: Record<string, unknown>[] };
const withDocument = (change: (document: ReturnType<typeof documentOf>) => unknown) => {
  const document = documentOf(filledMatrix());
  const changed = change(document) ?? document;
  return importMatrixJson(JSON.stringify(changed), ROW_NAMES);
};

describe('exportMatrixJson', () => {
  it('writes the format marker first, then the version and the matrix, pretty-printed', () => {
    const text = exportMatrixJson(createDefaultMatrix(ROW_NAMES, '2026-03-01'));
    expect(text.startsWith(`{\n  "format": "${MATRIX_FORMAT}",\n  "version": 1,\n  "internalTeam": ""`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'internalTeam',
      'mspName',
      'date',
      'rows',
    ]);
  });

  it('stays well under the import limit for the biggest matrix the planner allows', () => {
    let matrix = filledMatrix();
    while (matrix.rows.length < MAX_ROWS) matrix = addRow(matrix, 'handoff', ROW_NAMES);
    const wide = '漢'.repeat(300);
    for (const row of matrix.rows) {
      matrix = updateRow(matrix, row.id, {
        label: wide,
        lead: wide,
        escalation: wide,
        responseTarget: wide,
        notes: wide,
        owner: 'shared',
      });
    }
    matrix = updateRow(matrix, 'ticket-intake', {
      intakeChannels: Array.from({ length: 10 }, (_, n) => `${n}${wide}`),
    });
    matrix = updateRow(matrix, 'exit-terms', { exitTerms: { tools: wide, exportFormat: wide, timeline: wide } });
    const text = exportMatrixJson(matrix);
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_IMPORT_BYTES * 0.75);
    expect(opened(importMatrixJson(text, ROW_NAMES)).matrix).toEqual(matrix);
  });
});

describe('importMatrixJson: round trips', () => {
  it('gives back exactly what was exported, with no warnings', () => {
    for (const matrix of [
      createDefaultMatrix(ROW_NAMES),
      createDefaultMatrix(ROW_NAMES, '2026-03-01'),
      filledMatrix(),
    ]) {
      expect(importMatrixJson(exportMatrixJson(matrix), ROW_NAMES)).toEqual({
        ok: true,
        source: 'file',
        matrix,
        warnings: [],
        moreWarnings: 0,
      });
    }
  });

  it('keeps custom rows, renames, removals and ids', () => {
    let matrix = addRow(
      addRow(filledMatrix(), 'function', ROW_NAMES, 'Printers'),
      'handoff',
      ROW_NAMES,
      'Change freeze',
    );
    matrix = renameRow(removeRow(matrix, 'exit-terms'), 'ticket-intake', 'Help desk');
    matrix = updateRow(matrix, 'custom-2', { owner: 'shared', lead: 'Sam', notes: 'No changes in December.' });
    expect(opened(importMatrixJson(exportMatrixJson(matrix), ROW_NAMES)).matrix).toEqual(matrix);
  });

  it('keeps an empty matrix empty', () => {
    const matrix = { ...createDefaultMatrix(ROW_NAMES), rows: [] };
    expect(opened(importMatrixJson(exportMatrixJson(matrix), ROW_NAMES)).matrix).toEqual(matrix);
  });

  it('reads a file saved with a byte-order mark and Windows line ends', () => {
    const text = `\uFEFF${exportMatrixJson(filledMatrix()).replace(/\n/g, '\r\n')}`;
    expect(opened(importMatrixJson(text, ROW_NAMES)).matrix).toEqual(filledMatrix());
  });

  it('reads a file with the fields in another order', () => {
    const { rows, ...rest } = documentOf(filledMatrix());
    const shuffled = { rows: rows.map((row) => Object.fromEntries(Object.entries(row).reverse())), ...rest };
    expect(opened(importMatrixJson(JSON.stringify(shuffled), ROW_NAMES)).matrix).toEqual(filledMatrix());
  });
});

describe('importMatrixJson: refusals', () => {
  it('refuses text that is not JSON', () => {
    for (const text of ['', ' ', 'hello', '{', '{"format":', "{'format': 1}", 'undefined', 'NaN', '[1,]', '\u0000']) {
      expect(refusal(importMatrixJson(text, ROW_NAMES))).toMatch(/does not hold valid JSON/);
    }
  });

  it('refuses JSON without the format marker, or with another one', () => {
    const message = /not a handoff matrix from this planner/;
    for (const value of [null, 1, 'x', true, [], {}, [exportMatrixJson(filledMatrix())], { rows: [] }]) {
      expect(refusal(importMatrixJson(JSON.stringify(value), ROW_NAMES))).toMatch(message);
    }
    expect(refusal(withDocument((document) => ({ ...document, format: 'co-managed-it/pricing-estimate' })))).toMatch(
      message,
    );
    expect(refusal(withDocument((document) => ({ ...document, format: MATRIX_FORMAT.toUpperCase() })))).toMatch(
      message,
    );
  });

  it('refuses a newer version, saying how to get the newer planner', () => {
    expect(refusal(withDocument((document) => ({ ...document, version: 2 })))).toBe(
      'This file was saved by a newer version of the planner (format 2); this page reads up to format 1. Reload the page to get the newest planner.',
    );
  });

  it('refuses a damaged version number', () => {
    for (const version of [-1, 1.5, '1', null, [], {}, 1e400]) {
      expect(refusal(withDocument((document) => ({ ...document, version })))).toMatch(
        /damaged version number|newer version/,
      );
    }
  });

  it('refuses a file with no list of rows', () => {
    for (const rows of [undefined, null, {}, 'rows', 3]) {
      expect(refusal(withDocument((document) => ({ ...document, rows })))).toBe(
        'This file has no list of rows, so there is no matrix to open.',
      );
    }
  });

  it('refuses a file over 200 KB before reading it', () => {
    const padded = exportMatrixJson(filledMatrix()).replace('{', `{"padding": "${'x'.repeat(MAX_IMPORT_BYTES)}",`);
    expect(refusal(importMatrixJson(padded, ROW_NAMES))).toMatch(/more than 200 KB/);
    // Counted in UTF-8 bytes, not characters.
    const wide = exportMatrixJson(filledMatrix()).replace('{', `{"padding": "${'€'.repeat(MAX_IMPORT_BYTES / 3)}",`);
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(refusal(importMatrixJson(wide, ROW_NAMES))).toMatch(/more than 200 KB/);
  });

  it('refuses prototype-pollution keys anywhere in the file', () => {
    const base = exportMatrixJson(filledMatrix());
    const hostile = [
      base.replace('{', '{"__proto__": {"polluted": true},'),
      base.replace('"id": "strategy-budget",', '"id": "strategy-budget", "__proto__": {"owner": "msp"},'),
      base.replace('"intakeChannels": [', '"constructor": {"prototype": {"x": 1}}, "intakeChannels": ['),
      base.replace('{', '{"prototype": 1,'),
    ];
    for (const text of hostile) {
      expect(refusal(importMatrixJson(text, ROW_NAMES))).toMatch(
        /contains a field named "(__proto__|constructor|prototype)".*refused as unsafe/,
      );
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts those words as ordinary text', () => {
    const matrix = updateRow(filledMatrix(), 'backup-dr', { notes: '__proto__ constructor prototype' });
    expect(opened(importMatrixJson(exportMatrixJson(matrix), ROW_NAMES)).matrix).toEqual(matrix);
  });

  it('refuses deep nesting, in any kind of bracket, without overflowing the stack', () => {
    const deep = (open: string, close: string, depth: number) => `${open.repeat(depth)}${close.repeat(depth)}`;
    for (const text of [deep('[', ']', 100_000), deep('{"a":', '}', 20_000), deep('[', ']', MAX_JSON_DEPTH + 1)]) {
      expect(refusal(importMatrixJson(text, ROW_NAMES))).toMatch(/nested far deeper/);
    }
    const nestedNotes = withDocument((document) => {
      let value: unknown = 'x';
      for (let depth = 0; depth < MAX_JSON_DEPTH; depth += 1) value = [value];
      document.rows[0]!['notes'] = value;
    });
    expect(refusal(nestedNotes)).toMatch(/nested far deeper/);
  });

  it('does not count brackets inside strings as nesting', () => {
    const matrix = updateRow(filledMatrix(), 'backup-dr', { notes: `${'[{'.repeat(60)} "quoted \\" ]}` });
    expect(opened(importMatrixJson(exportMatrixJson(matrix), ROW_NAMES)).matrix).toEqual(matrix);
  });

  it('refuses huge arrays', () => {
    const huge = withDocument((document) => ({
      ...document,
      rows: Array.from({ length: MAX_JSON_ARRAY_ITEMS + 1 }, () => 0),
    }));
    expect(refusal(huge)).toMatch(/more than 1,000 items/);
    const hugeChannels = withDocument((document) => {
      document.rows[10]!['detail'] = { intakeChannels: Array.from({ length: MAX_JSON_ARRAY_ITEMS + 1 }, () => 'a') };
    });
    expect(refusal(hugeChannels)).toMatch(/more than 1,000 items/);
  });

  it('does not throw for input that is not a string', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(refusal(importMatrixJson(value as unknown as string, ROW_NAMES))).toMatch(/valid JSON/);
    }
  });
});

describe('importMatrixJson: repairs, each reported', () => {
  it('keeps the first 60 rows of a longer list', () => {
    const result = opened(
      withDocument((document) => ({
        ...document,
        rows: Array.from({ length: 70 }, (_, n) => ({
          id: `r${n}`,
          kind: 'function',
          key: null,
          label: `Row ${n}`,
          owner: 'msp',
        })),
      })),
    );
    expect(result.matrix.rows).toHaveLength(MAX_ROWS);
    expect(result.matrix.rows.at(-1)?.label).toBe('Row 59');
    expect(result.warnings).toEqual(['The file lists 70 rows; only the first 60 were kept.']);
  });

  it('skips entries that are not rows', () => {
    const result = opened(withDocument((document) => ({ ...document, rows: [null, 3, 'row', [], document.rows[0]] })));
    expect(result.matrix.rows.map((row) => row.id)).toEqual(['strategy-budget']);
    expect(result.warnings).toEqual([
      'Row 1 is not a row (it holds nothing), so it was skipped.',
      'Row 2 is not a row (it holds a number), so it was skipped.',
      'Row 3 is not a row (it holds a string), so it was skipped.',
      'Row 4 is not a row (it holds a list), so it was skipped.',
    ]);
  });

  it('shortens over-long text and cleans control characters', () => {
    const result = opened(
      withDocument((document) => {
        document.rows[0]!['notes'] = 'n'.repeat(500);
        document.rows[0]!['lead'] = 'Dana\u0000 \u202EOrtiz';
        document['internalTeam'] = 'T'.repeat(100);
      }),
    );
    expect(result.matrix.rows[0]).toMatchObject({ notes: 'n'.repeat(200), lead: 'Dana Ortiz' });
    expect(result.matrix.internalTeam).toBe('T'.repeat(80));
    expect(result.warnings).toEqual([
      'Internal team name: longer than 80 characters, so shortened.',
      'Row 1 ("Strategy and budget"), notes: longer than 200 characters, so shortened.',
    ]);
  });

  it('blanks fields of the wrong type, and unassigns an owner it does not know', () => {
    const result = opened(
      withDocument((document) => {
        Object.assign(document.rows[0]!, {
          owner: 'them',
          lead: 7,
          escalation: { role: 'x' },
          responseTarget: ['4h'],
          notes: true,
        });
        document['mspName'] = 12;
      }),
    );
    expect(result.matrix.rows[0]).toMatchObject({
      owner: 'unassigned',
      lead: '',
      escalation: '',
      responseTarget: '',
      notes: '',
    });
    expect(result.matrix.mspName).toBe('');
    expect(result.warnings).toEqual([
      'MSP name: not text, so left blank.',
      'Row 1 ("Strategy and budget"): the owner "them" is not one the planner knows, so the row is unassigned.',
      'Row 1 ("Strategy and budget"), lead: not text, so left blank.',
      'Row 1 ("Strategy and budget"), escalation role: not text, so left blank.',
      'Row 1 ("Strategy and budget"), response target: not text, so left blank.',
      'Row 1 ("Strategy and budget"), notes: not text, so left blank.',
    ]);
  });

  it('treats missing text fields as blank, silently', () => {
    const result = opened(
      withDocument((document) => ({
        ...document,
        rows: [{ id: 'backup-dr', kind: 'function', key: 'backup-dr', label: 'Backups', owner: 'msp' }],
      })),
    );
    expect(result.matrix.rows[0]).toEqual({
      id: 'backup-dr',
      kind: 'function',
      key: 'backup-dr',
      label: 'Backups',
      owner: 'msp',
      lead: '',
      escalation: '',
      responseTarget: '',
      notes: '',
    });
    expect(result.warnings).toEqual([]);
  });

  it('names a row with no label after its built-in row, or "Untitled row"', () => {
    const result = opened(
      withDocument((document) => ({
        ...document,
        rows: [
          { key: 'backup-dr', owner: 'msp', label: '  ' },
          { kind: 'handoff', owner: 'msp' },
        ],
      })),
    );
    expect(result.matrix.rows.map((row) => [row.id, row.label, row.kind])).toEqual([
      ['backup-dr', 'Backup and disaster recovery', 'function'],
      ['custom-1', 'Untitled row', 'handoff'],
    ]);
    expect(result.warnings).toEqual([
      'Row 1 had no label, so it is called "Backup and disaster recovery".',
      'Row 2 had no label, so it is called "Untitled row".',
    ]);
  });

  it('gives new ids to rows whose ids are missing, malformed or repeated', () => {
    const result = opened(
      withDocument((document) => ({
        ...document,
        rows: [
          { id: 'same', label: 'A', kind: 'function', owner: 'msp' },
          { id: 'same', label: 'B', kind: 'function', owner: 'msp' },
          { id: 'Has Spaces', label: 'C', kind: 'function', owner: 'msp' },
          { id: 'x'.repeat(41), label: 'D', kind: 'function', owner: 'msp' },
          { id: 'custom-1', label: 'E', kind: 'function', owner: 'msp' },
          { id: 42, key: 'backup-dr', label: 'F', owner: 'msp' },
        ],
      })),
    );
    expect(result.matrix.rows.map((row) => row.id)).toEqual([
      'same',
      'custom-1',
      'custom-2',
      'custom-3',
      'custom-4',
      'backup-dr',
    ]);
  });

  it('keeps a repeated or unknown built-in key as a custom row, and takes the kind from a known key', () => {
    const result = opened(
      withDocument((document) => ({
        ...document,
        rows: [
          { key: 'scope-review', kind: 'function', label: 'Scope', owner: 'internal' },
          { key: 'scope-review', kind: 'handoff', label: 'Scope again', owner: 'internal' },
          { key: 'future-row', kind: 'handoff', label: 'Future', owner: 'internal' },
          { key: 'custom', kind: 'team', label: 'Odd kind', owner: 'internal' },
        ],
      })),
    );
    expect(result.matrix.rows.map((row) => [row.key, row.kind])).toEqual([
      ['scope-review', 'handoff'],
      [null, 'handoff'],
      [null, 'handoff'],
      [null, 'function'],
    ]);
    expect(result.warnings).toEqual([
      'Row 2 ("Scope again") repeats the built-in row "Scope review", so it was kept as a custom row.',
      'Row 3 ("Future") names a built-in row the planner does not know, so it was kept as a custom row.',
      'Row 4 ("Odd kind") names a built-in row the planner does not know, so it was kept as a custom row.',
      'Row 4 ("Odd kind"): its kind was not recognised, so it is listed as a function.',
    ]);
  });

  it('repairs details and drops those on rows they do not belong to', () => {
    const result = opened(
      withDocument((document) => {
        document.rows[10]!['detail'] = { intakeChannels: ['Portal', 3, 'portal', null, 'Phone'] };
        document.rows[12]!['detail'] = { reviewCadence: 'weekly' };
        document.rows[13]!['detail'] = { exitTerms: { tools: 5, exportFormat: 'CSV', timeline: 'x'.repeat(300) } };
        document.rows[0]!['detail'] = { intakeChannels: ['a', 'b'] };
        document.rows[11]!['detail'] = 'junk';
      }),
    );
    const byId = new Map(result.matrix.rows.map((row) => [row.id, row]));
    expect(byId.get('ticket-intake')?.detail).toEqual({ intakeChannels: ['Portal', 'Phone'] });
    expect(byId.get('scope-review')?.detail).toEqual({ reviewCadence: '' });
    expect(byId.get('exit-terms')?.detail).toEqual({
      exitTerms: { tools: '', exportFormat: 'CSV', timeline: 'x'.repeat(200) },
    });
    expect(byId.get('strategy-budget')?.detail).toBeUndefined();
    expect(byId.get('incident-bridge')?.detail).toBeUndefined();
    expect(result.warnings).toEqual([
      'Row 11 ("Where users raise tickets"): intake channels that were not text were dropped.',
      'Row 13 ("Scope review"): the review cadence "weekly" is not one the planner knows, so it was cleared.',
      'Row 14 ("Tools and data on exit"), exit terms tools: not text, so left blank.',
      'Row 14 ("Tools and data on exit"), exit terms timeline: longer than 200 characters, so shortened.',
    ]);
  });

  it('blanks a date that is not a real YYYY-MM-DD date', () => {
    for (const date of ['2026-02-30', '03/01/2026', 20260301, 'tomorrow']) {
      const result = opened(withDocument((document) => ({ ...document, date })));
      expect(result.matrix.date).toBe('');
      expect(result.warnings).toEqual([
        `The date "${String(date)}" is not a date written YYYY-MM-DD, so it was left blank.`,
      ]);
    }
    expect(opened(withDocument((document) => ({ ...document, date: '' }))).warnings).toEqual([]);
  });

  it('reports unknown fields, shortened for display', () => {
    const result = opened(
      withDocument((document) => {
        document['colour'] = 'blue';
        document.rows[0]!['x'.repeat(100)] = 1;
      }),
    );
    expect(result.warnings).toEqual([
      'The file: the unknown field "colour" was ignored.',
      `Row 1 ("Strategy and budget"): the unknown field "${'x'.repeat(39)}…" was ignored.`,
    ]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const result = opened(withDocument((document) => ({ ...document, rows: Array.from({ length: 50 }, () => null) })));
    expect(result.warnings).toHaveLength(MAX_WARNINGS);
    expect(result.moreWarnings).toBe(30);
  });

  it('shows hostile text in warnings only as short plain text', () => {
    const result = opened(
      withDocument((document) => {
        document.rows[0]!['owner'] = `<img src=x onerror=alert(1)>\u202E${'x'.repeat(100)}`;
      }),
    );
    expect(result.warnings[0]).toBe(
      'Row 1 ("Strategy and budget"): the owner "<img src=x onerror=alert(1)>xxxxxxxxxxx…" is not one the planner knows, so the row is unassigned.',
    );
  });
});
