import { describe, expect, it } from 'vitest';
import { assessmentCopy } from '../../../src/lib/assessment/copy';
import { ALWAYS_INTERNAL, FUNCTION_IDS, MSP_CAPABLE } from '../../../src/lib/assessment/split';
import {
  BUILT_IN_KEYS,
  DEFAULT_FUNCTION_IDS,
  defaultLabelOf,
  FUNCTION_ROW_LABELS,
  HANDOFF_ROW_LABELS,
  isBuiltInKey,
  isFunctionId,
  kindOfKey,
  usualOwnerOf,
} from '../../../src/lib/handoff/built-in-rows';
import { MAX_NAME_LENGTH } from '../../../src/lib/handoff/limits';
import { HANDOFF_KEYS, isHandoffKey, isOwner, isReviewCadence, isRowKind } from '../../../src/lib/handoff/vocabulary';

describe('built-in rows', () => {
  it('label functions exactly as the assessment’s split does', () => {
    expect(FUNCTION_ROW_LABELS).toEqual(assessmentCopy.split.labels);
  });

  it('cover every function id the assessment knows, and every handoff key', () => {
    expect(Object.keys(FUNCTION_ROW_LABELS).sort()).toEqual([...FUNCTION_IDS].sort());
    expect(Object.keys(HANDOFF_ROW_LABELS)).toEqual([...HANDOFF_KEYS]);
    expect(BUILT_IN_KEYS).toEqual([...FUNCTION_IDS, ...HANDOFF_KEYS]);
    expect(new Set(BUILT_IN_KEYS.map((key) => defaultLabelOf(key).toLowerCase())).size).toBe(BUILT_IN_KEYS.length);
  });

  it('have labels within the name limit', () => {
    for (const key of BUILT_IN_KEYS) expect(defaultLabelOf(key).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it('list the ten functions of the issue by default: all but cloud and compliance evidence', () => {
    expect(DEFAULT_FUNCTION_IDS).toEqual(
      FUNCTION_IDS.filter((id) => id !== 'cloud-platform' && id !== 'compliance-evidence'),
    );
  });

  it('know their kind and usual owner', () => {
    for (const id of FUNCTION_IDS) expect(kindOfKey(id)).toBe('function');
    for (const key of HANDOFF_KEYS) expect(kindOfKey(key)).toBe('handoff');
    for (const id of ALWAYS_INTERNAL) expect(usualOwnerOf(id)).toBe('internal');
    for (const id of MSP_CAPABLE) expect(usualOwnerOf(id)).toBe('msp');
    expect(usualOwnerOf('end-user-relationship')).toBe('internal');
    expect(usualOwnerOf('incident-bridge')).toBe('shared');
  });
});

describe('vocabulary guards', () => {
  it('accept exactly their own values', () => {
    expect(['internal', 'msp', 'shared', 'unassigned'].every(isOwner)).toBe(true);
    expect(['function', 'handoff'].every(isRowKind)).toBe(true);
    expect(['', 'monthly', 'quarterly', 'twice-yearly', 'yearly'].every(isReviewCadence)).toBe(true);
    for (const value of [undefined, null, 1, {}, [], 'Internal', ' msp', 'us', 'toString', '__proto__', 'weekly']) {
      expect(
        isOwner(value) || isRowKind(value) || isReviewCadence(value) || isHandoffKey(value) || isBuiltInKey(value),
      ).toBe(false);
    }
    expect(isFunctionId('backup-dr')).toBe(true);
    expect(isFunctionId('ticket-intake')).toBe(false);
    expect(isBuiltInKey('ticket-intake')).toBe(true);
  });
});
