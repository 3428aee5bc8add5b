import { describe, expect, it } from 'vitest';
import {
  GROWTH_WINDOW_MS,
  HEIGHT_MESSAGE,
  HELLO_MESSAGE,
  MAX_GROWTHS,
  MAX_HEIGHT,
  heightMessage,
  initialSize,
  isHello,
  nextSize,
  readHeight,
  settleSize,
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

  it('applies a growth it held back once the reports calm down, so a burst never leaves the frame short', () => {
    let size = initialSize(500);
    // A burst of growths, the last ones past the limit; then the content stays the same size.
    for (let step = 1; step <= MAX_GROWTHS + 3; step += 1) size = nextSize(size, 500 + step * 10, step);
    expect(size.height).toBe(500 + MAX_GROWTHS * 10);
    expect(size.held).toBe(500 + (MAX_GROWTHS + 3) * 10);
    expect(settleSize(size, MAX_GROWTHS + 3 + GROWTH_WINDOW_MS).height).toBe(500 + (MAX_GROWTHS + 3) * 10);
  });

  it('settles to nothing new when nothing was held back, or when a later report already matched', () => {
    const size = nextSize(initialSize(), 640, 0);
    expect(settleSize(size, 10_000)).toBe(size);
    let held = initialSize(100);
    for (let step = 1; step <= MAX_GROWTHS + 1; step += 1) held = nextSize(held, 100 + step, step);
    const matched = nextSize(held, held.height, MAX_GROWTHS + 2);
    expect(matched.held).toBeUndefined();
    expect(settleSize(matched, 10_000).height).toBe(held.height);
  });
});

describe('the host’s hello', () => {
  it('is recognised by its type alone', () => {
    expect(isHello({ type: HELLO_MESSAGE })).toBe(true);
    for (const other of [null, HELLO_MESSAGE, { type: HEIGHT_MESSAGE, height: 5 }, {}])
      expect(isHello(other)).toBe(false);
  });
});
