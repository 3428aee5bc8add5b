/*
 * Writes tests/fixtures/link-corpus.json: a few thousand links of every format the three tools
 * have ever read (current, hand-typed version 0, damaged, hostile) with what each decodes to
 * today. tests/unit/links/link-corpus.test.ts replays them, so a refactor of the link code
 * cannot change what a link a salesperson sent years ago opens. Re-run only on purpose, through
 * vitest (which resolves the site's extension-less imports):
 *   CAPTURE_LINK_CORPUS=1 npx vitest run --config tooling/capture-link-corpus.config.ts
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { decodeAssessmentQuery } from '../src/lib/assessment/link-codec';
import { decodeEstimatorQuery } from '../src/lib/pricing/link-codec';
import { decodeMatrixLink, encodeMatrixLink } from '../src/lib/handoff/link-codec';
import { readMatrixDocument } from '../src/lib/handoff/json-codec';
import { shippedRowNames } from '../src/lib/handoff-copy/copy';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Eevil\u200B',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  'a'.repeat(300),
  '１２０',
  ' 120 ',
  '1e3',
  '-5',
  '0x10',
  'NaN',
  '',
  '12.5',
];
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const pairs = (names: fc.Arbitrary<string>, values: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(names, values), { maxLength: 10 })
    .map((list) => list.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'));
const withVersion = (query: fc.Arbitrary<string>) =>
  fc
    .tuple(
      pick(['v=1&', '', 'v=0&', 'v=2&', 'v=abc&', 'v=1&v=2&']),
      query,
      pick(['', '&utm_source=mail', '&fbclid=x', '&gclid=1&utm_medium=e']),
    )
    .map(([version, rest, tracking]) => `${version}${rest}${tracking}`);

const assessmentQuery = withVersion(
  pairs(
    pick([
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
      'EMPLOYEES',
      'bogus',
    ]),
    fc.oneof(
      pick(['120', '1', '0', '49', '50', '75', '100', '1500', '100000', '100001', '2', '5', '6', '10000', '10001']),
      pick([
        'after-hours',
        'after-hours,security',
        'none',
        'security,cloud,compliance,projects',
        '24x7;cloud',
        'after_hours+projects',
        'cloud, ,security',
        'unknown,security',
      ]),
      pick([
        'yes',
        'no',
        'true',
        'false',
        '1',
        'capability',
        'cost-center',
        'cost_center',
        'partner',
        'cost-lever',
        'Cost Lever',
      ]),
      pick(['Acme Freight', 'Northwind & Sons', 'Zoë Ltd']),
      pick(HOSTILE),
    ),
  ),
);

const estimatorQuery = withVersion(
  pairs(
    pick([
      'users',
      'user',
      'seats',
      'devices',
      'endpoints',
      'scope',
      'hours',
      'term',
      'adj',
      'years',
      'for',
      'Users',
      'bogus',
    ]),
    fc.oneof(
      pick(['120', '1', '180', '0', '20', '3', '2', '25', '26', '100000', '1000000', '2000', '2001']),
      pick([
        'after-hours,patching,security',
        'backup',
        'projects',
        'after_hours;backup',
        'none',
        'patching,unknown',
        'security, backup',
      ]),
      pick(['Acme', 'Zoë GmbH']),
      pick(HOSTILE),
    ),
  ),
);

const sample = (arbitrary: fc.Arbitrary<string>, count: number, seed: number) => [
  ...new Set(fc.sample(arbitrary, { numRuns: count, seed })),
];

it.runIf(process.env.CAPTURE_LINK_CORPUS)('captures the link corpus', async () => {
  const assessment = sample(assessmentQuery, 700, 8).map((query) => ({ query, decoded: decodeAssessmentQuery(query) }));
  const estimator = sample(estimatorQuery, 700, 9).map((query) => ({ query, decoded: decodeEstimatorQuery(query) }));

  /** Planner links: real ones made from plans, then the same damaged. */
  const plans = [
    { version: 1, internalTeam: 'Acme IT', mspName: 'Example MSP', date: '2026-11-30', rows: [] },
    {
      version: 1,
      internalTeam: '<b>x</b>',
      mspName: '',
      date: '',
      rows: [
        { key: 'backup-dr', owner: 'msp' },
        { key: 'user-facing-it', owner: 'shared', lead: 'internal' },
      ],
    },
  ];
  const handoff: { query: string; decoded: unknown }[] = [];
  for (const plan of plans) {
    const read = readMatrixDocument({ format: 'co-managed-it/handoff-matrix', ...plan }, 'link', shippedRowNames);
    if (!read.ok) continue;
    const link = await encodeMatrixLink(read.matrix, shippedRowNames);
    // encodeMatrixLink gives the query without its "?" (v=1&m=…): slicing from indexOf('?'),
    // which is -1 then, kept only the link's last character. Take what follows a "?" if there
    // is one, else the whole, and write it as the address bar has it.
    const query = `?${link.slice(link.indexOf('?') + 1)}`;
    for (const damaged of [
      query,
      query.slice(0, -5),
      query.replace('v=1', 'v=9'),
      query.replace('m=', 'm=%%'),
      `${query}&utm_source=x`,
      '?v=1&m=',
      '?m=abc',
      '?v=1',
    ]) {
      handoff.push({ query: damaged, decoded: await decodeMatrixLink(damaged, shippedRowNames) });
    }
  }

  writeFileSync(
    'tests/fixtures/link-corpus.json',
    // One link a line, so a diff of the file shows which links changed.
    `{"capturedFrom": "the link codecs before the shared link layer (issue 9)",\n${Object.entries({
      assessment,
      estimator,
      handoff,
    })
      .map(([tool, links]) => `"${tool}": [\n${links.map((link) => JSON.stringify(link)).join(',\n')}\n]`)
      .join(',\n')}\n}\n`,
  );
  console.log(
    `captured ${assessment.length} assessment, ${estimator.length} estimator and ${handoff.length} planner links`,
  );
});
