import { describe, expect, it } from 'vitest';
import { readCommaList, writeCommaList } from '../../../src/lib/links/comma-list';

describe('comma lists', () => {
  it('read trimmed items, blanks dropped', () => {
    expect(readCommaList(' cloud, ,security,')).toEqual(['cloud', 'security']);
    expect(readCommaList('')).toEqual([]);
    expect(readCommaList(' , ')).toEqual([]);
  });

  it('write items with literal commas, each item percent-encoded', () => {
    expect(writeCommaList(['after-hours', 'security'])).toBe('after-hours,security');
    expect(writeCommaList(['a,b', 'c d'])).toBe('a%2Cb,c%20d');
    expect(writeCommaList([])).toBe('');
  });
});
