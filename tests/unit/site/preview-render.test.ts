import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFonts, FULL_FONTS } from '../../../src/lib/og/card-fonts';
import { buildPreviewSvg, type PreviewCard } from '../../../src/lib/og/preview-svg';
import { rasterize } from '../../../src/lib/og/rasterize';
import { renderPreviewPng } from '../../../src/lib/og/render-png';
import { decodePng } from '../../support/png-decode';

const card: PreviewCard = {
  eyebrow: 'Guide · part 3',
  title: 'Co-managed IT pricing models and contract terms',
  footer: 'Co-managed IT guide',
};
// Kerning pairs, punctuation, a cut title's ellipsis, accents, and a character DejaVu lacks.
const awkward: PreviewCard = {
  eyebrow: 'Fit assessment result — “AV” & <To>',
  title: 'Wa Ta Yo: Ürün façade naïve œuvre ½ price, 24/7 cover, and a title long enough to be cut short at last',
  footer: 'Co-managed IT guide · 𝄞',
  accent: '#7a3e9d',
};

/** What the build drew before: resvg's own PNG, from the whole fonts. */
function reference(preview: PreviewCard): Uint8Array {
  const image = new Resvg(buildPreviewSvg(preview), {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false, fontFiles: FULL_FONTS, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return decodePng(image.asPng()).rgba;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'preview-render-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('preview card rendering', () => {
  it.each([card, awkward])(
    'draws the same pixels resvg drew before, from cut-down fonts ($eyebrow)',
    async (preview) => {
      const png = await renderPreviewPng(preview, { cacheDir: tempDir() });
      const decoded = decodePng(png);
      expect(decoded).toMatchObject({ width: 1200, height: 630 });
      expect(same(decoded.rgba, reference(preview))).toBe(true);
    },
  );

  it('cuts the fonts down to a small fraction of their size', async () => {
    const fonts = await cardFonts(buildPreviewSvg(awkward), tempDir());
    expect(fonts).not.toEqual(FULL_FONTS);
    for (const [i, file] of fonts.entries()) {
      expect(statSync(file).size).toBeLessThan(statSync(FULL_FONTS[i]!).size / 5);
    }
  });

  it('falls back to the whole fonts when the cut-down ones cannot be written', async () => {
    const blocked = join(tempDir(), 'file');
    await import('node:fs/promises').then(({ writeFile }) => writeFile(blocked, ''));
    expect(await cardFonts('abc', join(blocked, 'fonts'))).toEqual(FULL_FONTS);
  });

  it('writes a palette PNG smaller than the one resvg writes for the same card', () => {
    const png = rasterize(buildPreviewSvg(card), FULL_FONTS);
    const resvgPng = new Resvg(buildPreviewSvg(card), {
      fitTo: { mode: 'width', value: 1200 },
      font: { loadSystemFonts: false, fontFiles: FULL_FONTS, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    expect(decodePng(png).colourType).toBe(3);
    expect(png.length).toBeLessThan(resvgPng.length);
  });

  it('sets the title large and bold (resvg ignores the CSS font shorthand, which once left it at 12 px)', () => {
    const { rgba, width } = decodePng(rasterize(buildPreviewSvg(card), FULL_FONTS));
    // Title ink is the dark #10213a; count the rows that hold any, between the eyebrow and the rule.
    const inkRows = new Set<number>();
    for (let y = 140; y < 510; y++) {
      for (let x = 80; x < 1120; x++) {
        const i = (y * width + x) * 4;
        if (rgba[i]! < 60 && rgba[i + 1]! < 60 && rgba[i + 2]! < 90) inkRows.add(y);
      }
    }
    // Two lines of 64 px bold text: well over 80 rows of ink; at 12 px it was about 20.
    expect(inkRows.size).toBeGreaterThan(80);
  });

  it('gives each title its own picture', () => {
    const first = rasterize(buildPreviewSvg(card), FULL_FONTS);
    const second = rasterize(buildPreviewSvg({ ...card, title: 'Who owns what' }), FULL_FONTS);
    expect(same(decodePng(first).rgba, decodePng(second).rgba)).toBe(false);
  });
});
