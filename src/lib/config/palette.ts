/**
 * The page colours of the light and dark looks. The brand's accent is checked against these
 * (brand-schema.ts) and the stylesheet's colour variables are written from them (theme-css.ts),
 * so the contrast the build checks is the contrast a reader gets.
 */
export const PALETTE = {
  light: {
    bg: '#ffffff',
    'bg-soft': '#f3f6fa',
    text: '#14202e',
    'text-soft': '#44546a',
    'accent-text': '#ffffff',
    border: '#c9d3df',
    mark: '#fff1a8',
    good: '#176534',
    warn: '#8a4b00',
  },
  dark: {
    bg: '#0f1722',
    'bg-soft': '#182333',
    text: '#e4ebf3',
    'text-soft': '#b3c0cf',
    'accent-text': '#0b1420',
    border: '#3a4a5e',
    mark: '#5c4a00',
    good: '#7ddc9c',
    warn: '#ffc46b',
  },
} as const;

export type Mode = keyof typeof PALETTE;

/** What the accent colour must stand out against: the page, soft panels and its own button text. */
export const ACCENT_MUST_CONTRAST_WITH = ['bg', 'bg-soft', 'accent-text'] as const;
