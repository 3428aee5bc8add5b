/*
 * The estimator's derived results (stores/estimator.ts) as the island reads them: what a reader
 * sees change when an input changes through the store's actions.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browserRateCard } from '../../../src/lib/pricing/browser-card';
import { estimatePricing } from '../../../src/lib/pricing/estimate';
import { EMPTY_ESTIMATE_STATE } from '../../../src/lib/pricing/estimator-state';
import { defaultInputsFrom } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import {
  $estimator,
  estimateResults,
  resetEstimate,
  setEstimatePreparedFor,
  updateEstimate,
} from '../../../src/stores/estimator';

const card = browserRateCard(rateCard);
const START = defaultInputsFrom(rateCard);
const perUserHigh = (estimate: ReturnType<typeof estimatePricing>) => estimate.models['per-user'].monthly.high;

/** The results as the island has them once the page has opened. */
function opened() {
  const results = estimateResults(card, 'en-US');
  results.open();
  return results;
}

beforeEach(() => $estimator.set(EMPTY_ESTIMATE_STATE));

describe('the estimator results', () => {
  it('price the starting inputs until the page opens, whatever this browser saved, as the server did', () => {
    $estimator.set({ inputs: { users: 300 }, preparedFor: 'Acme' });
    const results = estimateResults(card, 'en-US');
    expect(results.$inputs.get()).toEqual(START);
    expect(perUserHigh(results.$estimate.get())).toBe(perUserHigh(estimatePricing(START, rateCard)));
    expect(results.$shareQuery.get()).not.toContain('for=');
    results.open();
    expect(results.$inputs.get().users).toBe(300);
    expect(results.$shareQuery.get()).toContain('users=300');
    expect(results.$shareQuery.get()).toContain('for=Acme');
  });

  it('re-price when the reader changes the users, with devices following them, and tell whoever listens', () => {
    const { $estimate, $inputs } = opened();
    const seen: number[] = [];
    const stop = $estimate.listen((estimate) => seen.push(estimate.inputs.users));
    updateEstimate({ users: 250 });
    stop();
    expect(seen).toEqual([250]);
    expect($inputs.get().devices).toBe(375);
    expect(perUserHigh($estimate.get())).toBe(
      perUserHigh(estimatePricing({ ...START, users: 250, devices: 375 }, rateCard)),
    );
    expect(perUserHigh($estimate.get())).toBeGreaterThan(perUserHigh(estimatePricing(START, rateCard)));
  });

  it('suggest block hours once the reader adds heavy project work, and per device when devices outrun users', () => {
    const { $suggestion } = opened();
    expect($suggestion.get().model).toBe('per-user');
    updateEstimate({ scope: [...START.scope, 'projects'], hoursPerMonth: card.suggestion.heavyProjectHours.value });
    expect($suggestion.get().model).toBe('block-hours');
    resetEstimate();
    updateEstimate({ devices: START.users * 10 });
    expect($suggestion.get().model).toBe('per-device');
  });

  it('keep the share link in step with the name and with a reset', () => {
    const { $shareQuery } = opened();
    const starting = $shareQuery.get();
    setEstimatePreparedFor('Acme Ltd');
    updateEstimate({ termYears: 1 });
    expect($shareQuery.get()).toContain('term=1');
    expect(new URLSearchParams($shareQuery.get()).get('for')).toBe('Acme Ltd');
    resetEstimate();
    expect($shareQuery.get()).toBe(starting);
  });
});
