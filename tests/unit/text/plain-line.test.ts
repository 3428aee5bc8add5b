import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, toPlainLine, truncate } from '../../../src/lib/text/plain-line';

/** Every character the sanitiser treats as invisible: the union of what the two link codecs stripped. */
const INVISIBLE = [
  '\u0000',
  '\u0007',
  '\u007F',
  '\u009F',
  '\u061C',
  '\u200B',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

describe('toPlainLine', () => {
  it('makes one line, whitespace runs as one space, ends trimmed', () => {
    expect(toPlainLine('  Acme\n\t Dental \r\n Ltd  ')).toBe('Acme Dental Ltd');
    expect(toPlainLine('a\u00A0\u2028b')).toBe('a b');
    // JavaScript counts the byte-order mark as whitespace: it becomes a space, as it always has.
    expect(toPlainLine('Acme\uFEFFLtd\uFEFF')).toBe('Acme Ltd');
  });

  it.each(INVISIBLE.map((character) => [character.codePointAt(0)!.toString(16).padStart(4, '0'), character]))(
    'removes U+%s, which shows nothing yet changes what text looks like',
    (_, character) => {
      expect(toPlainLine(`Ac${character}me ${character} Ltd`)).toBe('Acme Ltd');
    },
  );

  it('cannot be made to show a file name backwards', () => {
    expect(toPlainLine('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('keeps the joiners emoji and Persian or Indic words need', () => {
    expect(toPlainLine('Team 👩‍💻 Ops')).toBe('Team 👩‍💻 Ops');
    expect(toPlainLine('می‌خواهم')).toBe('می‌خواهم');
  });

  it('shows broken UTF-16 as U+FFFD rather than passing it on', () => {
    expect(toPlainLine('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
  });

  it('is idempotent and leaves nothing invisible, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const line = toPlainLine(text);
        expect(toPlainLine(line)).toBe(line);
        expect(line.isWellFormed()).toBe(true);
        expect(line).not.toMatch(/\s\s|^\s|\s$|[\p{Cc}\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/u);
      }),
    );
  });
});

describe('truncate and cleanLine', () => {
  it('cut to a length in UTF-16 units without splitting a character', () => {
    expect(truncate('abcdef', 3)).toBe('abc');
    expect(truncate(`ab😀`, 3)).toBe('ab');
    expect(truncate(`ab😀`, 4)).toBe('ab😀');
  });

  it('give a clean line that never ends in a space and fits the length', () => {
    expect(cleanLine('ab cd', 3)).toBe('ab');
    expect(cleanLine(' \u0000\n\u202E ', 10)).toBe('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.integer({ min: 0, max: 60 }), (text, max) => {
        const line = cleanLine(text, max);
        expect(line.length).toBeLessThanOrEqual(max);
        expect(line.isWellFormed()).toBe(true);
        expect(line).toBe(line.trim());
      }),
    );
  });
});
