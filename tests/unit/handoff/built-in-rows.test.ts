import { describe, expect, it } from 'vitest';
import { ALWAYS_INTERNAL, FUNCTION_IDS, MSP_CAPABLE } from '../../../src/lib/assessment/split';
import {
  BUILT_IN_KEYS,
  DEFAULT_FUNCTION_IDS,
  builtInName,
  isBuiltInKey,
  isFunctionId,
  kindOfKey,
  usualOwnerOf,
} from '../../../src/lib/handoff/built-in-rows';
import { HANDOFF_KEYS, isHandoffKey, isOwner, isReviewCadence, isRowKind } from '../../../src/lib/handoff/vocabulary';
import { ROW_NAMES } from '../../support/row-names';

describe('built-in rows', () => {
  it('list every function id the assessment knows, then every handoff key', () => {
    expect(BUILT_IN_KEYS).toEqual([...FUNCTION_IDS, ...HANDOFF_KEYS]);
  });

  it('are called by the names they are given: functions and handoff points each from their own list', () => {
    for (const id of FUNCTION_IDS) expect(builtInName(ROW_NAMES, id)).toBe(ROW_NAMES.functions[id]);
    for (const key of HANDOFF_KEYS) expect(builtInName(ROW_NAMES, key)).toBe(ROW_NAMES.handoffPoints[key]);
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
