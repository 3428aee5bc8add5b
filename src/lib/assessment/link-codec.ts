import {
  canonicalNeeds,
  EMPLOYEE_LIMITS,
  EMPTY_ANSWERS,
  IT_ROLES,
  IT_STAFF_LIMITS,
  isValidEmployees,
  isValidItStaff,
  NEEDS,
  PROVIDER_ROLES,
  type AssessmentAnswers,
  type Need,
} from './answers';
import { CURRENT_LINK_VERSION, migrateToCurrent, type QueryPair } from './link-migrations';
import { forDisplay, MAX_PREPARED_FOR_LENGTH, sanitizePreparedFor, toPlainLine } from './link-text';

/**
 * Shareable assessment links: `?v=1&employees=120&it-staff=2&needs=after-hours,security
 * &custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Dental`. Parameter names are read
 * case-insensitively. Decoding never throws: whatever cannot be used is left unanswered and
 * listed in `ignored` with a plain reason.
 */

export const LINK_PARAMS = [
  'v',
  'employees',
  'it-staff',
  'needs',
  'custom-apps',
  'it-is',
  'msp-is',
  'for',
] as const;
type LinkParam = (typeof LINK_PARAMS)[number];

/** At most this many problems are listed, so a 10 KB link cannot flood the page. */
export const MAX_IGNORED_REPORTED = 20;

/**
 * Added by mail and ad tools rather than by whoever shared the link: dropped without a report,
 * since the visitor can do nothing about them.
 */
const TRACKING_PARAM =
  /^(?:utm_[a-z0-9_]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|ttclid|li_fat_id|igshid|yclid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok)$/;

export interface IgnoredParam {
  param: string;
  /** Shortened to 40 characters for display. */
  value: string;
  reason: string;
}

export interface DecodedAssessmentLink {
  answers: AssessmentAnswers;
  /** Plain text for "Prepared for …"; at most 80 characters, no control characters. */
  preparedFor: string | null;
  ignored: IgnoredParam[];
  /** Problems beyond MAX_IGNORED_REPORTED that were counted but not listed. */
  moreIgnored: number;
  /** The format version the link declared; 0 for hand-typed links without `v`. */
  version: number;
  /** True when the link carried any assessment parameter at all. */
  fromLink: boolean;
}

const REASONS = {
  repeated: 'repeated; the first value was used',
  unknown: 'unknown parameter',
  notWhole: 'not a whole number',
  empty: 'no value given',
  newer: 'newer format version; read as best it can be',
  unknownNeed: 'unknown need',
  noneWithOthers: '"none" cannot be combined with other needs',
  shortened: `longer than ${MAX_PREPARED_FOR_LENGTH} characters; shortened`,
  unreadable: 'no readable text',
} as const;

class IgnoredList {
  readonly entries: IgnoredParam[] = [];
  overflow = 0;

  add(param: string, value: string, reason: string): void {
    if (this.entries.length >= MAX_IGNORED_REPORTED) {
      this.overflow += 1;
      return;
    }
    this.entries.push({ param: forDisplay(param), value: forDisplay(value), reason });
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

function isLinkParam(key: string): key is LinkParam {
  return (LINK_PARAMS as readonly string[]).includes(key);
}

function readPairs(search: string | null | undefined): QueryPair[] {
  let query = typeof search === 'string' ? search : '';
  if (query.startsWith('?')) query = query.slice(1);
  const hash = query.indexOf('#');
  if (hash >= 0) query = query.slice(0, hash);
  // URLSearchParams never throws: broken percent-escapes come back as U+FFFD.
  return [...new URLSearchParams(query)]
    .map(([key, value]): QueryPair => [key.trim().toLowerCase(), value])
    .filter(([key, value]) => !TRACKING_PARAM.test(key) && (key !== '' || value !== ''));
}

/** Plain decimal digits only: no exponents, hex, fractions or "Infinity". */
function parseCount(raw: string, limits: { min: number; max: number }): Parsed<number> {
  const text = raw.trim();
  if (text === '') return fail(REASONS.empty);
  const match = /^(-?)(\d+)$/.exec(text);
  const digits = match?.[2];
  if (match === null || digits === undefined) return fail(REASONS.notWhole);
  const magnitude = digits.length > 15 ? Number.POSITIVE_INFINITY : Number(digits);
  const value = match[1] === '-' && magnitude !== 0 ? -magnitude : magnitude;
  if (value < limits.min || value > limits.max) {
    return fail(`must be between ${limits.min} and ${limits.max}`);
  }
  return { ok: true, value };
}

function parseChoice<T extends string>(raw: string, choices: readonly T[]): Parsed<T> {
  const text = raw.trim();
  if (text === '') return fail(REASONS.empty);
  const choice = choices.find((candidate) => candidate === text);
  return choice === undefined
    ? fail(`must be ${choices.join(' or ')}`)
    : { ok: true, value: choice };
}

/** `none` (or an empty value) is the answer "none of these". */
function readNeeds(raw: string, ignored: IgnoredList): Need[] | null {
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0 || (items.length === 1 && items[0] === 'none')) return [];
  const chosen: Need[] = [];
  for (const item of items) {
    const need = NEEDS.find((candidate) => candidate === item);
    if (need !== undefined) chosen.push(need);
    else ignored.add('needs', item, item === 'none' ? REASONS.noneWithOthers : REASONS.unknownNeed);
  }
  return chosen.length > 0 ? canonicalNeeds(chosen) : null;
}

interface VersionRead {
  version: number;
  declared: boolean;
  rest: QueryPair[];
}

function readVersion(pairs: QueryPair[], ignored: IgnoredList): VersionRead {
  let version: number | null = null;
  let declared = false;
  const rest: QueryPair[] = [];
  for (const [key, value] of pairs) {
    if (key !== 'v') {
      rest.push([key, value]);
      continue;
    }
    if (declared) {
      ignored.add(key, value, REASONS.repeated);
      continue;
    }
    declared = true;
    const text = value.trim();
    if (!/^\d{1,9}$/.test(text)) {
      ignored.add(key, value, text === '' ? REASONS.empty : REASONS.notWhole);
      continue;
    }
    version = Number(text);
    if (version > CURRENT_LINK_VERSION) ignored.add(key, value, REASONS.newer);
  }
  return { version: version ?? 0, declared, rest };
}

interface Reading {
  answers: AssessmentAnswers;
  preparedFor: string | null;
}

function applyParam(
  key: Exclude<LinkParam, 'v'>,
  raw: string,
  into: Reading,
  ignored: IgnoredList,
) {
  const report = (reason: string) => ignored.add(key, raw, reason);
  const { answers } = into;
  switch (key) {
    case 'employees': {
      const parsed = parseCount(raw, EMPLOYEE_LIMITS);
      if (parsed.ok) answers.employees = parsed.value;
      else report(parsed.reason);
      return;
    }
    case 'it-staff': {
      const parsed = parseCount(raw, IT_STAFF_LIMITS);
      if (parsed.ok) answers.itStaff = parsed.value;
      else report(parsed.reason);
      return;
    }
    case 'needs': {
      const needs = readNeeds(raw, ignored);
      if (needs !== null) {
        answers.needs = needs;
        answers.needsAnswered = true;
      }
      return;
    }
    case 'custom-apps': {
      const parsed = parseChoice(raw, ['yes', 'no'] as const);
      if (parsed.ok) answers.customApps = parsed.value === 'yes';
      else report(parsed.reason);
      return;
    }
    case 'it-is': {
      const parsed = parseChoice(raw, IT_ROLES);
      if (parsed.ok) answers.itIs = parsed.value;
      else report(parsed.reason);
      return;
    }
    case 'msp-is': {
      const parsed = parseChoice(raw, PROVIDER_ROLES);
      if (parsed.ok) answers.mspIs = parsed.value;
      else report(parsed.reason);
      return;
    }
    case 'for': {
      const name = sanitizePreparedFor(raw);
      if (name === '') report(raw.trim() === '' ? REASONS.empty : REASONS.unreadable);
      else if (toPlainLine(raw).length > MAX_PREPARED_FOR_LENGTH) report(REASONS.shortened);
      into.preparedFor = name === '' ? null : name;
      return;
    }
  }
}

/** Reads an assessment link's query string (with or without the leading "?"). Never throws. */
export function decodeAssessmentQuery(search: string | null | undefined): DecodedAssessmentLink {
  const ignored = new IgnoredList();
  const { version, declared, rest } = readVersion(readPairs(search), ignored);
  const pairs = migrateToCurrent(rest, Math.min(version, CURRENT_LINK_VERSION));
  const reading: Reading = { answers: { ...EMPTY_ANSWERS, needs: [] }, preparedFor: null };
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    if (!isLinkParam(key) || key === 'v') {
      ignored.add(key, value, REASONS.unknown);
      continue;
    }
    if (seen.has(key)) {
      ignored.add(key, value, REASONS.repeated);
      continue;
    }
    seen.add(key);
    applyParam(key, value, reading, ignored);
  }
  return {
    ...reading,
    ignored: ignored.entries,
    moreIgnored: ignored.overflow,
    version,
    fromLink: declared || seen.size > 0,
  };
}

/**
 * The query string (no leading "?") for a shareable link, parameters always in the same order.
 * Unanswered or out-of-range answers are left out; `needs=none` records "none of these".
 */
export function encodeAssessmentQuery(
  answers: Readonly<AssessmentAnswers>,
  preparedFor?: string | null,
): string {
  const params: string[] = [`v=${CURRENT_LINK_VERSION}`];
  if (answers.employees !== null && isValidEmployees(answers.employees)) {
    params.push(`employees=${answers.employees}`);
  }
  if (answers.itStaff !== null && isValidItStaff(answers.itStaff)) {
    params.push(`it-staff=${answers.itStaff}`);
  }
  const needs = canonicalNeeds(answers.needs);
  if (answers.needsAnswered || needs.length > 0) {
    params.push(`needs=${needs.length > 0 ? needs.join(',') : 'none'}`);
  }
  if (answers.customApps !== null) params.push(`custom-apps=${answers.customApps ? 'yes' : 'no'}`);
  if (answers.itIs !== null && IT_ROLES.includes(answers.itIs))
    params.push(`it-is=${answers.itIs}`);
  if (answers.mspIs !== null && PROVIDER_ROLES.includes(answers.mspIs)) {
    params.push(`msp-is=${answers.mspIs}`);
  }
  const name = sanitizePreparedFor(preparedFor ?? '');
  if (name !== '') params.push(`for=${encodeURIComponent(name)}`);
  return params.join('&');
}
