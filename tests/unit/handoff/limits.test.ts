import { describe, expect, it } from 'vitest';
import {
  cleanDate,
  cleanName,
  cleanText,
  isIsoDate,
  isoDateOf,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
} from '../../../src/lib/handoff/limits';
import { cleanLine } from '../../../src/lib/text/plain-line';

describe('cleaning text', () => {
  it('makes one trimmed line without control or direction-override characters', () => {
    expect(cleanName('  Dana \n\t Ortiz  ')).toBe('Dana Ortiz');
    expect(cleanName('a\u0000b\u0007c\u007Fd\u009Fe')).toBe('abcde');
    expect(cleanName('\u202Egnp.exe\u202C \u2066x\u2069 \u200E\u200F\u061C')).toBe('gnp.exe x');
  });

  it('replaces lone surrogates instead of passing broken text on', () => {
    expect(cleanName('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanName('a\uDC00')).toBe('a\uFFFD');
  });

  it('caps names at 80 and texts at 200 UTF-16 units, never splitting a pair, never ending in a space', () => {
    expect(cleanName('x'.repeat(100))).toHaveLength(MAX_NAME_LENGTH);
    expect(cleanText('x'.repeat(300))).toHaveLength(MAX_TEXT_LENGTH);
    expect(cleanName(`${'x'.repeat(79)}😀`)).toBe('x'.repeat(79));
    expect(cleanName(`${'x'.repeat(78)}😀`)).toBe(`${'x'.repeat(78)}😀`);
    expect(cleanName(`${'x'.repeat(79)} y`)).toBe('x'.repeat(79));
    expect(cleanLine('ab cd', 3)).toBe('ab');
  });

  it('gives empty text for nothing but whitespace and controls', () => {
    expect(cleanText(' \u0000\n\u202E ')).toBe('');
  });
});

describe('dates', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    for (const date of ['2026-03-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])
      expect(isIsoDate(date)).toBe(true);
  });

  it('refuses impossible dates and other formats', () => {
    for (const date of [
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-1',
      '01/03/2026',
      '2026-03-01T00:00',
      ' 2026-03-01x',
      '',
    ]) {
      expect(isIsoDate(date)).toBe(false);
    }
  });

  it('cleans to the date or blank', () => {
    expect(cleanDate(' 2026-03-01 ')).toBe('2026-03-01');
    expect(cleanDate('2026-02-30')).toBe('');
  });

  it('writes a Date as its local YYYY-MM-DD', () => {
    expect(isoDateOf(new Date(2026, 2, 1, 23, 59))).toBe('2026-03-01');
    expect(isoDateOf(new Date(987, 0, 9))).toBe('0987-01-09');
  });
});
