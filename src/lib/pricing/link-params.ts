/**
 * The estimator's link format as a table:
 * `?v=1&users=120&devices=180&scope=after-hours,patching&hours=20&term=3&adj=3&for=Acme%20Ltd`.
 * Each parameter is either taken whole or set aside with a reason; nothing is clamped, so a
 * link never silently means something else. src/lib/links runs the table, and /link-help/ and
 * the README check are drawn from it.
 */
import { readCommaList, writeCommaList } from '../links/comma-list';
import { readQueryWithLimits } from '../links/capped-query';
import type { AllowedValues, LinkFormat, LinkParam } from '../links/link-format';
import { MAX_PREPARED_FOR_LENGTH, preparedForParam } from '../links/prepared-for';
import { normalizeScope, type EstimatorInputs } from './inputs';
import { CURRENT_LINK_VERSION, LINK_MIGRATIONS } from './link-migrations';
import { INPUT_LIMITS, SCOPES, type InputLimit, type Scope } from './scopes';

export interface EstimatorLinkState {
  inputs: Partial<EstimatorInputs>;
  preparedFor: string | null;
}
type Param = LinkParam<EstimatorLinkState>;

/** Enough for every parameter several times over; more is junk or an attack. */
const MAX_PAIRS = 50;

type Reading<Value> = { ok: true; value: Value } | { ok: false; reason: string };

const formatCount = (value: number): string => value.toLocaleString('en-US');

function readWholeNumber(raw: string, limit: InputLimit): Reading<number> {
  const text = raw.trim();
  const reason = `must be a whole number from ${formatCount(limit.min)} to ${formatCount(limit.max)}, written in digits`;
  // Digits only: rejects 1e3, 0x10, 12.5, -4, Infinity and NaN before Number() sees them.
  if (!/^\d{1,15}$/.test(text)) return { ok: false, reason };
  const value = Number(text);
  return value >= limit.min && value <= limit.max ? { ok: true, value } : { ok: false, reason };
}

function readTerm(raw: string): Reading<1 | 2 | 3> {
  const text = raw.trim();
  if (text === '1' || text === '2' || text === '3') return { ok: true, value: Number(text) as 1 | 2 | 3 };
  return { ok: false, reason: 'must be 1, 2 or 3 (years)' };
}

function readPercent(raw: string): Reading<number> {
  const text = raw.trim();
  const limit = INPUT_LIMITS.annualAdjustmentPercent;
  const reason = `must be a percentage from ${limit.min} to ${limit.max}, with at most two decimals`;
  if (!/^\d{1,2}(?:\.\d{1,2})?$/.test(text)) return { ok: false, reason };
  const value = Number(text);
  return value >= limit.min && value <= limit.max ? { ok: true, value } : { ok: false, reason };
}

/** A number input, written as JavaScript writes the number. */
function numberInput<Field extends 'users' | 'devices' | 'hoursPerMonth' | 'termYears' | 'annualAdjustmentPercent'>(
  name: string,
  field: Field,
  values: AllowedValues,
  read: (raw: string) => Reading<EstimatorInputs[Field]>,
): Param {
  return {
    name,
    values,
    read(value, { inputs }, setAside) {
      const reading = read(value);
      if (reading.ok) inputs[field] = reading.value;
      else setAside(value, reading.reason);
    },
    write: ({ inputs }) => (inputs[field] === undefined ? undefined : String(inputs[field])),
  };
}

const count = (name: string, field: 'users' | 'devices' | 'hoursPerMonth') =>
  numberInput(name, field, { kind: 'whole-number', ...INPUT_LIMITS[field] }, (raw) =>
    readWholeNumber(raw, INPUT_LIMITS[field]),
  );

const isScope = (item: string): item is Scope => (SCOPES as readonly string[]).includes(item);

/**
 * An empty `scope=` means tier-1 help only. A list where nothing is recognised leaves scope
 * unset (the page keeps its default) rather than quietly emptying it.
 */
const scope: Param = {
  name: 'scope',
  values: { kind: 'list', items: SCOPES, none: '' },
  read(value, { inputs }, setAside) {
    const items = readCommaList(value);
    if (items.length === 0) {
      inputs.scope = [];
      return;
    }
    for (const item of items.filter((candidate) => !isScope(candidate))) {
      setAside(item, `unknown scope item; known items are ${SCOPES.join(', ')}`);
    }
    const known = items.filter(isScope);
    if (known.length > 0) inputs.scope = normalizeScope(known);
  },
  write: ({ inputs }) => (inputs.scope === undefined ? undefined : writeCommaList(inputs.scope)),
};

const UNKNOWN_VERSION = `unknown link version; read as version ${CURRENT_LINK_VERSION}`;

export const ESTIMATOR_LINK_FORMAT: LinkFormat<EstimatorLinkState> = {
  // A newer or garbled version is read as the current format, which keeps what still fits.
  version: { current: CURRENT_LINK_VERSION, maxDigits: 3, unreadable: 'current', newer: 'current' },
  migrations: LINK_MIGRATIONS,
  params: [
    count('users', 'users'),
    count('devices', 'devices'),
    scope,
    count('hours', 'hoursPerMonth'),
    numberInput('term', 'termYears', { kind: 'one-of', values: ['1', '2', '3'] }, readTerm),
    numberInput(
      'adj',
      'annualAdjustmentPercent',
      { kind: 'percent', ...INPUT_LIMITS.annualAdjustmentPercent, decimals: 2 },
      readPercent,
    ),
    preparedForParam({
      unreadable: 'no readable text',
      shortened: `shortened to ${MAX_PREPARED_FOR_LENGTH} characters`,
    }),
  ],
  readQuery: readQueryWithLimits({
    maxPairs: MAX_PAIRS,
    // A legitimate value is short; an 80-character name in 4-byte emoji encodes to 960.
    maxValueLength: 2_000,
    tooManyPairs: (count) => [
      '(link)',
      `${count} parameters`,
      `too many parameters; only the first ${MAX_PAIRS} were read`,
    ],
    tooLong: 'too long to be a real value',
    brokenName: 'the parameter name is not valid percent-encoding',
    brokenValue: 'not valid percent-encoding',
  }),
  nameSetAsideAs: 'typed',
  wording: {
    repeated: 'repeated; the first value was used',
    unknownParam: 'not an estimator setting',
    unreadableVersion: () => UNKNOWN_VERSION,
    newerVersion: UNKNOWN_VERSION,
  },
  emptyState: () => ({ inputs: {}, preparedFor: null }),
};
