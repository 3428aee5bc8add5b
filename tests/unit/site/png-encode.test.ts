import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../../src/lib/og/png-encode';
import { decodePng } from '../../support/png-decode';

/** Opaque RGBA pixels drawn from `colours` distinct colours. */
function image(width: number, height: number, colours: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const colour = (p * 7919) % colours;
    rgba.set([colour & 255, (colour >> 8) * 3, (colour * 13) & 255, 255], p * 4);
  }
  return rgba;
}

describe('encodeOpaquePng', () => {
  it('writes an image of at most 256 colours with a palette, losslessly', () => {
    const rgba = image(40, 30, 256);
    const decoded = decodePng(encodeOpaquePng(rgba, 40, 30));
    expect(decoded.colourType).toBe(3);
    expect(decoded).toMatchObject({ width: 40, height: 30 });
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('writes an image of more colours as RGB, losslessly', () => {
    const rgba = image(40, 30, 257);
    const decoded = decodePng(encodeOpaquePng(rgba, 40, 30));
    expect(decoded.colourType).toBe(2);
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const rgba = image(5, 3, 9);
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(Buffer.from(decodePng(encodeOpaquePng(shifted, 5, 3)).rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('refuses pixels that are not opaque, and a buffer that does not match the size', () => {
    const translucent = image(4, 4, 3);
    translucent[4 * 9 + 3] = 128;
    expect(() => encodeOpaquePng(translucent, 4, 4)).toThrow(/pixel 9 is not opaque/);
    const many = image(30, 30, 900);
    many[4 * 500 + 3] = 0;
    expect(() => encodeOpaquePng(many, 30, 30)).toThrow(/pixel 500 is not opaque/);
    expect(() => encodeOpaquePng(new Uint8Array(10), 2, 2)).toThrow(RangeError);
    expect(() => encodeOpaquePng(new Uint8Array(0), 0, 0)).toThrow(RangeError);
  });

  it('property: any opaque image decodes to the same pixels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer(),
        (width, height, colours, seed) => {
          const rgba = new Uint8Array(width * height * 4);
          for (let p = 0; p < width * height; p++) {
            const colour = Math.abs((p * 2654435761 + seed) % colours);
            rgba.set([colour & 255, colour >> 8, (colour * 31) & 255, 255], p * 4);
          }
          const decoded = decodePng(encodeOpaquePng(rgba, width, height));
          expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: an image whose rows repeat, as the margins of a card do, decodes to the same pixels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 1, max: 600 }),
        (width, rowKinds, colours) => {
          // Three kinds of row, in any order: plain runs of one kind repeat the row above.
          const rows = [0, 1, 2].map((kind) =>
            Array.from({ length: width }, (_, x) => (kind === 0 ? 0 : ((x + 1) * (kind * 977)) % colours)),
          );
          const rgba = new Uint8Array(width * rowKinds.length * 4);
          rowKinds.forEach((kind, y) =>
            rows[kind]!.forEach((colour, x) =>
              rgba.set([colour & 255, colour >> 8, (colour * 31) & 255, 255], (y * width + x) * 4),
            ),
          );
          const decoded = decodePng(encodeOpaquePng(rgba, width, rowKinds.length));
          expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
