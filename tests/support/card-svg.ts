import type { CardLayout } from '../../src/lib/og/card-layout';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A card's layout as SVG, for resvg to draw whole, with its own text layout: the reference the
 * build's glyph-by-glyph drawing (src/lib/og/draw-card.ts) is compared with.
 */
export function layoutToSvg(layout: CardLayout): string {
  const rects = layout.rects.map(
    (r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.colour}"/>`,
  );
  // Separate font properties: resvg ignores the `font` shorthand.
  const texts = layout.texts.map(
    (t) =>
      `<text x="${t.x}" y="${t.y}" font-family="DejaVu Sans" font-size="${t.size}" font-weight="${t.weight === 'bold' ? 'bold' : 'normal'}" fill="${t.colour}">${escapeXml(t.text)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}">${rects.join('')}${texts.join('')}</svg>`;
}
