// Imports carry their .ts extensions: this module also runs unbundled, in the render worker.
import { Blob, Buffer, Face, Font, shape } from 'harfbuzzjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontWeight } from './card-layout.ts';

const require = createRequire(import.meta.url);

// Fonts come from an npm package so the build never depends on fonts installed on the machine.
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES: Record<FontWeight, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };

/** A glyph of a shaped line: its id in the font and where its origin goes, in pixels from the line's start (y down). */
export interface PlacedGlyph {
  glyph: number;
  x: number;
  y: number;
}

/** A glyph's outline as an SVG path in font units (y up), and its ink box in the same units. */
export interface GlyphOutline {
  path: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

// Parsed once per thread, when the first card is drawn.
const fonts = new Map<FontWeight, Font>();
function font(weight: FontWeight): Font {
  let loaded = fonts.get(weight);
  if (!loaded) {
    loaded = new Font(new Face(new Blob(readFileSync(join(fontDir, FONT_FILES[weight])))));
    fonts.set(weight, loaded);
  }
  return loaded;
}

/** Font units per em of the card fonts' outlines. */
export function unitsPerEm(weight: FontWeight): number {
  return font(weight).face.upem;
}

/**
 * Lays out one line with HarfBuzz (kerning and the font's other default features, as resvg
 * does): each glyph with its position at `size` pixels. A character the font lacks gets the
 * font's missing-glyph box.
 */
export function shapeLine(text: string, weight: FontWeight, size: number): PlacedGlyph[] {
  const buffer = new Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  shape(font(weight), buffer);
  const scale = size / unitsPerEm(weight);
  const placed: PlacedGlyph[] = [];
  let pen = 0;
  for (const { codepoint, xAdvance = 0, xOffset = 0, yOffset = 0 } of buffer.getGlyphInfosAndPositions()) {
    placed.push({ glyph: codepoint, x: (pen + xOffset) * scale, y: -yOffset * scale });
    pen += xAdvance;
  }
  return placed;
}

/** The glyph's outline, or null for one with no ink (a space). */
export function glyphOutline(weight: FontWeight, glyph: number): GlyphOutline | null {
  const source = font(weight);
  const extents = source.glyphExtents(glyph);
  const path = source.glyphToPath(glyph);
  if (!extents || !path || extents.width === 0 || extents.height === 0) return null;
  return {
    path,
    left: extents.xBearing,
    top: extents.yBearing,
    width: extents.width,
    // HarfBuzz gives the height downwards, as a negative number.
    height: -extents.height,
  };
}
