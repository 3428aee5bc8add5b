import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ANSWERS,
  IT_ROLES,
  NEEDS,
  PROVIDER_ROLES,
  type AssessmentAnswers,
} from '../../../src/lib/assessment/answers';
import {
  decodeAssessmentQuery,
  encodeAssessmentQuery,
  MAX_IGNORED_REPORTED,
  type DecodedAssessmentLink,
} from '../../../src/lib/assessment/link-codec';
import { CURRENT_LINK_VERSION, LINK_MIGRATIONS } from '../../../src/lib/assessment/link-migrations';
import { ASSESSMENT_LINK_REASONS } from '../../../src/lib/assessment/link-params';
import { runMigrations } from '../../../src/lib/links/migrations';
import { NEED_SUBSETS } from './fixtures';

const answered: AssessmentAnswers = {
  employees: 120,
  itStaff: 2,
  needs: ['after-hours', 'security'],
  needsAnswered: true,
  customApps: false,
  itIs: 'capability',
  mspIs: 'partner',
};

const decode = decodeAssessmentQuery;
const inOrder = (a: AssessmentAnswers) =>
  JSON.stringify([a.employees, a.itStaff, a.needs, a.needsAnswered, a.customApps, a.itIs, a.mspIs]);
const REPEATED = { code: 'repeated' };
const UNKNOWN = { code: 'unknown-param' };
const NOT_WHOLE = { code: 'not-whole-number' };
const EMPTY = { code: 'empty' };
const EMPLOYEES_RANGE = { code: 'out-of-range', min: 1, max: 100_000 };
const IT_STAFF_RANGE = { code: 'out-of-range', min: 0, max: 10_000 };
const UNKNOWN_NEED = { code: 'unknown-item', known: NEEDS };

const reasonsFor = (decoded: DecodedAssessmentLink, param: string) =>
  decoded.ignored.filter((entry) => entry.param === param).map((entry) => entry.reason);

/** What any decoded link must satisfy, however hostile the input. */
function expectWithinLimits(decoded: DecodedAssessmentLink): void {
  const { answers, preparedFor, ignored } = decoded;
  if (answers.employees !== null) {
    expect(Number.isInteger(answers.employees)).toBe(true);
    expect(answers.employees).toBeGreaterThanOrEqual(1);
    expect(answers.employees).toBeLessThanOrEqual(100_000);
  }
  if (answers.itStaff !== null) {
    expect(Number.isInteger(answers.itStaff)).toBe(true);
    expect(Object.is(answers.itStaff, -0)).toBe(false);
    expect(answers.itStaff).toBeGreaterThanOrEqual(0);
    expect(answers.itStaff).toBeLessThanOrEqual(10_000);
  }
  expect(answers.needs).toEqual(NEEDS.filter((need) => answers.needs.includes(need)));
  if (answers.needs.length > 0) expect(answers.needsAnswered).toBe(true);
  expect([null, true, false]).toContain(answers.customApps);
  expect([null, ...IT_ROLES]).toContain(answers.itIs);
  expect([null, ...PROVIDER_ROLES]).toContain(answers.mspIs);
  if (preparedFor !== null) {
    expect(preparedFor.length).toBeGreaterThan(0);
    expect(preparedFor.length).toBeLessThanOrEqual(80);
    expect(preparedFor).not.toMatch(/\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u);
    expect(preparedFor).toBe(preparedFor.trim());
    expect(preparedFor.isWellFormed()).toBe(true);
  }
  expect(ignored.length).toBeLessThanOrEqual(MAX_IGNORED_REPORTED);
  for (const entry of ignored) {
    expect(entry.value.length).toBeLessThanOrEqual(40);
    expect(entry.param.length).toBeLessThanOrEqual(40);
    expect(ASSESSMENT_LINK_REASONS).toContain(entry.reason.code);
  }
  expect(Number.isInteger(decoded.version) && decoded.version >= 0).toBe(true);
  expect(decoded.moreIgnored).toBeGreaterThanOrEqual(0);
}

describe('encoding', () => {
  it('writes every answer in a fixed order', () => {
    expect(encodeAssessmentQuery(answered, 'Acme Dental')).toBe(
      'v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Dental',
    );
  });

  it('lists needs in the same order however they were picked', () => {
    const shuffled = {
      ...answered,
      needs: ['security', 'after-hours', 'security'] as AssessmentAnswers['needs'],
    };
    expect(encodeAssessmentQuery(shuffled)).toBe(encodeAssessmentQuery(answered));
  });

  it('leaves out unanswered questions and records "none of these"', () => {
    expect(encodeAssessmentQuery(EMPTY_ANSWERS)).toBe('v=1');
    expect(encodeAssessmentQuery({ ...EMPTY_ANSWERS, needsAnswered: true })).toBe('v=1&needs=none');
    expect(encodeAssessmentQuery({ ...EMPTY_ANSWERS, customApps: false, itStaff: 0 })).toBe(
      'v=1&it-staff=0&custom-apps=no',
    );
  });

  it('never writes a number the decoder would refuse', () => {
    const broken = { ...answered, employees: 0, itStaff: 2.5 };
    expect(encodeAssessmentQuery(broken)).not.toMatch(/employees|it-staff/);
  });

  it('shortens and cleans the prospect name before it goes into the link', () => {
    const query = encodeAssessmentQuery(answered, `  Acme\n\tDental ${'x'.repeat(200)}`);
    const name = decode(query).preparedFor;
    expect(name?.startsWith('Acme Dental x')).toBe(true);
    expect(name?.length).toBe(80);
    expect(encodeAssessmentQuery(answered, '   ')).not.toContain('for=');
    expect(encodeAssessmentQuery(answered, 'bad \uD800 surrogate')).toContain('for=bad%20%EF%BF%BD%20surrogate');
  });
});

describe('round trips', () => {
  it('bring back every combination of answers', () => {
    const mismatches: string[] = [];
    const needStates = [
      { needs: [], needsAnswered: false },
      ...NEED_SUBSETS.map((needs) => ({ needs, needsAnswered: true })),
    ];
    for (const needState of needStates)
      for (const customApps of [null, true, false])
        for (const itIs of [null, ...IT_ROLES])
          for (const mspIs of [null, ...PROVIDER_ROLES])
            for (const employees of [null, 1, 75, 100_000])
              for (const itStaff of [null, 0, 2, 10_000]) {
                const answers = { ...needState, customApps, itIs, mspIs, employees, itStaff };
                const query = encodeAssessmentQuery(answers);
                const back = decode(query);
                if (inOrder(back.answers) !== inOrder(answers) || back.ignored.length) {
                  mismatches.push(query);
                }
              }
    expect(mismatches).toEqual([]);
  });

  it('bring back the prospect name, including non-Latin text and emoji', () => {
    for (const name of [
      'Acme Dental',
      'Café Zoë & Söhne',
      '東京法律事務所',
      'Team 👩‍💻 Ops',
      "O'Brien + Partners, LLP",
    ]) {
      const back = decode(encodeAssessmentQuery(answered, name));
      expect(back.preparedFor).toBe(name);
      expect(back.ignored).toEqual([]);
    }
  });

  it('mark a decoded link as current and from a link', () => {
    const back = decode(`?${encodeAssessmentQuery(answered)}`);
    expect(back).toMatchObject({ version: 1, fromLink: true, ignored: [], preparedFor: null });
  });
});

describe('what counts as a link', () => {
  it.each([
    ['', false],
    ['?', false],
    ['utm_source=newsletter&utm_medium=email&fbclid=abc&gclid=1', false],
    ['ref=somewhere', false],
    ['v=1', true],
    ['for=Acme', true],
    ['employees=oops', true],
  ])('%j → fromLink %s', (search, fromLink) => {
    expect(decode(search).fromLink).toBe(fromLink);
  });

  it('drops tracking parameters silently but reports other strangers', () => {
    const decoded = decode('employees=80&utm_campaign=spring&UTM_Source=x&colour=blue');
    expect(decoded.answers.employees).toBe(80);
    expect(decoded.ignored).toEqual([{ param: 'colour', value: 'blue', reason: UNKNOWN }]);
  });

  it('reads parameter names in any case, and nothing after a #', () => {
    const decoded = decode('?Employees=40&IT-STAFF=1#needs=security');
    expect(decoded.answers).toMatchObject({ employees: 40, itStaff: 1, needsAnswered: false });
  });

  it('copes with a missing query', () => {
    expect(decode(undefined).answers).toEqual(EMPTY_ANSWERS);
    expect(decode(null).fromLink).toBe(false);
  });
});

describe('numbers', () => {
  it.each([
    ['-5', EMPLOYEES_RANGE],
    ['0', EMPLOYEES_RANGE],
    ['100001', EMPLOYEES_RANGE],
    ['9'.repeat(400), EMPLOYEES_RANGE],
    ['12.5', NOT_WHOLE],
    ['12,000', NOT_WHOLE],
    ['1e3', NOT_WHOLE],
    ['0x10', NOT_WHOLE],
    ['NaN', NOT_WHOLE],
    ['Infinity', NOT_WHOLE],
    ['-Infinity', NOT_WHOLE],
    ['%2B12', NOT_WHOLE],
    ['%D9%A1%D9%A2', NOT_WHOLE],
    ['twelve', NOT_WHOLE],
    ['', EMPTY],
  ])('employees=%s is refused: %j', (value, reason) => {
    const decoded = decode(`employees=${value}`);
    expect(decoded.answers.employees).toBeNull();
    expect(reasonsFor(decoded, 'employees')).toEqual([reason]);
  });

  it.each([
    ['1', 1],
    ['007', 7],
    ['%2012%20', 12],
    ['+12', 12],
    ['100000', 100_000],
  ])('employees=%s reads as %i', (value, expected) => {
    const decoded = decode(`employees=${value}`);
    expect(decoded.answers.employees).toBe(expected);
    expect(decoded.ignored).toEqual([]);
  });

  it('accepts zero IT staff but nothing below it or above 10000', () => {
    expect(decode('it-staff=0').answers.itStaff).toBe(0);
    expect(Object.is(decode('it-staff=-0').answers.itStaff, 0)).toBe(true);
    expect(reasonsFor(decode('it-staff=-1'), 'it-staff')).toEqual([IT_STAFF_RANGE]);
    expect(reasonsFor(decode('it-staff=10001'), 'it-staff')).toEqual([IT_STAFF_RANGE]);
  });

  it('shows a long refused value shortened', () => {
    const [entry] = decode(`employees=${'9'.repeat(400)}`).ignored;
    expect(entry?.value).toBe(`${'9'.repeat(39)}…`);
  });
});

describe('needs and choices', () => {
  it('keeps the known needs and names the unknown ones', () => {
    const decoded = decode('needs=security,printers,cloud,security');
    expect(decoded.answers.needs).toEqual(['security', 'cloud']);
    expect(decoded.ignored).toEqual([{ param: 'needs', value: 'printers', reason: UNKNOWN_NEED }]);
  });

  it('reads "none" or an empty list as the answer "none of these"', () => {
    for (const search of ['needs=none', 'needs=', 'needs=,']) {
      expect(decode(search).answers).toMatchObject({ needs: [], needsAnswered: true });
    }
  });

  it('does not count a list of nothing but unknown needs as an answer', () => {
    const decoded = decode('needs=printers,coffee');
    expect(decoded.answers.needsAnswered).toBe(false);
    expect(reasonsFor(decoded, 'needs')).toEqual([UNKNOWN_NEED, UNKNOWN_NEED]);
  });

  it('refuses "none" mixed with real needs, keeping the real ones', () => {
    const decoded = decode('needs=none,cloud');
    expect(decoded.answers.needs).toEqual(['cloud']);
    expect(reasonsFor(decoded, 'needs')).toEqual([{ code: 'none-with-others' }]);
  });

  it.each([
    ['custom-apps=maybe', 'custom-apps', { code: 'one-of', choices: ['yes', 'no'] }],
    ['custom-apps=true', 'custom-apps', { code: 'one-of', choices: ['yes', 'no'] }],
    ['it-is=boss', 'it-is', { code: 'one-of', choices: IT_ROLES }],
    ['msp-is=vendor', 'msp-is', { code: 'one-of', choices: PROVIDER_ROLES }],
  ])('%s is refused in the current format', (search, param, reason) => {
    const decoded = decode(`v=1&${search}`);
    expect(decoded.answers).toEqual(EMPTY_ANSWERS);
    expect(reasonsFor(decoded, param)).toEqual([reason]);
  });

  it('uses the first of repeated parameters and says so', () => {
    const decoded = decode('employees=10&employees=20&it-staff=abc&it-staff=3');
    expect(decoded.answers.employees).toBe(10);
    expect(decoded.answers.itStaff).toBeNull();
    expect(decoded.ignored).toEqual([
      { param: 'employees', value: '20', reason: REPEATED },
      { param: 'it-staff', value: 'abc', reason: NOT_WHOLE },
      { param: 'it-staff', value: '3', reason: REPEATED },
    ]);
  });
});

describe('the prospect name', () => {
  it('is plain text: markup stays as the characters it is', () => {
    const decoded = decode('for=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(decoded.preparedFor).toBe('<script>alert(1)</script>');
  });

  it('loses control and direction-override characters and extra whitespace', () => {
    const decoded = decode('for=%20Acme%00%07Corp%0A%0D%09Ltd%E2%80%AE%20%20');
    expect(decoded.preparedFor).toBe('AcmeCorp Ltd');
  });

  it('is cut to 80 characters, never through an emoji, and the cut is reported', () => {
    const long = decode(`for=${'A'.repeat(10_000)}`);
    expect(long.preparedFor).toBe('A'.repeat(80));
    expect(reasonsFor(long, 'for')).toEqual([{ code: 'shortened', max: 80 }]);

    const emojiAtEdge = decode(`for=${'a'.repeat(79)}${encodeURIComponent('😀')}`);
    expect(emojiAtEdge.preparedFor).toBe('a'.repeat(79));
  });

  it('is dropped, with a reason, when nothing readable is left', () => {
    const decoded = decode('for=%00%01%E2%80%AE');
    expect(decoded.preparedFor).toBeNull();
    expect(reasonsFor(decoded, 'for')).toEqual([{ code: 'no-readable-text' }]);
  });
});

describe('broken and hostile links', () => {
  it('survive broken percent-encoding', () => {
    const decoded = decode('for=%E0%A4%A&employees=%&it-staff=%zz&%E0%A4%A=1');
    expect(decoded.preparedFor).toBe('\uFFFD%A');
    expect(reasonsFor(decoded, 'employees')).toEqual([NOT_WHOLE]);
    expect(reasonsFor(decoded, 'it-staff')).toEqual([NOT_WHOLE]);
    expect(reasonsFor(decoded, '\uFFFD%a')).toEqual([UNKNOWN]);
  });

  it('do not reach the object prototype through parameter names', () => {
    const decoded = decode('__proto__=1&constructor=x&toString=y&hasOwnProperty=z&it_is=__proto__');
    expect(decoded.ignored.map((entry) => entry.reason)).toEqual([
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      { code: 'one-of', choices: IT_ROLES },
    ]);
    expect(({} as Record<string, unknown>)['1']).toBeUndefined();
  });

  it('cannot flood the page with problems', () => {
    const flood = Array.from({ length: 2000 }, (_, index) => `junk${index}=${'x'.repeat(5)}`).join('&');
    const decoded = decode(`employees=90&${flood}`);
    expect(decoded.answers.employees).toBe(90);
    expect(decoded.ignored).toHaveLength(MAX_IGNORED_REPORTED);
    expect(decoded.moreIgnored).toBe(2000 - MAX_IGNORED_REPORTED);
  });

  it('shorten markup and long names in the problem list', () => {
    const decoded = decode(`v=1&needs=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&${'k'.repeat(500)}=1`);
    expect(decoded.ignored[0]).toEqual({
      param: 'needs',
      value: '<img src=x onerror=alert(1)>',
      reason: UNKNOWN_NEED,
    });
    expect(decoded.ignored[1]?.param).toBe(`${'k'.repeat(39)}…`);
  });
});

describe('versions and migrations', () => {
  it('chain from the hand-typed format to the current one, one step at a time', () => {
    expect(LINK_MIGRATIONS[0]?.from).toBe(0);
    LINK_MIGRATIONS.forEach((step, index) => {
      expect(step.to).toBe(step.from + 1);
      if (index > 0) expect(step.from).toBe(LINK_MIGRATIONS[index - 1]?.to);
    });
    expect(LINK_MIGRATIONS.at(-1)?.to).toBe(CURRENT_LINK_VERSION);
  });

  it('leave current-format parameters alone', () => {
    const params = [
      { key: 'it-is', value: 'Cost_Center', typedKey: 'it-is' },
      { key: 'needs', value: 'security;cloud', typedKey: 'needs' },
    ];
    expect(runMigrations(LINK_MIGRATIONS, params, CURRENT_LINK_VERSION, CURRENT_LINK_VERSION)).toEqual(params);
  });

  it('read a hand-typed link with underscores, true/false and loose separators', () => {
    const decoded = decode(
      '?employees=120&it_staff=2&needs=24x7+security;cloud%20Compliance&custom_apps=true&it_is=costcenter&msp_is=Partner',
    );
    expect(decoded.version).toBe(0);
    expect(decoded.fromLink).toBe(true);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.answers).toEqual({
      employees: 120,
      itStaff: 2,
      needs: ['after-hours', 'security', 'cloud', 'compliance'],
      needsAnswered: true,
      customApps: true,
      itIs: 'cost-center',
      mspIs: 'partner',
    });
  });

  it.each([
    ['custom_apps=1', { customApps: true }],
    ['custom_apps=0', { customApps: false }],
    ['custom_apps=FALSE', { customApps: false }],
    ['custom_apps=yes', { customApps: true }],
    ['it_is=cost_center', { itIs: 'cost-center' }],
    ['it-is=Capability', { itIs: 'capability' }],
    ['msp_is=cost_lever', { mspIs: 'cost-lever' }],
    ['needs=24/7', { needs: ['after-hours'] }],
    ['needs=projects;24x7', { needs: ['after-hours', 'projects'] }],
    ['needs=after_hours%2Bsecurity', { needs: ['after-hours', 'security'] }],
  ])('version 0: %s', (search, expected) => {
    const decoded = decode(search);
    expect(decoded.answers).toMatchObject(expected);
    expect(decoded.ignored).toEqual([]);
  });

  it('report what even the hand-typed format cannot use', () => {
    const decoded = decode('custom_apps=sometimes&needs=24x7;printers');
    expect(decoded.answers).toMatchObject({ customApps: null, needs: ['after-hours'] });
    expect(decoded.ignored).toEqual([
      { param: 'custom-apps', value: 'sometimes', reason: { code: 'one-of', choices: ['yes', 'no'] } },
      { param: 'needs', value: 'printers', reason: UNKNOWN_NEED },
    ]);
  });

  it('do not apply hand-typed spellings to current-format links', () => {
    const decoded = decode('v=1&it_staff=2&needs=24x7');
    expect(decoded.answers.itStaff).toBeNull();
    expect(decoded.ignored).toEqual([
      { param: 'it_staff', value: '2', reason: UNKNOWN },
      { param: 'needs', value: '24x7', reason: UNKNOWN_NEED },
    ]);
  });

  it('read a newer link as best they can and say so', () => {
    const decoded = decode('v=2&employees=50&it-staff=1&hologram=on');
    expect(decoded.version).toBe(2);
    expect(decoded.answers).toMatchObject({ employees: 50, itStaff: 1 });
    expect(decoded.ignored).toEqual([
      { param: 'v', value: '2', reason: { code: 'newer-version' } },
      { param: 'hologram', value: 'on', reason: UNKNOWN },
    ]);
  });

  it('treat an unreadable version as a hand-typed link', () => {
    const decoded = decode('v=1.0&it_staff=3&v=1');
    expect(decoded.version).toBe(0);
    expect(decoded.answers.itStaff).toBe(3);
    expect(decoded.ignored).toEqual([
      { param: 'v', value: '1.0', reason: NOT_WHOLE },
      { param: 'v', value: '1', reason: REPEATED },
    ]);
  });
});

describe('fuzzing', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({
      unit: fc.constantFrom(
        '%',
        '&',
        '=',
        '+',
        ';',
        ',',
        '?',
        '#',
        'v',
        '1',
        'E0',
        'A4',
        '\u0000',
        '\u202E',
        '\uD800',
        ' ',
      ),
      maxLength: 200,
    }),
  );

  it('never throws and always stays within limits for arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (search) => {
        expectWithinLimits(decode(search));
      }),
      { numRuns: 3000 },
    );
  });

  const knownKeys = [
    'v',
    'employees',
    'it-staff',
    'it_staff',
    'needs',
    'custom-apps',
    'custom_apps',
    'it-is',
    'it_is',
    'msp-is',
    'msp_is',
    'for',
    'utm_source',
    '__proto__',
  ];
  const interestingValues = [
    '',
    '0',
    '1',
    '-1',
    '2',
    '75',
    '100000',
    '100001',
    '1e3',
    '0x10',
    '12.5',
    'NaN',
    'Infinity',
    'yes',
    'no',
    'true',
    '0',
    'capability',
    'cost-center',
    'costcenter',
    'partner',
    'cost-lever',
    'none',
    'security,cloud',
    '24x7;projects',
    'after-hours,printers',
    '%E0%A4%A',
    '<script>',
    '\u0000\u202E',
    'x'.repeat(500),
  ];
  const pair = fc.tuple(
    fc.oneof(fc.constantFrom(...knownKeys), fc.string({ maxLength: 20 })),
    fc.oneof(fc.constantFrom(...interestingValues), fc.string({ unit: 'binary', maxLength: 100 })),
    fc.boolean(),
  );

  it('never throws and always stays within limits for arbitrary parameter lists', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 60 }), (pairs) => {
        const search = pairs
          .map(([key, value, escape]) =>
            escape
              ? `${encodeURIComponent(key.toWellFormed())}=${encodeURIComponent(value.toWellFormed())}`
              : `${key}=${value}`,
          )
          .join('&');
        expectWithinLimits(decode(search));
      }),
      { numRuns: 3000 },
    );
  });

  const validAnswers: fc.Arbitrary<AssessmentAnswers> = fc
    .record({
      employees: fc.option(fc.integer({ min: 1, max: 100_000 })),
      itStaff: fc.option(fc.integer({ min: 0, max: 10_000 })),
      needs: fc.option(fc.subarray([...NEEDS])),
      customApps: fc.option(fc.boolean()),
      itIs: fc.option(fc.constantFrom(...IT_ROLES)),
      mspIs: fc.option(fc.constantFrom(...PROVIDER_ROLES)),
    })
    .map(({ needs, ...rest }) => ({ ...rest, needs: needs ?? [], needsAnswered: needs !== null }));

  const cleanName = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
    .map((text) => text.replace(/\s+/gu, ' ').trim())
    .filter((text) => text !== '' && !/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u.test(text));

  it('round-trips arbitrary valid answers with a clean name exactly', () => {
    fc.assert(
      fc.property(validAnswers, fc.option(cleanName), (answers, name) => {
        const back = decode(encodeAssessmentQuery(answers, name));
        expect(back.answers).toEqual(answers);
        expect(back.preparedFor).toBe(name);
        expect(back.ignored).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns any name into one that survives further round trips unchanged', () => {
    fc.assert(
      fc.property(validAnswers, fc.string({ unit: 'binary', maxLength: 200 }), (answers, name) => {
        const back = decode(encodeAssessmentQuery(answers, name));
        expectWithinLimits(back);
        expect(back.answers).toEqual(answers);
        const again = decode(encodeAssessmentQuery(answers, back.preparedFor));
        expect(again.preparedFor).toBe(back.preparedFor);
      }),
      { numRuns: 2000 },
    );
  });

  it('re-encoding any decoded link gives a link that decodes to the same thing', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 30 }), (pairs) => {
        const search = pairs
          .map(
            ([key, value]) => `${encodeURIComponent(key.toWellFormed())}=${encodeURIComponent(value.toWellFormed())}`,
          )
          .join('&');
        const first = decode(search);
        const again = decode(encodeAssessmentQuery(first.answers, first.preparedFor));
        expect(again.answers).toEqual(first.answers);
        expect(again.preparedFor).toBe(first.preparedFor);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
