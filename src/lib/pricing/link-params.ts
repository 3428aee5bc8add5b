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
import { preparedForParam } from '../links/prepared-for';
import type { ReasonCode, SetAsideReason } from '../links/reasons';
import { normalizeScope, type EstimatorInputs } from './inputs';
import { CURRENT_LINK_VERSION, LINK_MIGRATIONS } from './link-migrations';
import { INPUT_LIMITS, SCOPES, type InputLimit, type Scope } from './scopes';

export interface EstimatorLinkState {
  inputs: Partial<EstimatorInputs>;
  preparedFor: string | null;
}

/** Every reason an estimator link can set a value aside for: the estimator's copy words each. */
export const ESTIMATOR_LINK_REASONS = [
  'repeated',
  'unknown-param',
  'too-many-params',
  'too-long',
  'broken-name',
  'broken-value',
  'unknown-version',
  'whole-number-range',
  'one-of',
  'percent-range',
  'unknown-item',
  'no-readable-text',
  'shortened',
] as const satisfies readonly ReasonCode[];
export type EstimatorLinkReason = SetAsideReason<(typeof ESTIMATOR_LINK_REASONS)[number]>;

type Param = LinkParam<EstimatorLinkState, EstimatorLinkReason>;

/** Enough for every parameter several times over; more is junk or an attack. */
const MAX_PAIRS = 50;

type Reading<Value> = { ok: true; value: Value } | { ok: false; reason: EstimatorLinkReason };

function readWholeNumber(raw: string, limit: InputLimit): Reading<number> {
  const text = raw.trim();
  const reason = { code: 'whole-number-range', ...limit } as const;
  // Digits only: rejects 1e3, 0x10, 12.5, -4, Infinity and NaN before Number() sees them.
  if (!/^\d{1,15}$/.test(text)) return { ok: false, reason };
  const value = Number(text);
  return value >= limit.min && value <= limit.max ? { ok: true, value } : { ok: false, reason };
}

/** The contract terms a link may carry, in years: what the reader accepts and the reason lists. */
const TERMS = ['1', '2', '3'];

function readTerm(raw: string): Reading<1 | 2 | 3> {
  const text = raw.trim();
  return TERMS.includes(text)
    ? { ok: true, value: Number(text) as 1 | 2 | 3 }
    : { ok: false, reason: { code: 'one-of', choices: TERMS } };
}

function readPercent(raw: string): Reading<number> {
  const text = raw.trim();
  const limit = INPUT_LIMITS.annualAdjustmentPercent;
  const reason = { code: 'percent-range', ...limit, decimals: 2 } as const;
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
      setAside(item, { code: 'unknown-item', known: SCOPES });
    }
    const known = items.filter(isScope);
    if (known.length > 0) inputs.scope = normalizeScope(known);
  },
  write: ({ inputs }) => (inputs.scope === undefined ? undefined : writeCommaList(inputs.scope)),
};

const UNKNOWN_VERSION = { code: 'unknown-version', readAs: String(CURRENT_LINK_VERSION) } as const;

export const ESTIMATOR_LINK_FORMAT: LinkFormat<EstimatorLinkState, EstimatorLinkReason> = {
  // A newer or garbled version is read as the current format, which keeps what still fits.
  version: { current: CURRENT_LINK_VERSION, maxDigits: 3, unreadable: 'current', newer: 'current' },
  migrations: LINK_MIGRATIONS,
  params: [
    count('users', 'users'),
    count('devices', 'devices'),
    scope,
    count('hours', 'hoursPerMonth'),
    numberInput('term', 'termYears', { kind: 'one-of', values: TERMS }, readTerm),
    numberInput(
      'adj',
      'annualAdjustmentPercent',
      { kind: 'percent', ...INPUT_LIMITS.annualAdjustmentPercent, decimals: 2 },
      readPercent,
    ),
    // An empty `for=` means no name.
    preparedForParam<EstimatorLinkState>(null),
  ],
  readQuery: readQueryWithLimits({
    maxPairs: MAX_PAIRS,
    // A legitimate value is short; an 80-character name in 4-byte emoji encodes to 960.
    maxValueLength: 2_000,
  }),
  nameSetAsideAs: 'typed',
  versionReasons: { unreadable: () => UNKNOWN_VERSION, newer: UNKNOWN_VERSION },
  emptyState: () => ({ inputs: {}, preparedFor: null }),
};
