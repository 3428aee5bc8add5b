/*
 * The estimator's inputs: normalising and defaults (the start from the fit assessment is in
 * assessment-prefill.ts, which loads only when there are answers to start from).
 * Browser code imports this file, so the rate card is always a parameter; importing
 * ./rate-card here would ship zod and the data file to the island.
 */
import type { RateCard } from './rate-card-schema';
import { INPUT_LIMITS, SCOPES, type InputLimit, type Scope } from './scopes';

export { INPUT_LIMITS, SCOPES, type Scope };

export type TermYears = 1 | 2 | 3;

/** Everything the estimator needs from the visitor. */
export interface EstimatorInputs {
  /** People the MSP supports. */
  users: number;
  /** Endpoints under management. */
  devices: number;
  /** What the MSP owns beyond tier-1 help; order follows SCOPES. */
  scope: Scope[];
  /** Hours of MSP engineer time a month (drives the block-hours model). */
  hoursPerMonth: number;
  termYears: TermYears;
  /** Price rise each contract year, in percent (3 means 3%). */
  annualAdjustmentPercent: number;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clampWhole(value: number, limit: InputLimit): number {
  return Math.min(limit.max, Math.max(limit.min, Math.round(value)));
}

function isScope(value: unknown): value is Scope {
  return (SCOPES as readonly unknown[]).includes(value);
}

/** Known scope items only, each once, in the canonical SCOPES order. */
export function normalizeScope(scope: readonly unknown[]): Scope[] {
  const chosen = new Set(scope.filter(isScope));
  return SCOPES.filter((item) => chosen.has(item));
}

function toTermYears(value: number): TermYears {
  return value === 1 || value === 2 ? value : 3;
}

/**
 * The card-free half of normalising: brings every usable field inside the limits
 * (whole numbers clamped, the adjustment kept to hundredths of a percent, unknown scope
 * dropped) and leaves out fields that are missing or not finite numbers. It needs no
 * defaults, so the link encoder uses it and simply writes no parameter for a field it
 * cannot use; the page that opens the link fills the gap from its own rate card.
 */
export function normalizePartialInputs(candidate: Partial<EstimatorInputs>): Partial<EstimatorInputs> {
  const normalized: Partial<EstimatorInputs> = {};
  const { users, devices, scope, hoursPerMonth, termYears, annualAdjustmentPercent } = candidate;
  if (isFiniteNumber(users)) normalized.users = clampWhole(users, INPUT_LIMITS.users);
  if (isFiniteNumber(devices)) normalized.devices = clampWhole(devices, INPUT_LIMITS.devices);
  if (Array.isArray(scope)) normalized.scope = normalizeScope(scope);
  if (isFiniteNumber(hoursPerMonth)) normalized.hoursPerMonth = clampWhole(hoursPerMonth, INPUT_LIMITS.hoursPerMonth);
  if (isFiniteNumber(termYears)) normalized.termYears = toTermYears(clampWhole(termYears, INPUT_LIMITS.termYears));
  if (isFiniteNumber(annualAdjustmentPercent)) {
    const limit = INPUT_LIMITS.annualAdjustmentPercent;
    normalized.annualAdjustmentPercent =
      Math.round(Math.min(limit.max, Math.max(limit.min, annualAdjustmentPercent)) * 100) / 100;
  }
  return normalized;
}

/**
 * Brings any candidate inside the limits (see normalizePartialInputs) and takes missing
 * or non-finite fields from `fallback`, usually `defaultInputsFrom(card)`. The estimator
 * calls this, so it never sees NaN or Infinity.
 */
export function normalizeInputs(
  candidate: Partial<EstimatorInputs>,
  fallback: Readonly<EstimatorInputs>,
): EstimatorInputs {
  const given = normalizePartialInputs(candidate);
  return {
    users: given.users ?? fallback.users,
    devices: given.devices ?? fallback.devices,
    scope: given.scope ?? [...fallback.scope],
    hoursPerMonth: given.hoursPerMonth ?? fallback.hoursPerMonth,
    termYears: given.termYears ?? fallback.termYears,
    annualAdjustmentPercent: given.annualAdjustmentPercent ?? fallback.annualAdjustmentPercent,
  };
}

/** Devices for a head count when the visitor has not said, using the rate card's ratio. */
export function devicesForUsers(users: number, card: RateCard): number {
  const devices = users * card.defaults.devicesPerUser.value;
  return isFiniteNumber(devices) ? clampWhole(devices, INPUT_LIMITS.devices) : INPUT_LIMITS.devices.min;
}

/**
 * The estimator's starting point; every value comes from the rate card's `defaults`.
 * A fresh object on each call, so a caller may change it freely.
 */
export function defaultInputsFrom(card: RateCard): EstimatorInputs {
  const { defaults } = card;
  return {
    users: defaults.users.value,
    devices: devicesForUsers(defaults.users.value, card),
    scope: normalizeScope(defaults.scope.value),
    hoursPerMonth: defaults.hoursPerMonth.value,
    termYears: toTermYears(defaults.termYears.value),
    annualAdjustmentPercent: defaults.annualAdjustmentPercent.value,
  };
}

/**
 * Fills what a shared link or a form left out. When users are given but devices are
 * not, devices follow users (rather than staying at the default for 100 users).
 */
export function completeInputs(partial: Partial<EstimatorInputs>, card: RateCard): EstimatorInputs {
  const fallback = defaultInputsFrom(card);
  const users = normalizeInputs({ users: partial.users ?? fallback.users }, fallback).users;
  return normalizeInputs({ devices: devicesForUsers(users, card), ...partial }, fallback);
}
