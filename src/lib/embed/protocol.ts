/**
 * The message an embedded tool sends its host page, and the host's rules for it. Pure, so the
 * frame module and the host script (/embed.js) share one definition and the unit tests pin it.
 */

/** Tags every message, so the host ignores whatever else the frame's page might post. */
export const HEIGHT_MESSAGE = 'cmit-embed-height';

/**
 * What the host posts each frame when it starts and whenever a frame loads, and the frame answers
 * with its height: the snippet loads /embed.js with `async`, so a frame can report before the
 * host listens, and a tool that then never changes size would never report again.
 */
export const HELLO_MESSAGE = 'cmit-embed-hello';

export const isHello = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as Record<string, unknown>)['type'] === HELLO_MESSAGE;

/** Taller than any tool can be: a report past it is a bug or a loop, never content. */
export const MAX_HEIGHT = 20_000;

/** Growths the host accepts within GROWTH_WINDOW_MS before it stops following them. */
export const MAX_GROWTHS = 12;
export const GROWTH_WINDOW_MS = 1_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** What the frame posts: its content height in whole CSS pixels, rounded up so nothing is cut off. */
export function heightMessage(contentHeight: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(contentHeight))) };
}

/** The height a message carries, or null when it is not a well-formed height message. */
export function readHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isInteger(height)) return null;
  return height > 0 && height <= MAX_HEIGHT ? height : null;
}

export interface SizeState {
  height: number;
  /** When each recent growth was applied (ms), newest last. */
  growths: number[];
  /** The latest growth held back by the limit, for settleSize once the reports calm down. */
  held?: number;
}

export const initialSize = (height = 0): SizeState => ({ height, growths: [] });

/**
 * The frame's next height. A content height never depends on the frame's own height, but a
 * page that did (a `100vh` block, say) would grow by a few pixels on every resize for ever:
 * after MAX_GROWTHS growths within GROWTH_WINDOW_MS the host holds the growth back until the
 * reports calm down (settleSize). Shrinking is always followed, as it cannot feed a loop.
 */
export function nextSize(state: SizeState, reported: number, now: number): SizeState {
  if (reported === state.height)
    return state.held === undefined ? state : { height: state.height, growths: state.growths };
  if (reported < state.height) return { height: reported, growths: [] };
  const recent = state.growths.filter((at) => now - at < GROWTH_WINDOW_MS);
  if (recent.length >= MAX_GROWTHS) return { height: state.height, growths: recent, held: reported };
  return { height: reported, growths: [...recent, now] };
}

/**
 * The height once no report has come for GROWTH_WINDOW_MS: the growth held back, if any. A frame
 * reports only when its content changes size, so without this a burst of growths that ended at
 * the limit would leave the frame short of its content for good.
 */
export function settleSize(state: SizeState, now: number): SizeState {
  if (state.held === undefined) return state;
  return nextSize({ height: state.height, growths: state.growths }, state.held, now);
}
