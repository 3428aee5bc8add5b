/* What one changed field does to the estimator's inputs; browser code imports it, so the card is a parameter. */
import { devicesForUsers, type EstimatorInputs } from './inputs';
import type { RateCard } from './rate-card-schema';

export type NumberInputKey = 'users' | 'devices' | 'hoursPerMonth' | 'annualAdjustmentPercent';

/**
 * The change to store when the reader sets a number. Devices follow users at the card's usual
 * ratio until the reader sets a device count of their own (a count that no longer matches it).
 */
export function numberChange(
  key: NumberInputKey,
  value: number,
  current: EstimatorInputs,
  card: RateCard,
): Partial<EstimatorInputs> {
  if (key === 'users' && current.devices === devicesForUsers(current.users, card)) {
    return { users: value, devices: devicesForUsers(value, card) };
  }
  return { [key]: value };
}
