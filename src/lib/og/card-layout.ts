/**
 * What a 1200x630 link-preview card shows and where: flat rectangles and lines of text, drawn
 * at build time by draw-card.ts. Plain data, so it can be hashed for the cache and posted to a
 * worker thread as it is.
 */
export interface PreviewCard {
  eyebrow: string;
  title: string;
  footer: string;
  accent?: string;
}

export type FontWeight = 'regular' | 'bold';

export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

/** One line of text, starting at `x` on the baseline `y`; sizes in pixels. */
export interface CardText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  colour: string;
}

export interface CardLayout {
  width: number;
  height: number;
  /** Drawn in order, before the text; the first covers the whole card. */
  rects: CardRect[];
  texts: CardText[];
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const DEFAULT_ACCENT = '#0b5cad';
const MARGIN = 80;
const TITLE_SIZE = 64;
const TITLE_LINE_GAP = 76;
const TITLE_MAX_LINES = 4;
// The title block is centred a little above the middle, but its first baseline never comes
// closer to the eyebrow's than this, so a capital's top stays clear of the eyebrow's descenders.
const EYEBROW_BASELINE = 120;
const TITLE_FIRST_BASELINE_MIN = 196;

/** Greedy word wrap; a word longer than a line is cut rather than allowed to overflow the card. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (!current) current = piece;
    else if (current.length + 1 + piece.length <= maxChars) current += ` ${piece}`;
    else {
      lines.push(current);
      current = piece;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  // Mark the cut with an ellipsis, dropping the last word only when the mark would not fit.
  kept[maxLines - 1] = last.length < maxChars ? `${last}…` : `${last.replace(/\s*\S*$/, '')}…`;
  return kept;
}

export function layoutCard(card: PreviewCard): CardLayout {
  const accent = card.accent ?? DEFAULT_ACCENT;
  // 26 characters of 64 px bold DejaVu fill the width between the margins.
  const titleLines = wrapWords(card.title, 26, TITLE_MAX_LINES);
  const titleTop = Math.max(TITLE_FIRST_BASELINE_MIN, 250 - (titleLines.length - 1) * 34);
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    rects: [
      { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, colour: '#f5f8fc' },
      { x: 0, y: 0, width: 24, height: CARD_HEIGHT, colour: accent },
      { x: MARGIN, y: 520, width: CARD_WIDTH - 2 * MARGIN, height: 2, colour: '#c5d2e3' },
    ],
    texts: [
      { text: card.eyebrow, x: MARGIN, y: EYEBROW_BASELINE, size: 34, weight: 'bold', colour: accent },
      ...titleLines.map((line, i) => ({
        text: line,
        x: MARGIN,
        y: titleTop + i * TITLE_LINE_GAP,
        size: TITLE_SIZE,
        weight: 'bold' as const,
        colour: '#10213a',
      })),
      { text: card.footer, x: MARGIN, y: 575, size: 30, weight: 'regular', colour: '#33475f' },
    ],
  };
}
