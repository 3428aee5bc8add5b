import fc from 'fast-check';
import { expect } from 'vitest';
import { handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { isBuiltInKey, kindOfKey } from '../../../src/lib/handoff/built-in-rows';
import type { MatrixImport } from '../../../src/lib/handoff/json-codec';
import { refusalInWords, warningInWords } from '../../../src/lib/handoff/problem-words';
import {
  MAX_INTAKE_CHANNELS,
  MAX_NAME_LENGTH,
  MAX_ROWS,
  MAX_TEXT_LENGTH,
  createDefaultMatrix,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
} from '../../../src/lib/handoff/matrix';
import { isIsoDate } from '../../../src/lib/handoff/limits';
import { ROW_ID_PATTERN } from '../../../src/lib/handoff/row-ids';
import { isOwner, isReviewCadence, isRowKind } from '../../../src/lib/handoff/vocabulary';
import { ROW_NAMES } from '../../support/row-names';

/** A plan with every kind of content filled in, so exports and round trips have work to do. */
export function filledMatrix(): HandoffMatrix {
  let matrix = updateMatrixInfo(createDefaultMatrix(ROW_NAMES, '2026-03-01'), {
    internalTeam: 'Acme IT',
    mspName: 'Northwind Managed Services',
  });
  matrix = updateRow(matrix, 'strategy-budget', {
    escalation: 'CFO',
    responseTarget: 'Next business day',
    notes: 'Signs every PO.',
  });
  matrix = updateRow(matrix, 'backup-dr', {
    owner: 'shared',
    lead: 'Dana Ortiz',
    notes: 'Restore test monthly, report to Dana.',
  });
  matrix = updateRow(matrix, 'ticket-intake', { intakeChannels: ['Service portal'], escalation: 'IT manager' });
  matrix = updateRow(matrix, 'incident-bridge', { lead: 'Sam Lee', escalation: 'MSP on-call lead, then IT manager' });
  matrix = updateRow(matrix, 'scope-review', { reviewCadence: 'quarterly' });
  matrix = updateRow(matrix, 'exit-terms', {
    exitTerms: {
      tools: 'RMM and PSA licences stay with the MSP',
      exportFormat: 'CSV of all tickets',
      timeline: '30 days',
    },
  });
  return matrix;
}

const isText = (value: unknown, max: number): boolean =>
  typeof value === 'string' &&
  value.length <= max &&
  value === value.trim() &&
  !/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u.test(value) &&
  value.isWellFormed();

/** What every matrix the planner accepts must satisfy, however it was made. */
export function expectWithinLimits(matrix: HandoffMatrix): void {
  expect(matrix.version).toBe(1);
  expect(isText(matrix.internalTeam, MAX_NAME_LENGTH)).toBe(true);
  expect(isText(matrix.mspName, MAX_NAME_LENGTH)).toBe(true);
  expect(matrix.date === '' || isIsoDate(matrix.date)).toBe(true);
  expect(matrix.rows.length).toBeLessThanOrEqual(MAX_ROWS);
  expect(new Set(matrix.rows.map((row) => row.id)).size).toBe(matrix.rows.length);
  const keys = matrix.rows.map((row) => row.key).filter((key) => key !== null);
  expect(new Set(keys).size).toBe(keys.length);
  for (const row of matrix.rows) {
    expect(Object.keys(row).sort()).toEqual(
      [
        'id',
        'kind',
        'key',
        'label',
        'owner',
        'lead',
        'escalation',
        'responseTarget',
        'notes',
        ...(row.detail ? ['detail'] : []),
      ].sort(),
    );
    expect(row.id).toMatch(ROW_ID_PATTERN);
    expect(isRowKind(row.kind)).toBe(true);
    expect(row.key === null || (isBuiltInKey(row.key) && kindOfKey(row.key) === row.kind)).toBe(true);
    expect(isOwner(row.owner)).toBe(true);
    expect(isText(row.label, MAX_NAME_LENGTH) && row.label !== '').toBe(true);
    for (const name of [row.lead, row.escalation]) expect(isText(name, MAX_NAME_LENGTH)).toBe(true);
    for (const text of [row.responseTarget, row.notes]) expect(isText(text, MAX_TEXT_LENGTH)).toBe(true);
    const detail = row.detail;
    if (row.key === 'ticket-intake') {
      expect(Object.keys(detail ?? {})).toEqual(['intakeChannels']);
      const channels = detail?.intakeChannels ?? [];
      expect(channels.length).toBeLessThanOrEqual(MAX_INTAKE_CHANNELS);
      for (const channel of channels) expect(isText(channel, MAX_NAME_LENGTH) && channel !== '').toBe(true);
      expect(new Set(channels.map((channel) => channel.toLowerCase())).size).toBe(channels.length);
    } else if (row.key === 'scope-review') {
      expect(Object.keys(detail ?? {})).toEqual(['reviewCadence']);
      expect(isReviewCadence(detail?.reviewCadence)).toBe(true);
    } else if (row.key === 'exit-terms') {
      expect(Object.keys(detail ?? {})).toEqual(['exitTerms']);
      const terms = detail?.exitTerms;
      expect(Object.keys(terms ?? {}).sort()).toEqual(['exportFormat', 'timeline', 'tools']);
      for (const text of Object.values(terms ?? {})) expect(isText(text, MAX_TEXT_LENGTH)).toBe(true);
    } else {
      expect(detail).toBeUndefined();
    }
  }
}

/** Text of every kind: control characters, lone surrogates, direction overrides, very long runs. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 90 }),
  fc.constantFrom('', ' ', '\u202Eevil', 'a\u0000b', '=cmd|calc', '\uD800', '<script>', '| pipe |', 'x'.repeat(500)),
);

const reading = handoffPlannerCopy.notices.reading;

/** Why a file or link was refused, as the page says it (the shipped words); fails for a plan that opened. */
export function refusalOf(result: MatrixImport): string {
  if (result.ok) throw new Error('expected a refusal');
  return refusalInWords(result.source, result.refusal, reading, 'en-US');
}

/** A plan that opened, within every limit, with what it changed as the page says it (the shipped words). */
export function openedPlan(result: MatrixImport) {
  if (!result.ok) throw new Error(`refused: ${refusalOf(result)}`);
  expectWithinLimits(result.matrix);
  return {
    ...result,
    warnings: result.warnings.map((warning) => warningInWords(result.source, warning, reading, 'en-US')),
  };
}
