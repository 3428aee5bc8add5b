/*
 * Property-based fuzzing of everything that reads untrusted input: a file to import, a link
 * to open. Whatever arrives, decoding returns (never throws or rejects), and anything it
 * accepts is a matrix within the limits. Round trips give back exactly what went in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64url } from '../../../src/lib/handoff/base64url';
import { BUILT_IN_KEYS } from '../../../src/lib/handoff/built-in-rows';
import { deflateRaw } from '../../../src/lib/handoff/deflate';
import {
  exportMatrixJson,
  importMatrixJson,
  MATRIX_FORMAT,
  MAX_WARNINGS,
  type MatrixImport,
} from '../../../src/lib/handoff/json-codec';
import { decodeMatrixLink, encodeMatrixLink } from '../../../src/lib/handoff/link-codec';
import {
  addRow,
  createDefaultMatrix,
  removeRow,
  renameRow,
  restoreBuiltInRow,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
  type RowPatch,
} from '../../../src/lib/handoff/matrix';
import { HANDOFF_KEYS, OWNERS, REVIEW_CADENCES, ROW_KINDS } from '../../../src/lib/handoff/vocabulary';
import { anyText, expectWithinLimits, openedPlan, refusalOf } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const RUNS = 3_000;
const ASYNC_RUNS = 1_500;
/** Thousands of runs take seconds, not the default five. */
const SLOW = { timeout: 120_000 };

/** Opens within every limit, saying at most 20 things, or is refused with a sentence of sensible length. */
function expectSafe(result: MatrixImport): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    const { warnings } = openedPlan(result);
    expect(warnings.length).toBeLessThanOrEqual(MAX_WARNINGS);
    for (const warning of warnings) expect(warning.length).toBeGreaterThan(10);
  } else {
    const refused = refusalOf(result);
    expect(refused.length).toBeGreaterThan(10);
    expect(refused.length).toBeLessThan(300);
  }
}

/** Any value JSON can hold, with the field names a matrix uses, so fuzzing reaches deep code. */
const MATRIX_WORDS = [
  'format',
  'version',
  'internalTeam',
  'mspName',
  'date',
  'rows',
  'id',
  'kind',
  'key',
  'label',
  'owner',
  'lead',
  'escalation',
  'responseTarget',
  'notes',
  'detail',
  'intakeChannels',
  'reviewCadence',
  'exitTerms',
  'tools',
  'exportFormat',
  'timeline',
  'name',
  'ourTeam',
  'provider',
  'escalateTo',
  'response',
  'channels',
  '__proto__',
  'constructor',
  'prototype',
];
const plausibleStrings = fc.oneof(
  anyText,
  fc.constantFrom(
    MATRIX_FORMAT,
    ...OWNERS,
    ...ROW_KINDS,
    ...BUILT_IN_KEYS,
    ...REVIEW_CADENCES,
    'us',
    'them',
    'both',
    '2026-03-01',
    '2026-02-30',
  ),
);
const jsonish = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plausibleStrings,
    fc.integer({ min: -3, max: 3 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...MATRIX_WORDS), fc.string({ maxLength: 8 })), tie('value'), {
      maxKeys: 8,
    }),
  ),
}));

const plausibleRow = fc.record(
  {
    id: fc.oneof(fc.constantFrom(...BUILT_IN_KEYS, 'custom-1', 'custom-2', ''), anyText, jsonish.value),
    kind: fc.oneof(fc.constantFrom(...ROW_KINDS), jsonish.value),
    key: fc.oneof(fc.constantFrom(...BUILT_IN_KEYS, null), jsonish.value),
    label: fc.oneof(anyText, jsonish.value),
    owner: fc.oneof(fc.constantFrom(...OWNERS), jsonish.value),
    lead: anyText,
    escalation: anyText,
    responseTarget: anyText,
    notes: fc.oneof(anyText, jsonish.value),
    detail: fc.oneof(
      fc.record(
        {
          intakeChannels: fc.oneof(fc.array(anyText, { maxLength: 14 }), jsonish.value),
          reviewCadence: fc.oneof(fc.constantFrom(...REVIEW_CADENCES), jsonish.value),
          exitTerms: fc.oneof(
            fc.record({ tools: anyText, exportFormat: anyText, timeline: anyText }, { requiredKeys: [] }),
            jsonish.value,
          ),
        },
        { requiredKeys: [] },
      ),
      jsonish.value,
    ),
    name: anyText,
    channels: anyText,
  },
  { requiredKeys: [] },
);

/** Documents close enough to a matrix to pass the marker and exercise every field reader. */
const plausibleDocument = fc.record(
  {
    format: fc.oneof({ arbitrary: fc.constant(MATRIX_FORMAT), weight: 8 }, { arbitrary: jsonish.value, weight: 1 }),
    version: fc.oneof(
      { arbitrary: fc.constantFrom(0, 1, 1, 1), weight: 8 },
      fc.constantFrom(2, -1, 0.5, '1'),
      jsonish.value,
    ),
    internalTeam: fc.oneof(anyText, jsonish.value),
    mspName: anyText,
    ourTeam: anyText,
    provider: anyText,
    date: fc.oneof(fc.constantFrom('2026-03-01', '2024-02-29', '2023-02-29', ''), anyText),
    rows: fc.oneof(fc.array(fc.oneof(plausibleRow, jsonish.value), { maxLength: 70 }), jsonish.value),
  },
  { requiredKeys: ['format', 'rows'] },
);

/** Matrices made the way users make them: a sequence of edits from the default plan. */
const rowPatch: fc.Arbitrary<RowPatch> = fc.record(
  {
    label: anyText,
    owner: fc.constantFrom(...OWNERS),
    lead: anyText,
    escalation: anyText,
    responseTarget: anyText,
    notes: anyText,
    intakeChannels: fc.array(anyText, { maxLength: 12 }),
    reviewCadence: fc.constantFrom(...REVIEW_CADENCES),
    exitTerms: fc.record({ tools: anyText, exportFormat: anyText, timeline: anyText }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
type Edit = (matrix: HandoffMatrix) => HandoffMatrix;
const pickRow = (matrix: HandoffMatrix, index: number) =>
  matrix.rows[index % Math.max(1, matrix.rows.length)]?.id ?? '';
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...ROW_KINDS), anyText).map(
    ([kind, label]): Edit =>
      (m) =>
        addRow(m, kind, ROW_NAMES, label),
  ),
  fc.nat().map(
    (index): Edit =>
      (m) =>
        removeRow(m, pickRow(m, index)),
  ),
  fc.tuple(fc.nat(), anyText).map(
    ([index, label]): Edit =>
      (m) =>
        renameRow(m, pickRow(m, index), label),
  ),
  fc.tuple(fc.nat(), rowPatch).map(
    ([index, patch]): Edit =>
      (m) =>
        updateRow(m, pickRow(m, index), patch),
  ),
  fc.constantFrom(...BUILT_IN_KEYS).map(
    (key): Edit =>
      (m) =>
        restoreBuiltInRow(m, key, ROW_NAMES),
  ),
  fc
    .record(
      { internalTeam: anyText, mspName: anyText, date: fc.oneof(anyText, fc.constant('2026-03-01')) },
      { requiredKeys: [] },
    )
    .map(
      (patch): Edit =>
        (m) =>
          updateMatrixInfo(m, patch),
    ),
);
const editedMatrix = fc
  .array(edit, { maxLength: 80 })
  .map((edits) => edits.reduce((matrix, change) => change(matrix), createDefaultMatrix(ROW_NAMES, '2026-03-01')));

const packLink = async (text: string) => `v=1&m=${bytesToBase64url(await deflateRaw(new TextEncoder().encode(text)))}`;

describe('editing', () => {
  it('never leaves the limits, whatever the sequence of edits', SLOW, () => {
    fc.assert(
      fc.property(editedMatrix, (matrix) => expectWithinLimits(matrix)),
      { numRuns: RUNS },
    );
  });

  it('keeps every built-in handoff row findable unless it was removed', SLOW, () => {
    fc.assert(
      fc.property(editedMatrix, (matrix) => {
        for (const key of HANDOFF_KEYS) {
          const rows = matrix.rows.filter((row) => row.key === key);
          expect(rows.length).toBeLessThanOrEqual(1);
          if (rows[0]) expect(rows[0].kind).toBe('handoff');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('importMatrixJson', () => {
  it('never throws on arbitrary strings', SLOW, () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 2_000 })), (text) =>
        expectSafe(importMatrixJson(text, ROW_NAMES)),
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary JSON values', SLOW, () => {
    fc.assert(
      fc.property(jsonish.value, (value) => expectSafe(importMatrixJson(JSON.stringify(value) ?? '', ROW_NAMES))),
      { numRuns: RUNS },
    );
  });

  it('never throws on documents that look like a matrix, and accepts what it can', SLOW, () => {
    let accepted = 0;
    fc.assert(
      fc.property(plausibleDocument, (document) => {
        const result = importMatrixJson(JSON.stringify(document), ROW_NAMES);
        expectSafe(result);
        if (result.ok) accepted += 1;
      }),
      { numRuns: RUNS },
    );
    // The fuzzing reached the field readers, not just the front-door refusals.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it('never throws on damaged exports (cut, spliced, characters changed)', SLOW, () => {
    const text = exportMatrixJson(createDefaultMatrix(ROW_NAMES, '2026-03-01'));
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), anyText, (start, end, insert) => {
        expectSafe(
          importMatrixJson(text.slice(0, Math.min(start, end)) + insert + text.slice(Math.max(start, end)), ROW_NAMES),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back exactly what was exported', SLOW, () => {
    fc.assert(
      fc.property(editedMatrix, (matrix) => {
        expect(importMatrixJson(exportMatrixJson(matrix), ROW_NAMES)).toEqual({
          ok: true,
          source: 'file',
          matrix,
          warnings: [],
          moreWarnings: 0,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent: importing what an import produced changes nothing more', SLOW, () => {
    fc.assert(
      fc.property(plausibleDocument, (document) => {
        const first = importMatrixJson(JSON.stringify(document), ROW_NAMES);
        if (!first.ok) return;
        expect(importMatrixJson(exportMatrixJson(first.matrix), ROW_NAMES)).toEqual({
          ok: true,
          source: 'file',
          matrix: first.matrix,
          warnings: [],
          moreWarnings: 0,
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('decodeMatrixLink', () => {
  it('never rejects on arbitrary query strings', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyText,
          fc.string({ unit: 'binary', maxLength: 600 }),
          anyText.map((text) => `v=1&m=${text}`),
        ),
        async (search) => expectSafe(await decodeMatrixLink(search, ROW_NAMES)),
      ),
      { numRuns: ASYNC_RUNS },
    );
  });

  it('never rejects on arbitrary base64url payloads (random bytes to inflate)', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expectSafe(await decodeMatrixLink(`v=1&m=${bytesToBase64url(bytes)}`, ROW_NAMES));
      }),
      { numRuns: ASYNC_RUNS },
    );
  });

  it('never rejects on well-packed arbitrary JSON and matrix-like documents', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonish.value, plausibleDocument), async (value) => {
        expectSafe(await decodeMatrixLink(await packLink(JSON.stringify(value) ?? ''), ROW_NAMES));
      }),
      { numRuns: ASYNC_RUNS },
    );
  });

  it('never rejects on cut or altered links', SLOW, async () => {
    const query = await encodeMatrixLink(createDefaultMatrix(ROW_NAMES, '2026-03-01'), ROW_NAMES);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(query.length),
        fc.nat(query.length),
        fc.string({ maxLength: 4 }),
        async (start, end, insert) => {
          expectSafe(
            await decodeMatrixLink(
              query.slice(0, Math.min(start, end)) + insert + query.slice(Math.max(start, end)),
              ROW_NAMES,
            ),
          );
        },
      ),
      { numRuns: ASYNC_RUNS },
    );
  });

  it('gives back exactly what was encoded', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(editedMatrix, async (matrix) => {
        expect(await decodeMatrixLink(await encodeMatrixLink(matrix, ROW_NAMES), ROW_NAMES)).toEqual({
          ok: true,
          source: 'link',
          matrix,
          warnings: [],
          moreWarnings: 0,
        });
      }),
      { numRuns: ASYNC_RUNS },
    );
  });
});
