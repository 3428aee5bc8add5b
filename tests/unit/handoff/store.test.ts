import { beforeEach, describe, expect, it } from 'vitest';
import { exportMatrixJson, MATRIX_FORMAT } from '../../../src/lib/handoff/json-codec';
import { createDefaultMatrix, updateMatrixInfo } from '../../../src/lib/handoff/matrix';
import {
  handoffStores,
  matrixStorageCodec,
  openHandoffStores,
  replaceMatrix,
  restoreBackup,
} from '../../../src/stores/handoff';
import { filledMatrix } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const { encode, decode } = matrixStorageCodec(ROW_NAMES);
openHandoffStores(ROW_NAMES);
const { plan: $handoff, backup: $handoffBackup } = handoffStores();

describe('the planner store codec', () => {
  it('round-trips a plan through storage, and removes the entry for no plan', () => {
    const matrix = filledMatrix();
    expect(decode(encode(matrix)!)).toEqual(matrix);
    expect(encode(undefined)).toBeUndefined();
  });

  it('reads an entry from an older planner (the first draft, without a version)', () => {
    const draft = JSON.stringify({
      format: MATRIX_FORMAT,
      ourTeam: 'Acme IT',
      provider: 'Northwind',
      rows: [{ name: 'Backup and disaster recovery', owner: 'them' }],
    });
    const read = decode(draft)!;
    expect(read.internalTeam).toBe('Acme IT');
    expect(read.rows[0]).toMatchObject({ key: 'backup-dr', owner: 'msp' });
  });

  it('drops a corrupt, hostile or foreign entry as "no saved plan" without throwing', () => {
    for (const stored of [
      '',
      '{',
      'null',
      '[]',
      '{"format":"other"}',
      `{"format":"${MATRIX_FORMAT}","version":99,"rows":[]}`,
      `{"format":"${MATRIX_FORMAT}","rows":[],"__proto__":{"x":1}}`,
    ]) {
      expect(decode(stored), stored).toBeUndefined();
    }
    expect(decode(undefined as unknown as string)).toBeUndefined();
  });

  it('stores the same document the JSON export writes, only unindented', () => {
    const matrix = filledMatrix();
    expect(JSON.parse(encode(matrix)!)).toEqual(JSON.parse(exportMatrixJson(matrix)));
  });
});

describe('replacing the plan keeps the one it replaced', () => {
  beforeEach(() => {
    $handoff.set(undefined);
    $handoffBackup.set(undefined);
  });

  it('keeps nothing when there was no plan, or the same plan', () => {
    const matrix = filledMatrix();
    expect(replaceMatrix(matrix)).toBe(false);
    expect($handoffBackup.get()).toBeUndefined();
    expect(replaceMatrix(structuredClone(matrix))).toBe(false);
    expect($handoffBackup.get()).toBeUndefined();
  });

  it('keeps a different plan, and going back swaps the two', () => {
    const mine = updateMatrixInfo(createDefaultMatrix(ROW_NAMES), { internalTeam: 'Mine' });
    const theirs = updateMatrixInfo(createDefaultMatrix(ROW_NAMES), { internalTeam: 'Theirs' });
    $handoff.set(mine);
    expect(replaceMatrix(theirs)).toBe(true);
    expect($handoff.get()).toEqual(theirs);
    expect($handoffBackup.get()).toEqual(mine);
    restoreBackup();
    expect($handoff.get()).toEqual(mine);
    expect($handoffBackup.get()).toEqual(theirs);
  });

  it('does nothing on going back when nothing was kept', () => {
    const mine = createDefaultMatrix(ROW_NAMES);
    $handoff.set(mine);
    restoreBackup();
    expect($handoff.get()).toBe(mine);
  });
});
