// Imports carry their .ts extensions: this module also runs unbundled, in the render worker.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { encodeOpaquePng } from './png-encode.ts';

const version = (pkg: string) => (createRequire(import.meta.url)(`${pkg}/package.json`) as { version: string }).version;

/**
 * Everything besides the SVG that decides a card's bytes, for cache keys. Bump the last part when
 * encodeOpaquePng's output changes.
 */
export const RENDERER = `resvg-js@${version('@resvg/resvg-js')} dejavu-fonts-ttf@${version('dejavu-fonts-ttf')} png@1`;

/**
 * A preview card's SVG as PNG bytes, drawn with the given font files. The card's first rectangle
 * covers the whole canvas, so every pixel is opaque, as encodeOpaquePng needs.
 */
export function rasterize(svg: string, fontFiles: readonly string[]): Uint8Array {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}
