/**
 * Shareable estimator links: `?v=1&users=120&devices=180&scope=after-hours,patching&hours=20&term=3&adj=3&for=Acme%20Ltd`.
 *
 * Decoding is for links from anywhere (typed, pasted, mangled by mail clients, hostile),
 * so it never throws: anything it cannot use is left out of `inputs` and listed in
 * `ignored` with a reason the page can show. Each parameter is either taken whole or
 * ignored; nothing is clamped, so a link never silently means something else.
 */
import { normalizePartialInputs, normalizeScope, type EstimatorInputs } from './inputs';
import {
  CURRENT_LINK_VERSION,
  HAND_TYPED_LINK_VERSION,
  migrateToCurrent,
  type QueryPair,
} from './link-migrations';
import { INPUT_LIMITS, SCOPES, type Scope } from './scopes';

export { CURRENT_LINK_VERSION };

/** In UTF-16 units, like an HTML `maxlength`, so a form field and a link agree. */
export const PREPARED_FOR_MAX_LENGTH = 80;
/** The page lists what it ignored; past this many, more detail stops helping. */
export const MAX_IGNORED = 20;
/** Enough for every parameter several times over; more is junk or an attack. */
const MAX_PAIRS = 50;
/** A legitimate value is short; an 80-character name in 4-byte emoji encodes to 960. */
const MAX_RAW_VALUE_LENGTH = 2_000;
const PREVIEW_LENGTH = 40;

export interface IgnoredParam {
  param: string;
  /** What the link said, cleaned and cut to 40 characters for display. */
  value: string;
  reason: string;
}

export interface DecodedEstimatorQuery {
  inputs: Partial<EstimatorInputs>;
  preparedFor: string | null;
  ignored: IgnoredParam[];
  /** The format the link was read as: 0 for hand-typed links without `v`. */
  version: number;
  /** True when the link set at least one input or a prepared-for name. */
  fromLink: boolean;
}

/** Analytics and ad parameters are not mistakes, so they are skipped without a report. */
const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|msclkid|mc_cid|mc_eid)$/;

/** Invisible characters that can hide or reorder text: controls, bidi overrides, zero-width marks, lone surrogates. */
const INVISIBLE = /[\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

function cleanText(raw: string): string {
  return raw.replace(/\s+/gu, ' ').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Cuts to `length` UTF-16 units (what an HTML `maxlength` counts) without splitting a
 * character in two.
 */
function cutToLength(text: string, length: number): { text: string; cut: boolean } {
  if (text.length <= length) return { text, cut: false };
  let kept = '';
  for (const character of text) {
    if (kept.length + character.length > length) break;
    kept += character;
  }
  return { text: kept.trimEnd(), cut: true };
}

function preview(raw: string): string {
  // Clean only a bounded prefix: a 10 KB value should not cost a 10 KB regex pass.
  const cleaned = cleanText(raw.slice(0, PREVIEW_LENGTH * 4));
  const { text, cut } = cutToLength(cleaned, PREVIEW_LENGTH - 1);
  return cut || raw.length > PREVIEW_LENGTH * 4 ? `${text}…` : cleaned;
}

function sanitizeName(raw: string): { name: string | null; cut: boolean } {
  const { text, cut } = cutToLength(cleanText(raw), PREPARED_FOR_MAX_LENGTH);
  return { name: text === '' ? null : text, cut };
}

/**
 * The prospect's name for "Prepared for …": whitespace collapsed, invisible characters
 * removed, at most 80 characters, null when nothing readable is left. It is still
 * untrusted text: render it as text, never as HTML.
 */
export function sanitizePreparedFor(raw: unknown): string | null {
  return typeof raw === 'string' ? sanitizeName(raw).name : null;
}

class IgnoredList {
  readonly entries: IgnoredParam[] = [];

  add(param: string, value: string, reason: string): void {
    if (this.entries.length < MAX_IGNORED) {
      this.entries.push({ param: preview(param), value: preview(value), reason });
    }
  }
}

function decodeComponent(raw: string): string | null {
  try {
    // `+` is a space in query strings (what forms and URLSearchParams produce).
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function splitQuery(search: string, ignored: IgnoredList): QueryPair[] {
  const chunks = search.replace(/^\?/, '').split('&').filter((chunk) => chunk !== '');
  if (chunks.length > MAX_PAIRS) {
    ignored.add('(link)', `${chunks.length} parameters`, `too many parameters; only the first ${MAX_PAIRS} were read`);
  }
  const pairs: QueryPair[] = [];
  for (const chunk of chunks.slice(0, MAX_PAIRS)) {
    const equals = chunk.indexOf('=');
    const rawKey = equals === -1 ? chunk : chunk.slice(0, equals);
    const rawValue = equals === -1 ? '' : chunk.slice(equals + 1);
    const key = decodeComponent(rawKey);
    if (key === null) {
      ignored.add(rawKey, rawValue, 'the parameter name is not valid percent-encoding');
      continue;
    }
    const typedKey = key.trim();
    if (rawValue.length > MAX_RAW_VALUE_LENGTH) {
      ignored.add(typedKey, rawValue, 'too long to be a real value');
      continue;
    }
    const value = decodeComponent(rawValue);
    if (value === null) {
      ignored.add(typedKey, rawValue, 'not valid percent-encoding');
      continue;
    }
    pairs.push({ key: typedKey.toLowerCase(), value, typedKey });
  }
  return pairs;
}

/** Reads `v` and removes it; every later `v` is reported as a repeat. */
function takeVersion(pairs: QueryPair[], ignored: IgnoredList): { version: number; rest: QueryPair[] } {
  const versionPairs = pairs.filter((pair) => pair.key === 'v');
  const rest = pairs.filter((pair) => pair.key !== 'v');
  for (const repeat of versionPairs.slice(1)) {
    ignored.add(repeat.typedKey, repeat.value, 'repeated; the first value was used');
  }
  const first = versionPairs[0];
  if (first === undefined) return { version: HAND_TYPED_LINK_VERSION, rest };
  const written = first.value.trim();
  if (/^\d{1,3}$/.test(written) && Number(written) <= CURRENT_LINK_VERSION) {
    return { version: Number(written), rest };
  }
  // A newer or garbled version: reading it as the current format keeps what still fits.
  ignored.add(first.typedKey, first.value, `unknown link version; read as version ${CURRENT_LINK_VERSION}`);
  return { version: CURRENT_LINK_VERSION, rest };
}

type Reading<Value> = { ok: true; value: Value } | { ok: false; reason: string };

const formatCount = (value: number): string => value.toLocaleString('en-US');

function readWholeNumber(raw: string, limit: { min: number; max: number }): Reading<number> {
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

function isScope(item: string): item is Scope {
  return (SCOPES as readonly string[]).includes(item);
}

/**
 * An empty `scope=` means tier-1 help only. A list where nothing is recognised leaves
 * scope unset (the page keeps its default) rather than quietly emptying it.
 */
function readScope(pair: QueryPair, ignored: IgnoredList): Scope[] | undefined {
  const items = pair.value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0) return [];
  for (const item of items.filter((candidate) => !isScope(candidate))) {
    ignored.add(pair.typedKey, item, `unknown scope item; known items are ${SCOPES.join(', ')}`);
  }
  const known = items.filter(isScope);
  return known.length === 0 ? undefined : normalizeScope(known);
}

interface DecodeState {
  inputs: Partial<EstimatorInputs>;
  preparedFor: string | null;
  ignored: IgnoredList;
}

function applyReading<Value>(
  pair: QueryPair,
  reading: Reading<Value>,
  ignored: IgnoredList,
  apply: (value: Value) => void,
): void {
  if (reading.ok) apply(reading.value);
  else ignored.add(pair.typedKey, pair.value, reading.reason);
}

function readPair(pair: QueryPair, state: DecodeState): void {
  const { inputs, ignored } = state;
  switch (pair.key) {
    case 'users':
      return applyReading(pair, readWholeNumber(pair.value, INPUT_LIMITS.users), ignored, (value) => {
        inputs.users = value;
      });
    case 'devices':
      return applyReading(pair, readWholeNumber(pair.value, INPUT_LIMITS.devices), ignored, (value) => {
        inputs.devices = value;
      });
    case 'hours':
      return applyReading(pair, readWholeNumber(pair.value, INPUT_LIMITS.hoursPerMonth), ignored, (value) => {
        inputs.hoursPerMonth = value;
      });
    case 'term':
      return applyReading(pair, readTerm(pair.value), ignored, (value) => {
        inputs.termYears = value;
      });
    case 'adj':
      return applyReading(pair, readPercent(pair.value), ignored, (value) => {
        inputs.annualAdjustmentPercent = value;
      });
    case 'scope': {
      const scope = readScope(pair, ignored);
      if (scope !== undefined) inputs.scope = scope;
      return;
    }
    case 'for': {
      const { name, cut } = sanitizeName(pair.value);
      if (name === null && pair.value.trim() !== '') ignored.add(pair.typedKey, pair.value, 'no readable text');
      if (cut) ignored.add(pair.typedKey, pair.value, `shortened to ${PREPARED_FOR_MAX_LENGTH} characters`);
      state.preparedFor = name;
      return;
    }
    default:
      if (!TRACKING_PARAM.test(pair.key)) ignored.add(pair.typedKey, pair.value, 'not an estimator setting');
  }
}

/** Reads a query string (with or without the leading `?`). Never throws. */
export function decodeEstimatorQuery(search: string): DecodedEstimatorQuery {
  const ignored = new IgnoredList();
  const text = typeof search === 'string' ? search : '';
  const { version, rest } = takeVersion(splitQuery(text, ignored), ignored);
  const pairs = version < CURRENT_LINK_VERSION ? migrateToCurrent(rest, version) : rest;

  const state: DecodeState = { inputs: {}, preparedFor: null, ignored };
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (seen.has(pair.key)) {
      ignored.add(pair.typedKey, pair.value, 'repeated; the first value was used');
      continue;
    }
    seen.add(pair.key);
    readPair(pair, state);
  }
  return {
    inputs: state.inputs,
    preparedFor: state.preparedFor,
    ignored: ignored.entries,
    version,
    fromLink: Object.keys(state.inputs).length > 0 || state.preparedFor !== null,
  };
}

/**
 * Writes the current format (no leading `?`). Inputs are normalised first, so whatever
 * this writes, decodeEstimatorQuery reads back unchanged. It needs no rate card: a field
 * that is missing or not a finite number is left out of the link, and the page that
 * opens it fills the gap from its own defaults (completeInputs).
 */
export function encodeEstimatorQuery(inputs: Partial<EstimatorInputs>, preparedFor?: string | null): string {
  const normalized = normalizePartialInputs(inputs);
  const parts = [`v=${CURRENT_LINK_VERSION}`];
  if (normalized.users !== undefined) parts.push(`users=${normalized.users}`);
  if (normalized.devices !== undefined) parts.push(`devices=${normalized.devices}`);
  // Commas stay literal: the list is easier to read and to type by hand.
  if (normalized.scope !== undefined) parts.push(`scope=${normalized.scope.map(encodeURIComponent).join(',')}`);
  if (normalized.hoursPerMonth !== undefined) parts.push(`hours=${normalized.hoursPerMonth}`);
  if (normalized.termYears !== undefined) parts.push(`term=${normalized.termYears}`);
  if (normalized.annualAdjustmentPercent !== undefined) {
    parts.push(`adj=${String(normalized.annualAdjustmentPercent)}`);
  }
  const name = sanitizePreparedFor(preparedFor);
  if (name !== null) parts.push(`for=${encodeURIComponent(name)}`);
  return parts.join('&');
}
