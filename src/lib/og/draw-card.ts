// Imports carry their .ts extensions: this module also runs unbundled, in the render worker.
import { shapeLine } from './card-fonts.ts';
import type { CardLayout, CardRect, CardText } from './card-layout.ts';
import { glyphMask, SUBPIXEL_STEPS, type GlyphMask } from './glyph-masks.ts';
import { encodeIndexedPng, encodeOpaquePng } from './png-encode.ts';

type Rgb = [red: number, green: number, blue: number];

const rgb = (hex: string): Rgb => {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new RangeError(`a card colour must be #rrggbb, not ${hex}`);
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as Rgb;
};

/** `ink` laid over `under` at coverage `alpha` (0-255), one channel; both drawings below use it. */
const blend = (under: number, ink: number, alpha: number) => ((under * (255 - alpha) + ink * alpha + 127) / 255) | 0;

interface PlacedMask {
  mask: GlyphMask;
  /** The card pixel under the mask's top-left corner. */
  left: number;
  top: number;
}

/** Each inked glyph of the line, with where its mask goes on the card. */
function placeGlyphs(line: CardText): PlacedMask[] {
  const placed: PlacedMask[] = [];
  for (const glyph of shapeLine(line.text, line.weight, line.size)) {
    const x = line.x + glyph.x;
    let column = Math.floor(x);
    let step = Math.round((x - column) * SUBPIXEL_STEPS);
    if (step === SUBPIXEL_STEPS) ((step = 0), (column += 1));
    const mask = glyphMask(line.weight, line.size, glyph.glyph, step);
    if (mask) placed.push({ mask, left: column + mask.left, top: Math.round(line.y + glyph.y) + mask.top });
  }
  return placed;
}

/** Calls `paint` for every pixel of the mask that has ink and lies on the card. */
function eachInkedPixel(
  { mask, left, top }: PlacedMask,
  width: number,
  height: number,
  paint: (pixel: number, alpha: number) => void,
) {
  for (let my = 0; my < mask.height; my++) {
    const y = top + my;
    if (y < 0 || y >= height) continue;
    for (let mx = 0; mx < mask.width; mx++) {
      const alpha = mask.coverage[my * mask.width + mx]!;
      const x = left + mx;
      if (alpha && x >= 0 && x < width) paint(y * width + x, alpha);
    }
  }
}

function eachRectRow(rect: CardRect, width: number, height: number, fill: (from: number, to: number) => void) {
  const from = Math.max(0, rect.x);
  const to = Math.min(width, rect.x + rect.width);
  for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.height); y++)
    fill(y * width + from, y * width + to);
}

/**
 * The card straight into palette indices, as the PNG stores them: no pixels to scan for their
 * colours afterwards. Null if it needs more than a palette's 256 colours.
 */
function drawIndexed(layout: CardLayout): Uint8Array | null {
  const { width, height } = layout;
  const indices = new Uint8Array(width * height);
  const colours: Rgb[] = [];
  const indexOf = new Map<number, number>();
  const index = ([red, green, blue]: Rgb): number => {
    const key = (red << 16) | (green << 8) | blue;
    let found = indexOf.get(key);
    if (found === undefined) {
      if (colours.length === 256) return -1;
      found = colours.push([red, green, blue]) - 1;
      indexOf.set(key, found);
    }
    return found;
  };
  for (const rect of layout.rects) {
    const colour = index(rgb(rect.colour));
    if (colour < 0) return null;
    eachRectRow(rect, width, height, (from, to) => indices.fill(colour, from, to));
  }
  for (const line of layout.texts) {
    const ink = rgb(line.colour);
    // What each (colour under, coverage) becomes in this line's ink, worked out once.
    const inked = new Int16Array(256 * 256).fill(-1);
    let full = false;
    for (const placed of placeGlyphs(line)) {
      eachInkedPixel(placed, width, height, (pixel, alpha) => {
        const under = indices[pixel]!;
        let colour = inked[(under << 8) | alpha]!;
        if (colour < 0) {
          const below = colours[under]!;
          colour = index([
            blend(below[0], ink[0], alpha),
            blend(below[1], ink[1], alpha),
            blend(below[2], ink[2], alpha),
          ]);
          if (colour < 0) return void (full = true);
          inked[(under << 8) | alpha] = colour;
        }
        indices[pixel] = colour;
      });
      if (full) return null;
    }
  }
  // Each row led by its filter byte (0: none).
  const scanlines = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) scanlines.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return encodeIndexedPng(width, height, scanlines, Uint8Array.from(colours.flat()));
}

/** The card as RGBA pixels, for the rare card with more colours than a palette holds. */
function drawTrueColour(layout: CardLayout): Uint8Array {
  const { width, height } = layout;
  const rgba = new Uint8Array(width * height * 4);
  const pixels = new Uint32Array(rgba.buffer);
  for (const rect of layout.rects) {
    // The four bytes read as one word in this machine's byte order.
    const value = new Uint32Array(Uint8Array.of(...rgb(rect.colour), 255).buffer)[0]!;
    eachRectRow(rect, width, height, (from, to) => pixels.fill(value, from, to));
  }
  for (const line of layout.texts) {
    const ink = rgb(line.colour);
    for (const placed of placeGlyphs(line)) {
      eachInkedPixel(placed, width, height, (pixel, alpha) => {
        for (let channel = 0; channel < 3; channel++) {
          rgba[pixel * 4 + channel] = blend(rgba[pixel * 4 + channel]!, ink[channel]!, alpha);
        }
      });
    }
  }
  return encodeOpaquePng(rgba, width, height);
}

/**
 * A card as PNG bytes. The rectangles are filled, then each line of text is shaped by HarfBuzz
 * and its glyphs laid on from coverage masks drawn once per thread (glyph-masks.ts): resvg drawing
 * each card whole spent most of its time on the same few dozen glyphs again and again. The
 * layout's first rectangle covers the card, so every pixel is opaque.
 */
export function drawCard(layout: CardLayout): Uint8Array {
  return drawIndexed(layout) ?? drawTrueColour(layout);
}
