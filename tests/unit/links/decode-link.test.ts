/*
 * The link layer's rules, on a small made-up format: first of a repeat wins, strangers and bad
 * values are set aside with a reason, tracking is dropped, versions and migrations are applied
 * as the format says. The tools' own formats are tested in their codec tests and the corpus.
 */
import { describe, expect, it } from 'vitest';
import { decodeLink, MAX_SET_ASIDE_LISTED } from '../../../src/lib/links/decode-link';
import { encodeLink } from '../../../src/lib/links/encode-link';
import type { LinkFormat, VersionRules } from '../../../src/lib/links/link-format';
import { readQuery } from '../../../src/lib/links/query';
import type { SetAsideReason } from '../../../src/lib/links/reasons';

interface Order {
  size: number | null;
  colour: string | null;
}

const NOT_A_SIZE = { code: 'whole-number-range', min: 1, max: 9 } as const;
const NOT_A_COLOUR = { code: 'one-of', choices: ['red', 'blue'] } as const;
const REPEATED = { code: 'repeated' } as const;
const UNKNOWN = { code: 'unknown-param' } as const;

function orderFormat(
  version: Partial<VersionRules> = {},
  nameSetAsideAs: 'typed' | 'read' = 'read',
): LinkFormat<Order, SetAsideReason> {
  return {
    version: { current: 2, maxDigits: 9, unreadable: 'hand-typed', newer: 'declared', ...version },
    // Version 1 called the size `sz`; version 0 wrote colours in capitals.
    migrations: [
      { from: 0, to: 1, migrate: (pairs) => pairs.map((pair) => ({ ...pair, value: pair.value.toLowerCase() })) },
      {
        from: 1,
        to: 2,
        migrate: (pairs) => pairs.map((pair) => (pair.key === 'sz' ? { ...pair, key: 'size' } : pair)),
      },
    ],
    params: [
      {
        name: 'size',
        values: { kind: 'whole-number', min: 1, max: 9 },
        read(value, state, setAside) {
          if (/^[1-9]$/.test(value)) state.size = Number(value);
          else setAside(value, NOT_A_SIZE);
        },
        write: (state) => (state.size === null ? undefined : String(state.size)),
      },
      {
        name: 'colour',
        values: { kind: 'one-of', values: ['red', 'blue'] },
        read(value, state, setAside) {
          if (value === 'red' || value === 'blue') state.colour = value;
          else setAside(value, NOT_A_COLOUR);
        },
        write: (state) => state.colour ?? undefined,
      },
    ],
    readQuery,
    nameSetAsideAs,
    versionReasons: {
      unreadable: (written) => (written ? { code: 'not-whole-number' } : { code: 'empty' }),
      newer: { code: 'newer-version' },
    },
    emptyState: () => ({ size: null, colour: null }),
  };
}

const decode = (search: string, format = orderFormat()) => decodeLink(search, format);

describe('decodeLink', () => {
  it('reads a current link into the state', () => {
    expect(decode('?v=2&size=3&colour=red')).toEqual({
      state: { size: 3, colour: 'red' },
      setAside: [],
      moreSetAside: 0,
      version: 2,
      declaresVersion: true,
      paramsCarried: 2,
    });
  });

  it('uses the first of a repeated parameter and sets the others aside', () => {
    const link = decode('v=2&size=3&Size=4&colour=green&colour=blue');
    expect(link.state).toEqual({ size: 3, colour: null });
    expect(link.setAside).toEqual([
      { param: 'size', value: '4', reason: REPEATED },
      { param: 'colour', value: 'green', reason: NOT_A_COLOUR },
      { param: 'colour', value: 'blue', reason: REPEATED },
    ]);
  });

  it('sets unknown parameters aside but drops tracking ones silently', () => {
    const link = decode('v=2&size=3&utm_source=mail&shape=round&gclid=1');
    expect(link.setAside).toEqual([{ param: 'shape', value: 'round', reason: UNKNOWN }]);
  });

  it('names a set-aside parameter as read or as typed, as the format says', () => {
    expect(decode('v=2&SHAPE=x').setAside[0]?.param).toBe('shape');
    expect(decode('v=2&SHAPE=x', orderFormat({}, 'typed')).setAside[0]?.param).toBe('SHAPE');
  });

  it('migrates older links step by step, and leaves current ones alone', () => {
    expect(decode('v=1&sz=3&colour=red').state).toEqual({ size: 3, colour: 'red' });
    expect(decode('sz=3&colour=RED')).toMatchObject({ state: { size: 3, colour: 'red' }, version: 0 });
    expect(decode('v=2&sz=3&colour=RED').setAside.map((entry) => entry.reason)).toEqual([UNKNOWN, NOT_A_COLOUR]);
  });

  it('reads a second `v` as a repeat, in link order', () => {
    expect(decode('v=x&v=2').setAside).toEqual([
      { param: 'v', value: 'x', reason: { code: 'not-whole-number' } },
      { param: 'v', value: '2', reason: REPEATED },
    ]);
  });

  it('reads an unreadable version as hand-typed or as current, as the format says', () => {
    expect(decode('v=abc&colour=RED')).toMatchObject({ state: { colour: 'red' }, version: 0 });
    const asCurrent = decode('v=abc&colour=RED', orderFormat({ unreadable: 'current' }));
    expect(asCurrent).toMatchObject({ state: { colour: null }, version: 2 });
    expect(decode('v=&size=1').setAside[0]?.reason).toEqual({ code: 'empty' });
  });

  it('reads a newer link as the current format, reporting the version it declared or the current one', () => {
    expect(decode('v=7&size=3')).toMatchObject({ state: { size: 3 }, version: 7 });
    expect(decode('v=7&size=3', orderFormat({ newer: 'current' }))).toMatchObject({ version: 2 });
    expect(decode('v=7').setAside).toEqual([{ param: 'v', value: '7', reason: { code: 'newer-version' } }]);
  });

  it('says whether the link carried a version and how many of the format’s parameters', () => {
    expect(decode('')).toMatchObject({ declaresVersion: false, paramsCarried: 0, version: 0 });
    expect(decode('shape=x&utm_source=y')).toMatchObject({ declaresVersion: false, paramsCarried: 0 });
    expect(decode('size=x&size=1')).toMatchObject({ declaresVersion: false, paramsCarried: 1 });
  });

  it('lists 20 set-aside values at most, shortened, and counts the rest', () => {
    const flood = Array.from({ length: 100 }, (_, index) => `junk${index}=${'x'.repeat(100)}`).join('&');
    const link = decode(`v=2&${flood}&size=4`);
    expect(link.state.size).toBe(4);
    expect(link.setAside).toHaveLength(MAX_SET_ASIDE_LISTED);
    expect(link.moreSetAside).toBe(100 - MAX_SET_ASIDE_LISTED);
    expect(link.setAside[0]?.value).toBe(`${'x'.repeat(39)}…`);
  });

  it('never throws on what is not a string', () => {
    for (const search of [undefined, null, 42, {}])
      expect(decode(search as string).state).toEqual({ size: null, colour: null });
  });
});

describe('encodeLink', () => {
  it('writes the version, then each parameter in table order, leaving out what has no value', () => {
    expect(encodeLink(orderFormat(), { colour: 'red', size: 3 })).toBe('v=2&size=3&colour=red');
    expect(encodeLink(orderFormat(), { colour: null, size: null })).toBe('v=2');
  });
});
