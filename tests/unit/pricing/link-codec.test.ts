import { describe, expect, it } from 'vitest';
import { defaultInputsFrom, type EstimatorInputs } from '../../../src/lib/pricing/inputs';
import {
  CURRENT_LINK_VERSION,
  decodeEstimatorQuery,
  encodeEstimatorQuery,
  MAX_IGNORED,
  sanitizePreparedFor,
} from '../../../src/lib/pricing/link-codec';
import { LINK_MIGRATIONS } from '../../../src/lib/pricing/link-migrations';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { SCOPES } from '../../../src/lib/pricing/scopes';

const REPEATED = { code: 'repeated' };

/** The reason a refused value of each number parameter is given: what it takes. */
const WHAT_IT_TAKES: Record<string, object> = {
  users: { code: 'whole-number-range', min: 1, max: 100_000 },
  devices: { code: 'whole-number-range', min: 1, max: 1_000_000 },
  hours: { code: 'whole-number-range', min: 0, max: 2_000 },
  term: { code: 'one-of', choices: ['1', '2', '3'] },
  adj: { code: 'percent-range', min: 0, max: 25, decimals: 2 },
};

const sample: EstimatorInputs = {
  users: 120,
  devices: 180,
  scope: ['after-hours', 'security'],
  hoursPerMonth: 25,
  termYears: 2,
  annualAdjustmentPercent: 3.5,
};

describe('encodeEstimatorQuery', () => {
  it('writes a short, readable, versioned link', () => {
    expect(encodeEstimatorQuery(sample, 'Acme Freight')).toBe(
      'v=1&users=120&devices=180&scope=after-hours,security&hours=25&term=2&adj=3.5&for=Acme%20Freight',
    );
  });

  it('leaves the name out when there is none, and writes an empty scope as tier-1 only', () => {
    expect(encodeEstimatorQuery({ ...sample, scope: [] })).toBe(
      'v=1&users=120&devices=180&scope=&hours=25&term=2&adj=3.5',
    );
    expect(encodeEstimatorQuery(sample, '   ')).not.toContain('for=');
  });

  it('needs no rate card: a field it cannot use is left out, for the page to default', () => {
    const query = encodeEstimatorQuery({ ...sample, users: Number.NaN, devices: 5e9, scope: undefined as never });
    expect(query).toBe('v=1&devices=1000000&hours=25&term=2&adj=3.5');
    expect(decodeEstimatorQuery(query).ignored).toEqual([]);
  });

  it('reads back exactly what it wrote', () => {
    const decoded = decodeEstimatorQuery(encodeEstimatorQuery(sample, 'Acme Freight'));
    expect(decoded).toEqual({
      inputs: sample,
      preparedFor: 'Acme Freight',
      ignored: [],
      version: CURRENT_LINK_VERSION,
      fromLink: true,
    });
    expect(decodeEstimatorQuery(encodeEstimatorQuery({ ...sample, scope: [] })).inputs.scope).toEqual([]);
  });
});

describe('decodeEstimatorQuery', () => {
  it('accepts a leading "?" and reports nothing for an empty query', () => {
    expect(decodeEstimatorQuery('?users=40&v=1').inputs).toEqual({ users: 40 });
    expect(decodeEstimatorQuery('')).toEqual({
      inputs: {},
      preparedFor: null,
      ignored: [],
      version: 0,
      fromLink: false,
    });
  });

  it('keeps markup in the name as plain text', () => {
    const decoded = decodeEstimatorQuery('v=1&for=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(decoded.preparedFor).toBe('<script>alert(1)</script>');
    expect(decoded.fromLink).toBe(true);
  });

  it('uses the first of a repeated parameter and says so', () => {
    const decoded = decodeEstimatorQuery('v=1&users=10&users=99999&for=A&for=B');
    expect(decoded.inputs.users).toBe(10);
    expect(decoded.preparedFor).toBe('A');
    expect(decoded.ignored).toEqual([
      { param: 'users', value: '99999', reason: REPEATED },
      { param: 'for', value: 'B', reason: REPEATED },
    ]);
  });

  it.each([
    ['users', '-5'],
    ['users', '0'],
    ['users', '12.5'],
    ['users', '1e3'],
    ['users', '0x10'],
    ['users', 'NaN'],
    ['users', 'Infinity'],
    ['users', '100001'],
    ['users', '99999999999999999999999'],
    ['users', 'ten'],
    ['devices', '1000001'],
    ['hours', '2001'],
    ['hours', '-1'],
    ['term', '0'],
    ['term', '4'],
    ['term', '2.5'],
    ['term', '36m'],
    ['adj', '26'],
    ['adj', '-1'],
    ['adj', '3.333'],
    ['adj', '3%'],
    ['adj', '1e1'],
  ])('ignores %s=%s in a versioned link and says what it takes', (param, value) => {
    const decoded = decodeEstimatorQuery(`v=1&${param}=${encodeURIComponent(value)}`);
    expect(decoded.inputs).toEqual({});
    expect(decoded.ignored).toEqual([{ param, value, reason: WHAT_IT_TAKES[param] }]);
    expect(decoded.fromLink).toBe(false);
  });

  it('accepts the edges of every range', () => {
    const decoded = decodeEstimatorQuery('v=1&users=100000&devices=1&hours=0&term=1&adj=25');
    expect(decoded.inputs).toEqual({
      users: 100_000,
      devices: 1,
      hoursPerMonth: 0,
      termYears: 1,
      annualAdjustmentPercent: 25,
    });
    expect(decoded.ignored).toEqual([]);
  });

  it('keeps known scope items and lists unknown ones', () => {
    const decoded = decodeEstimatorQuery('v=1&scope=security,firewalls,after-hours,security');
    expect(decoded.inputs.scope).toEqual(['after-hours', 'security']);
    expect(decoded.ignored).toEqual([
      { param: 'scope', value: 'firewalls', reason: { code: 'unknown-item', known: SCOPES } },
    ]);
  });

  it('reads and writes every link made before cloud and compliance were scope items exactly as before', () => {
    // The five items links could carry until then, in the order links have always listed them.
    const earlier = ['after-hours', 'patching', 'backup', 'security', 'projects'] as const;
    for (let mask = 0; mask < 2 ** earlier.length; mask += 1) {
      const scope = earlier.filter((_, bit) => mask & (2 ** bit));
      const link = `v=1&users=120&devices=180&scope=${scope.join(',')}&hours=25&term=2&adj=3.5`;
      const decoded = decodeEstimatorQuery(link);
      expect(decoded.inputs.scope, link).toEqual(scope);
      expect(decoded.ignored, link).toEqual([]);
      expect(encodeEstimatorQuery(decoded.inputs), link).toBe(link);
    }
  });

  it('takes cloud and compliance as scope items, listed in their place', () => {
    const decoded = decodeEstimatorQuery('v=1&scope=projects,compliance,cloud,after-hours');
    expect(decoded.inputs.scope).toEqual(['after-hours', 'cloud', 'compliance', 'projects']);
    expect(encodeEstimatorQuery(decoded.inputs)).toBe('v=1&scope=after-hours,cloud,compliance,projects');
  });

  it('leaves scope unset when nothing in it is recognised', () => {
    const decoded = decodeEstimatorQuery('v=1&scope=firewalls');
    expect(decoded.inputs).not.toHaveProperty('scope');
  });

  it('reports bad percent-encoding instead of failing', () => {
    const decoded = decodeEstimatorQuery('v=1&for=%E0%A4%A&users=%ZZ&%FF=1&devices=30');
    expect(decoded.inputs).toEqual({ devices: 30 });
    expect(decoded.ignored.map((entry) => entry.reason)).toEqual([
      { code: 'broken-value' },
      { code: 'broken-value' },
      { code: 'broken-name' },
    ]);
  });

  it('reports parameters that are not estimator settings, but not analytics tags', () => {
    const decoded = decodeEstimatorQuery('v=1&users=5&colour=red&utm_source=newsletter&gclid=abc&__proto__=1');
    expect(decoded.inputs).toEqual({ users: 5 });
    expect(decoded.ignored.map((entry) => entry.param)).toEqual(['colour', '__proto__']);
    expect(Object.getPrototypeOf(decoded.inputs)).toBe(Object.prototype);
  });

  it('reads an unknown version as the current one and says so', () => {
    const decoded = decodeEstimatorQuery('v=7&users=12');
    expect(decoded.version).toBe(CURRENT_LINK_VERSION);
    expect(decoded.inputs.users).toBe(12);
    expect(decoded.ignored[0]).toEqual({ param: 'v', value: '7', reason: { code: 'unknown-version', readAs: '1' } });
  });

  it('caps the list of ignored parameters at 20', () => {
    const junk = Array.from({ length: 45 }, (_, index) => `junk${index}=x`).join('&');
    const decoded = decodeEstimatorQuery(`v=1&${junk}&users=8`);
    expect(decoded.ignored).toHaveLength(MAX_IGNORED);
    expect(decoded.inputs.users).toBe(8);
  });

  it('copes with 10 KB values and 10 KB links quickly', () => {
    const huge = 'A'.repeat(10_240);
    const started = performance.now();
    const longName = decodeEstimatorQuery(`v=1&users=9&for=${huge}`);
    const longKey = decodeEstimatorQuery(`v=1&${huge}=1&devices=4`);
    const manyPairs = decodeEstimatorQuery(`${'&x=1'.repeat(2_560)}&users=3`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(longName.inputs.users).toBe(9);
    expect(longName.preparedFor).toBeNull();
    expect(longName.ignored[0]).toMatchObject({ param: 'for', reason: { code: 'too-long' } });
    expect(longName.ignored[0]?.value.length).toBeLessThanOrEqual(40);
    expect(longKey.inputs.devices).toBe(4);
    expect(longKey.ignored[0]?.param.length).toBeLessThanOrEqual(40);
    // About the whole link, which names no parameter.
    expect(manyPairs.ignored[0]).toEqual({
      param: '',
      value: '',
      reason: { code: 'too-many-params', count: 2_561, max: 50 },
    });
    expect(manyPairs.ignored.length).toBeLessThanOrEqual(MAX_IGNORED);
  });

  it('cuts reported values to 40 characters', () => {
    const decoded = decodeEstimatorQuery(`v=1&users=${'9'.repeat(300)}`);
    expect(decoded.ignored[0]?.value).toHaveLength(40);
    expect(decoded.ignored[0]?.value.endsWith('…')).toBe(true);
  });
});

describe('prepared-for name', () => {
  it('is trimmed, with whitespace collapsed and invisible characters removed', () => {
    expect(sanitizePreparedFor('  Acme\t\n  Freight\u0000\u0007 \u202EInc\u200B ')).toBe('Acme Freight Inc');
  });

  it('is at most 80 characters and never splits a character', () => {
    expect(sanitizePreparedFor('x'.repeat(200))).toBe('x'.repeat(80));
    const emoji = sanitizePreparedFor('😀'.repeat(60));
    expect(emoji).toBe('😀'.repeat(40));
  });

  it('is null when nothing readable is left', () => {
    expect(sanitizePreparedFor(' \u0000\u202E ')).toBeNull();
    expect(sanitizePreparedFor(42)).toBeNull();
  });

  it('says when a name from a link was shortened', () => {
    const decoded = decodeEstimatorQuery(`v=1&for=${'n'.repeat(90)}`);
    expect(decoded.preparedFor).toHaveLength(80);
    expect(decoded.ignored[0]?.reason).toEqual({ code: 'shortened', max: 80 });
  });
});

describe('hand-typed links (no v) are migrated', () => {
  it.each([
    ['users=50', { users: 50 }],
    ['Users=1,200', { users: 1200 }],
    ['seats=1+200', { users: 1200 }],
    ['user_count=5&employees=70', { users: 70 }],
    ['endpoints=300', { devices: 300 }],
    ['hours_per_month=30h', { hoursPerMonth: 30 }],
    ['scope=after_hours+Patching', { scope: ['after-hours', 'patching'] }],
    ['scope=backups;security|projects', { scope: ['backup', 'security', 'projects'] }],
    ['scope=after+hours,backup', { scope: ['after-hours', 'backup'] }],
    ['term=36m', { termYears: 3 }],
    ['term=24+months', { termYears: 2 }],
    ['term=3y', { termYears: 3 }],
    ['term_years=1', { termYears: 1 }],
    ['adj=2,5%25', { annualAdjustmentPercent: 2.5 }],
    ['annual_adjustment=4%25', { annualAdjustmentPercent: 4 }],
  ])('%s', (query, expected) => {
    const decoded = decodeEstimatorQuery(query);
    expect(decoded.version).toBe(0);
    expect(decoded.inputs).toMatchObject(expected);
  });

  it('reads prepared_for as the name', () => {
    expect(decodeEstimatorQuery('prepared_for=Acme+Freight').preparedFor).toBe('Acme Freight');
  });

  it('treats aliases of one parameter as repeats: the first wins', () => {
    const decoded = decodeEstimatorQuery('seats=10&users=20');
    expect(decoded.inputs.users).toBe(10);
    expect(decoded.ignored).toEqual([{ param: 'users', value: '20', reason: REPEATED }]);
  });

  it('still reports what it cannot understand', () => {
    const decoded = decodeEstimatorQuery('term=30m&users=lots');
    expect(decoded.inputs).toEqual({});
    expect(decoded.ignored.map((entry) => [entry.param, entry.value])).toEqual([
      ['term', '30m'],
      ['users', 'lots'],
    ]);
  });

  it('does not apply hand-typed leniency to versioned links', () => {
    const decoded = decodeEstimatorQuery('v=1&seats=10&term=36m');
    expect(decoded.inputs).toEqual({});
    expect(decoded.ignored).toHaveLength(2);
  });

  it('runs the steps in order, ending at the current version', () => {
    let version = 0;
    for (const step of LINK_MIGRATIONS) {
      expect(step.from).toBe(version);
      expect(step.to).toBe(version + 1);
      version = step.to;
    }
    expect(version).toBe(CURRENT_LINK_VERSION);
  });

  it('opens links for the default estimate typed by hand', () => {
    const decoded = decodeEstimatorQuery('users=100&devices=150&scope=after-hours,patching&hours=20&term=3&adj=3');
    expect(decoded.inputs).toEqual(defaultInputsFrom(rateCard));
  });
});
