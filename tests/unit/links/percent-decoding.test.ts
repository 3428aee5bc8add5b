import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeQueryComponent } from '../../../src/lib/links/percent-decoding';

/**
 * What a browser reads for one value, by the URL standard. Through URL#searchParams: Node's
 * `new URLSearchParams(text)` turns raw non-ASCII before a broken escape into U+FFFD too, which
 * browsers do not (and a link's query is always ASCII, so it never mattered to a link).
 */
const asBrowsersRead = (raw: string) => new URL(`http://x/?x=${raw}&`).searchParams.get('x');

const brokenForDecodeURIComponent = (raw: string) => {
  try {
    decodeURIComponent(raw.replace(/\+/g, ' '));
    return false;
  } catch {
    return true;
  }
};

/** Text made of escapes, good and broken, and the characters around them. */
const escapeSoup = fc
  .array(fc.constantFrom('%', '2', 'F', 'E', '0', 'A', 'a', 'z', 'C3', 'A9', '%E2%80%AE', '%ED%A0%80', '+', ' ', 'é', '😀', '\uD800', '%EF%BB%BF'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('decodeQueryComponent', () => {
  it.each([
    ['Acme+Dental', 'Acme Dental', false],
    ['%2B12', '+12', false],
    ['Zo%C3%AB', 'Zoë', false],
    ['%E0%A4%A', '\uFFFD%A', true],
    ['%zz', '%zz', true],
    ['100%', '100%', true],
    ['%ED%A0%80', '\uFFFD\uFFFD\uFFFD', true],
    ['%EF%BB%BFx', '\uFEFFx', false],
    ['é%ED%A0%80', 'é\uFFFD\uFFFD\uFFFD', true],
  ])('%s reads as %j (broken: %s)', (raw, text, broken) => {
    expect(decodeQueryComponent(raw)).toEqual({ text, broken });
  });

  it('reads every value exactly as a browser does, and flags what decodeURIComponent refuses', () => {
    fc.assert(
      fc.property(fc.oneof(escapeSoup, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        // The URL parser drops tabs and newlines before the query is read; so does no link.
        const raw = text.replace(/[&#=\t\n\r]/g, '');
        expect(decodeQueryComponent(raw)).toEqual({
          text: asBrowsersRead(raw),
          broken: brokenForDecodeURIComponent(raw),
        });
      }),
      { numRuns: 3_000 },
    );
  });
});
