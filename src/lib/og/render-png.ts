import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildPreviewSvg, type PreviewCard } from './preview-svg';

// Fonts come from an npm package so the build never depends on fonts installed on the machine.
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export function renderPreviewPng(card: PreviewCard): Uint8Array {
  const resvg = new Resvg(buildPreviewSvg(card), {
    fitTo: { mode: 'width', value: 1200 },
    font: {
      loadSystemFonts: false,
      fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
