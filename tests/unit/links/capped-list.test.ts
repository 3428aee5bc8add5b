import { describe, expect, it } from 'vitest';
import { CappedList } from '../../../src/lib/links/capped-list';

describe('CappedList', () => {
  it('keeps the first items and counts the rest', () => {
    const list = new CappedList<number>(3);
    for (let n = 1; n <= 10; n += 1) list.add(() => n);
    expect(list.items).toEqual([1, 2, 3]);
    expect(list.more).toBe(7);
  });

  it('builds nothing past the cap, so a flood costs no work', () => {
    const list = new CappedList<string>(1);
    let built = 0;
    for (let n = 0; n < 1_000; n += 1) list.add(() => `item ${(built += 1)}`);
    expect(built).toBe(1);
    expect(list.more).toBe(999);
  });
});
