// Imports carry their .ts extensions: this module also runs unbundled, in the render worker.
import { shapeLine } from './card-fonts.ts';
import type { CardLayout, CardText } from './card-layout.ts';
import { glyphMask, SUBPIXEL_STEPS } from './glyph-masks.ts';
import { encodeOpaquePng } from './png-encode.ts';

const rgb = (hex: string): [number, number, number] => {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new RangeError(`a card colour must be #rrggbb, not ${hex}`);
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
};

function drawText(rgba: Uint8Array, width: number, height: number, line: CardText) {
  const [red, green, blue] = rgb(line.colour);
  for (const placed of shapeLine(line.text, line.weight, line.size)) {
    const x = line.x + placed.x;
    let column = Math.floor(x);
    let step = Math.round((x - column) * SUBPIXEL_STEPS);
    if (step === SUBPIXEL_STEPS) ((step = 0), (column += 1));
    const mask = glyphMask(line.weight, line.size, placed.glyph, step);
    if (!mask) continue;
    const row = Math.round(line.y + placed.y) + mask.top;
    const left = column + mask.left;
    for (let my = 0; my < mask.height; my++) {
      const y = row + my;
      if (y < 0 || y >= height) continue;
      for (let mx = 0; mx < mask.width; mx++) {
        const alpha = mask.coverage[my * mask.width + mx]!;
        const px = left + mx;
        if (!alpha || px < 0 || px >= width) continue;
        const at = (y * width + px) * 4;
        const keep = 255 - alpha;
        rgba[at] = ((rgba[at]! * keep + red * alpha + 127) / 255) | 0;
        rgba[at + 1] = ((rgba[at + 1]! * keep + green * alpha + 127) / 255) | 0;
        rgba[at + 2] = ((rgba[at + 2]! * keep + blue * alpha + 127) / 255) | 0;
      }
    }
  }
}

/**
 * A card as PNG bytes. The rectangles are filled, then each line of text is shaped by HarfBuzz
 * and its glyphs laid on from coverage masks that are drawn once per thread (glyph-masks.ts):
 * a card costs about a fifth of drawing the whole card with resvg, which spent most of its time
 * on the same few dozen glyphs again and again. The layout's first rectangle covers the card,
 * so every pixel is opaque, as encodeOpaquePng needs.
 */
export function drawCard(layout: CardLayout): Uint8Array {
  const { width, height } = layout;
  const rgba = new Uint8Array(width * height * 4);
  const pixels = new Uint32Array(rgba.buffer);
  for (const rect of layout.rects) {
    // The four bytes read as one word in this machine's byte order.
    const value = new Uint32Array(Uint8Array.of(...rgb(rect.colour), 255).buffer)[0]!;
    const right = Math.min(width, rect.x + rect.width);
    for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.height); y++) {
      pixels.fill(value, y * width + Math.max(0, rect.x), y * width + right);
    }
  }
  for (const line of layout.texts) drawText(rgba, width, height, line);
  return encodeOpaquePng(rgba, width, height);
}
