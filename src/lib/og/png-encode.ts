import { constants, crc32, deflateSync, type ZlibOptions } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOUR_INDEXED = 3;
const COLOUR_RGB = 2;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(
  width: number,
  height: number,
  colourType: number,
  scanlines: Uint8Array,
  deflate: ZlibOptions,
  palette?: Uint8Array,
) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample (or per palette index)
  header[9] = colourType;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(scanlines, deflate)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function assertOpaque(rgba: Uint8Array, pixel: number) {
  if (rgba[pixel * 4 + 3] !== 255) throw new RangeError(`pixel ${pixel} is not opaque`);
}

/**
 * Scanlines of palette indices (each row led by filter byte 0), with the palette as RGB triples;
 * null when the image has more than 256 colours. A card is mostly long runs of one colour, so
 * the pixels are read a run at a time (compared as whole 32-bit words) and each run is written
 * with one fill.
 */
function indexed(
  rgba: Uint8Array,
  width: number,
  height: number,
): { scanlines: Uint8Array; palette: Uint8Array } | null {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const indexOf = new Map<number, number>();
  const palette = new Uint8Array(256 * 3);
  // Zeroed, so every filter byte is already 0 (no filter) and runs of index 0 need no fill.
  const scanlines = new Uint8Array((width + 1) * height);
  const rowBytes = width * 4;
  for (let y = 0; y < height; y++) {
    const rowEnd = (y + 1) * width;
    // Where pixel p of this row goes: past the filter bytes of this row and the ones above.
    const shift = y + 1;
    // Most of a card's rows repeat the row above (margins, space between lines): one native
    // comparison and copy instead of a pass over the row's runs.
    if (
      y > 0 &&
      Buffer.compare(
        rgba.subarray((y - 1) * rowBytes, y * rowBytes),
        rgba.subarray(y * rowBytes, (y + 1) * rowBytes),
      ) === 0
    ) {
      scanlines.copyWithin(y * (width + 1), (y - 1) * (width + 1), y * (width + 1));
      continue;
    }
    for (let p = y * width; p < rowEnd;) {
      const colour = pixels[p]!;
      const start = p;
      while (++p < rowEnd && pixels[p] === colour);
      let index = indexOf.get(colour);
      if (index === undefined) {
        index = indexOf.size;
        if (index === 256) return null;
        assertOpaque(rgba, start);
        indexOf.set(colour, index);
        palette.set(rgba.subarray(start * 4, start * 4 + 3), index * 3);
      }
      if (index) scanlines.fill(index, start + shift, p + shift);
    }
  }
  return { scanlines, palette: palette.subarray(0, indexOf.size * 3) };
}

function truecolour(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const scanlines = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0, at = 0, p = 0; y < height; y++) {
    scanlines[at++] = 0;
    for (let x = 0; x < width; x++, p += 4) {
      assertOpaque(rgba, p / 4);
      scanlines[at++] = rgba[p]!;
      scanlines[at++] = rgba[p + 1]!;
      scanlines[at++] = rgba[p + 2]!;
    }
  }
  return scanlines;
}

/**
 * A PNG of palette indices: `scanlines` holds each row led by its filter byte (0), then one index
 * per pixel; `palette` holds RGB triples.
 */
export function encodeIndexedPng(
  width: number,
  height: number,
  scanlines: Uint8Array,
  palette: Uint8Array,
): Uint8Array {
  // A row of palette indices is long runs of one byte, which run-length matching alone packs: for a
  // card, a twentieth of the time of zlib's default search, for a file a tenth larger.
  return png(width, height, COLOUR_INDEXED, scanlines, { strategy: constants.Z_RLE }, palette);
}

/**
 * Encodes opaque 8-bit RGBA pixels as a lossless PNG: indexed colour when the image has at most
 * 256 colours (a preview card has about 80: flat fills and the anti-aliased edges of three text
 * colours), else 8-bit RGB. Both drop the alpha channel, so the pixels must be opaque; that also
 * makes premultiplied RGBA (what resvg hands out) equal to straight RGBA.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`a PNG needs a positive whole size, not ${width}x${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`expected ${width * height * 4} bytes of RGBA for ${width}x${height}, got ${rgba.length}`);
  }
  // A Uint32Array view needs 4-byte alignment; copy the rare buffer that lacks it.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const paletted = indexed(aligned, width, height);
  // RGB repeats every 3 bytes, out of run-length matching's reach: zlib's default search.
  return paletted
    ? encodeIndexedPng(width, height, paletted.scanlines, paletted.palette)
    : png(width, height, COLOUR_RGB, truecolour(aligned, width, height), {});
}
