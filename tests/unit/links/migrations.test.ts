import { describe, expect, it } from 'vitest';
import { runMigrations, type Migration } from '../../../src/lib/links/migrations';

/** Each step appends its own mark, so the result shows which steps ran, in what order. */
const STEPS: Migration<string>[] = [
  { from: 0, to: 1, migrate: (text) => `${text}>1` },
  { from: 1, to: 2, migrate: (text) => `${text}>2` },
  { from: 2, to: 3, migrate: (text) => `${text}>3` },
];

describe('runMigrations', () => {
  it('runs every step from the input version up, in order', () => {
    expect(runMigrations(STEPS, 'v0', 0, 3)).toBe('v0>1>2>3');
    expect(runMigrations(STEPS, 'v1', 1, 3)).toBe('v1>2>3');
  });

  it('stops at the version asked for', () => {
    expect(runMigrations(STEPS, 'v0', 0, 2)).toBe('v0>1>2');
  });

  it('hands back current input untouched, the very same value', () => {
    const current = { rows: [] };
    const steps: Migration<typeof current>[] = [{ from: 0, to: 1, migrate: () => ({ rows: [] }) }];
    expect(runMigrations(steps, current, 1, 1)).toBe(current);
  });

  it('runs nothing for input newer than every step', () => {
    expect(runMigrations(STEPS, 'v7', 7, 3)).toBe('v7');
  });
});
