import { describe, expect, it } from 'vitest';
import { MAX_PREPARED_FOR_LENGTH, preparedForParam, sanitizePreparedFor } from '../../../src/lib/links/prepared-for';
import type { SetAsideReason } from '../../../src/lib/links/reasons';

describe('sanitizePreparedFor', () => {
  it('gives one plain line without invisible characters', () => {
    expect(sanitizePreparedFor('  Acme\t\n  Freight\u0000\u0007 \u202EInc\u200B ')).toBe('Acme Freight Inc');
  });

  it('is at most 80 characters and never splits a character', () => {
    expect(sanitizePreparedFor('x'.repeat(200))).toBe('x'.repeat(MAX_PREPARED_FOR_LENGTH));
    expect(sanitizePreparedFor('😀'.repeat(60))).toBe('😀'.repeat(40));
  });

  it('is null when nothing readable is left, or for what is not text', () => {
    for (const raw of ['', ' \u0000\u202E ', 42, null, undefined]) expect(sanitizePreparedFor(raw)).toBeNull();
  });
});

describe('the `for` parameter', () => {
  function read(value: string, empty: SetAsideReason | null = null) {
    const state = { preparedFor: 'before' as string | null };
    const setAside: [string, SetAsideReason][] = [];
    preparedForParam<typeof state, SetAsideReason>(empty).read(value, state, (...entry) => setAside.push(entry));
    return { name: state.preparedFor, setAside };
  }

  it('reads the name, saying when it was cut or held nothing readable', () => {
    expect(read('Acme')).toEqual({ name: 'Acme', setAside: [] });
    expect(read('n'.repeat(90))).toEqual({
      name: 'n'.repeat(80),
      setAside: [['n'.repeat(90), { code: 'shortened', max: 80 }]],
    });
    expect(read('\u202E')).toEqual({ name: null, setAside: [['\u202E', { code: 'no-readable-text' }]] });
  });

  it('reads an empty value as no name, or sets it aside when the format says so', () => {
    expect(read('')).toEqual({ name: null, setAside: [] });
    expect(read(' ', { code: 'empty' })).toEqual({ name: null, setAside: [[' ', { code: 'empty' }]] });
  });

  it('writes the cleaned name percent-encoded, and nothing without one', () => {
    const param = preparedForParam(null);
    expect(param.write({ preparedFor: ' Café & Söhne, LLP ' })).toBe('Caf%C3%A9%20%26%20S%C3%B6hne%2C%20LLP');
    expect(param.write({ preparedFor: '\u0000' })).toBeUndefined();
  });
});
