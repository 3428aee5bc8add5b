import { describe, expect, it } from 'vitest';
import {
  GROWTH_WINDOW_MS,
  HEIGHT_MESSAGE,
  MAX_GROWTHS,
  MAX_HEIGHT,
  heightMessage,
  initialSize,
  nextSize,
  readHeight,
} from '../../../src/lib/embed/protocol';

describe('the height message', () => {
  it('rounds the content height up, so the last line is never cut off', () => {
    expect(heightMessage(812.2)).toEqual({ type: HEIGHT_MESSAGE, height: 813 });
    expect(heightMessage(640)).toEqual({ type: HEIGHT_MESSAGE, height: 640 });
  });

  it('caps a runaway height', () => {
    expect(heightMessage(1e9).height).toBe(MAX_HEIGHT);
  });

  it('is read back only when well formed', () => {
    expect(readHeight(heightMessage(700))).toBe(700);
    for (const bad of [
      null,
      'cmit-embed-height',
      700,
      { type: 'other', height: 700 },
      { type: HEIGHT_MESSAGE, height: '700' },
      { type: HEIGHT_MESSAGE, height: 700.5 },
      { type: HEIGHT_MESSAGE, height: 0 },
      { type: HEIGHT_MESSAGE, height: MAX_HEIGHT + 1 },
      { type: HEIGHT_MESSAGE, height: Number.NaN },
    ]) {
      expect(readHeight(bad)).toBeNull();
    }
  });
});

describe('the host’s next height', () => {
  it('follows the content up and down', () => {
    let size = nextSize(initialSize(), 600, 0);
    expect(size.height).toBe(600);
    size = nextSize(size, 900, 5_000);
    expect(size.height).toBe(900);
    size = nextSize(size, 700, 5_010);
    expect(size.height).toBe(700);
  });

  it('stops growing when every resize makes the content taller (a loop), and grows again once it calms down', () => {
    let size = initialSize(500);
    for (let step = 1; step <= 100; step += 1) size = nextSize(size, 500 + step * 4, step * 5);
    expect(size.height).toBe(500 + MAX_GROWTHS * 4);
    size = nextSize(size, 2_000, 500 + GROWTH_WINDOW_MS + 10);
    expect(size.height).toBe(2_000);
  });

  it('a report of the same height changes nothing', () => {
    const size = nextSize(initialSize(), 640, 0);
    expect(nextSize(size, 640, 1)).toBe(size);
  });
});
