import { describe, expect, it } from 'vitest';
import { readVersion } from '../../../src/lib/links/versions';

describe('readVersion', () => {
  it.each([
    ['1', { kind: 'known', version: 1 }],
    [' 0 ', { kind: 'known', version: 0 }],
    ['001', { kind: 'known', version: 1 }],
    ['2', { kind: 'newer', version: 2 }],
    ['999999999', { kind: 'newer', version: 999_999_999 }],
    ['1234567890', { kind: 'unreadable' }],
    ['', { kind: 'unreadable' }],
    ['1.0', { kind: 'unreadable' }],
    ['-1', { kind: 'unreadable' }],
    ['1e3', { kind: 'unreadable' }],
    ['v1', { kind: 'unreadable' }],
    ['١', { kind: 'unreadable' }],
  ])('v=%j is %j when the newest is 1', (written, reading) => {
    expect(readVersion(written, 1)).toEqual(reading);
  });

  it('takes no more digits than a format allows', () => {
    expect(readVersion('0001', 1, 3)).toEqual({ kind: 'unreadable' });
    expect(readVersion('001', 1, 3)).toEqual({ kind: 'known', version: 1 });
  });
});
