import { PALETTE, type Mode } from './palette';

export interface Theme {
  accent: Record<Mode, string>;
  font: { family: string; file: string } | null;
}

const FALLBACK_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

const variables = (mode: Mode, accent: string) =>
  [
    ...Object.entries(PALETTE[mode]).map(([name, value]) => `--${name}:${value}`),
    `--accent:${accent}`,
    `--link:${accent}`,
    `--focus:${accent}`,
  ].join(';');

/**
 * The stylesheet's colour and font variables for the brand. A brand font is swapped in when it
 * arrives (font-display: swap), so text paints at once in the fallback font.
 */
export function themeCss({ accent, font }: Theme): string {
  const fontFace = font
    ? `@font-face{font-family:${JSON.stringify(font.family)};src:url(${JSON.stringify(font.file)}) format("woff2");font-display:swap;font-weight:100 900}`
    : '';
  const family = font ? `${JSON.stringify(font.family)}, ${FALLBACK_FONTS}` : FALLBACK_FONTS;
  return `${fontFace}:root{color-scheme:light dark;--font:${family};${variables('light', accent.light)}}@media (prefers-color-scheme: dark){:root{${variables('dark', accent.dark)}}}`;
}
