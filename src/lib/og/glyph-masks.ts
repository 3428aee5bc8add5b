// Imports carry their .ts extensions: this module also runs unbundled, in the render worker.
import { Resvg } from '@resvg/resvg-js';
import { glyphOutline, unitsPerEm } from './card-fonts.ts';
import type { FontWeight } from './card-layout.ts';

/** How finely a glyph's horizontal position is kept: a quarter pixel, as much as the eye can tell at these sizes. */
export const SUBPIXEL_STEPS = 4;

/**
 * A glyph's ink as coverage (0-255) over a box of pixels; `left` and `top` place the box
 * relative to the glyph's origin on the baseline.
 */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

// Per thread. A site's cards use a few hundred (glyph, size, step) combinations, each drawn once.
const masks = new Map<string, GlyphMask | null>();

/**
 * The glyph's coverage at `size` pixels, its origin `step`/SUBPIXEL_STEPS of a pixel right of a
 * pixel edge; null for a glyph with no ink. Drawn by resvg, anti-aliased, from the font's outline.
 */
export function glyphMask(weight: FontWeight, size: number, glyph: number, step: number): GlyphMask | null {
  const key = `${weight} ${size} ${glyph} ${step}`;
  const known = masks.get(key);
  if (known !== undefined) return known;
  const outline = glyphOutline(weight, glyph);
  let mask: GlyphMask | null = null;
  if (outline) {
    const scale = size / unitsPerEm(weight);
    const shift = step / SUBPIXEL_STEPS;
    // One pixel of room on each side for anti-aliasing.
    const left = Math.floor(outline.left * scale + shift) - 1;
    const right = Math.ceil((outline.left + outline.width) * scale + shift) + 1;
    const top = Math.floor(-outline.top * scale) - 1;
    const bottom = Math.ceil(-(outline.top - outline.height) * scale) + 1;
    const width = right - left;
    const height = bottom - top;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<path transform="translate(${shift - left} ${-top}) scale(${scale} ${-scale})" d="${outline.path}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const coverage = new Uint8Array(width * height);
    for (let i = 0; i < coverage.length; i++) coverage[i] = pixels[i * 4 + 3]!;
    mask = { left, top, width, height, coverage };
  }
  masks.set(key, mask);
  return mask;
}
