import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultInputsFrom,
  INPUT_LIMITS,
  normalizeInputs,
  SCOPES,
  type EstimatorInputs,
} from '../../../src/lib/pricing/inputs';
import {
  decodeEstimatorQuery,
  encodeEstimatorQuery,
  MAX_IGNORED,
  PREPARED_FOR_MAX_LENGTH,
  sanitizePreparedFor,
  type DecodedEstimatorQuery,
} from '../../../src/lib/pricing/link-codec';
import { ESTIMATOR_LINK_REASONS } from '../../../src/lib/pricing/link-params';
import { rateCard } from '../../../src/lib/pricing/rate-card';

const defaults = defaultInputsFrom(rateCard);

const RUNS = 3_000;

const inputsArbitrary: fc.Arbitrary<EstimatorInputs> = fc.record({
  users: fc.integer(INPUT_LIMITS.users),
  devices: fc.integer(INPUT_LIMITS.devices),
  scope: fc.subarray([...SCOPES]),
  hoursPerMonth: fc.integer(INPUT_LIMITS.hoursPerMonth),
  termYears: fc.constantFrom(1 as const, 2 as const, 3 as const),
  annualAdjustmentPercent: fc.integer({ min: 0, max: 2_500 }).map((hundredths) => hundredths / 100),
});

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ maxLength: 40 }),
);

const hostileValues = fc.constantFrom(
  '',
  ' ',
  '-1',
  '0',
  '1',
  '3',
  '25',
  '25.01',
  '1e3',
  '0x10',
  '0b11',
  '1_000',
  '1,200',
  'NaN',
  'Infinity',
  '-Infinity',
  '2.5',
  '3.333',
  '100000',
  '100001',
  '999999999999999999999',
  '%',
  '%%',
  '%E0%A4',
  '%00',
  '%0A',
  '%ZZ',
  '%C0%AF',
  '%ED%A0%80',
  '<b>x</b>',
  '"><img src=x onerror=alert(1)>',
  '36m',
  '30m',
  '3y',
  '3%25',
  'after-hours,patching',
  'security,,security',
  'after_hours+backup',
  'x'.repeat(2_500),
  '\u202E\u0000',
);

const hostileKeys = fc.constantFrom(
  'v',
  'V',
  'users',
  'devices',
  'scope',
  'hours',
  'term',
  'adj',
  'for',
  'Users',
  'seats',
  'prepared_for',
  'hours_per_month',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'utm_source',
  '',
  '%',
  '%FF',
);

/** Query strings that look like links: known and unknown keys, hostile values, odd separators. */
const linkLikeQuery = fc
  .array(
    fc.tuple(
      fc.oneof(hostileKeys, anyText),
      fc.oneof(hostileValues, anyText, fc.integer().map(String), fc.double().map(String)),
      fc.boolean(),
      fc.constantFrom('&', '&', '&', ';', '&&'),
    ),
    { maxLength: 70 },
  )
  .map((pairs) =>
    pairs
      .map(([key, value, encode, separator]) => {
        const safeEncode = (text: string) => {
          try {
            return encodeURIComponent(text);
          } catch {
            return text; // lone surrogates: leave raw, which is its own kind of hostile
          }
        };
        return `${encode ? safeEncode(key) : key}=${encode ? safeEncode(value) : value}${separator}`;
      })
      .join(''),
  );

const percentSoup = fc
  .array(fc.constantFrom('%', '2', 'F', 'E', '0', 'A', '&', '=', '+', ';', ',', 'v', '1', 'users', 'for'), {
    maxLength: 200,
  })
  .map((parts) => parts.join(''));

function expectUsable(decoded: DecodedEstimatorQuery): void {
  expect(decoded.ignored.length).toBeLessThanOrEqual(MAX_IGNORED);
  for (const entry of decoded.ignored) {
    expect(entry.param.length).toBeLessThanOrEqual(40);
    expect(entry.value.length).toBeLessThanOrEqual(40);
    expect(ESTIMATOR_LINK_REASONS).toContain(entry.reason.code);
  }
  expect([0, 1]).toContain(decoded.version);

  // Whatever the link said, the inputs it yields are already inside every limit.
  const merged = { ...defaults, ...decoded.inputs };
  expect(normalizeInputs(merged, defaults)).toEqual(merged);
  for (const key of Object.keys(decoded.inputs)) expect(Object.keys(defaults)).toContain(key);
  if (decoded.inputs.annualAdjustmentPercent !== undefined) {
    const hundredths = decoded.inputs.annualAdjustmentPercent * 100;
    expect(Math.abs(hundredths - Math.round(hundredths))).toBeLessThan(1e-9);
  }

  if (decoded.preparedFor !== null) {
    expect(decoded.preparedFor.length).toBeLessThanOrEqual(PREPARED_FOR_MAX_LENGTH);
    expect(sanitizePreparedFor(decoded.preparedFor)).toBe(decoded.preparedFor);
    expect(decoded.preparedFor).not.toMatch(/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]|\s\s|^\s|\s$/u);
  }
  expect(decoded.fromLink).toBe(Object.keys(decoded.inputs).length > 0 || decoded.preparedFor !== null);
}

describe('link codec properties', { timeout: 60_000 }, () => {
  it('round-trips every valid estimate and name', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.option(anyText, { nil: undefined }), (inputs, name) => {
        const query = encodeEstimatorQuery(inputs, name);
        const decoded = decodeEstimatorQuery(query);
        expect(decoded.inputs).toEqual({
          ...inputs,
          scope: SCOPES.filter((item) => inputs.scope.includes(item)),
        });
        expect(decoded.preparedFor).toBe(sanitizePreparedFor(name));
        expect(decoded.ignored).toEqual([]);
        expect(decoded.version).toBe(1);
        expect(query.startsWith('?')).toBe(false);
        // The name is the only free text; the rest of the link is plain ASCII.
        expect(query).toMatch(/^[\x21-\x7e]+$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads its own output identically when re-encoded', () => {
    fc.assert(
      fc.property(inputsArbitrary, anyText, (inputs, name) => {
        const once = encodeEstimatorQuery(inputs, name);
        const decoded = decodeEstimatorQuery(once);
        const twice = encodeEstimatorQuery({ ...defaults, ...decoded.inputs }, decoded.preparedFor);
        expect(twice).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary text and always yields usable inputs', () => {
    fc.assert(
      fc.property(anyText, (search) => expectUsable(decodeEstimatorQuery(search))),
      { numRuns: RUNS },
    );
  });

  it('never throws on link-shaped hostile queries and always yields usable inputs', () => {
    fc.assert(
      fc.property(linkLikeQuery, fc.boolean(), fc.boolean(), (query, versioned, questionMark) => {
        const search = `${questionMark ? '?' : ''}${versioned ? 'v=1&' : ''}${query}`;
        expectUsable(decodeEstimatorQuery(search));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on percent-encoding soup', () => {
    fc.assert(
      fc.property(percentSoup, (search) => expectUsable(decodeEstimatorQuery(search))),
      { numRuns: RUNS },
    );
  });

  it('never throws on values that are not strings at all', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => decodeEstimatorQuery(value as unknown as string)).not.toThrow();
    }
  });

  it('keeps the first of any repeated parameter', () => {
    fc.assert(
      fc.property(
        fc.integer(INPUT_LIMITS.users),
        fc.array(fc.oneof(fc.integer().map(String), hostileValues), { minLength: 1, maxLength: 5 }),
        (first, repeats) => {
          const query = ['v=1', `users=${first}`, ...repeats.map((value) => `users=${encodeURIComponent(value)}`)];
          const decoded = decodeEstimatorQuery(query.join('&'));
          expect(decoded.inputs.users).toBe(first);
          // Each repeat is reported once: as a repeat, or as too long when it is not worth reading.
          const reported = decoded.ignored.filter((entry) => entry.param === 'users');
          expect(reported).toHaveLength(repeats.length);
          for (const entry of reported) expect(['repeated', 'too-long']).toContain(entry.reason.code);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
