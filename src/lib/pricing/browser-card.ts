/*
 * The rate card as the estimator island receives it. Props are serialised into the page's
 * HTML, so reasoning the island never shows (it explains the starting inputs, the suggestion
 * thresholds and the users per employee, which the page prints beside the island) stays out.
 * tests/unit/pricing/browser-card.test.ts checks that every estimate is unchanged by this.
 */
import type { RateCard } from './rate-card-schema';

function withoutReasoning<Value extends { reasoning: string }>(entry: Value): Value {
  return { ...entry, reasoning: '' };
}

export function browserRateCard(card: RateCard): RateCard {
  const { defaults, suggestion, assessment } = card;
  return {
    ...card,
    defaults: {
      users: withoutReasoning(defaults.users),
      devicesPerUser: withoutReasoning(defaults.devicesPerUser),
      scope: withoutReasoning(defaults.scope),
      hoursPerMonth: withoutReasoning(defaults.hoursPerMonth),
      termYears: withoutReasoning(defaults.termYears),
      // Shown with the estimate while the reader keeps the default adjustment.
      annualAdjustmentPercent: defaults.annualAdjustmentPercent,
    },
    suggestion: {
      deviceRatioFactor: withoutReasoning(suggestion.deviceRatioFactor),
      heavyProjectHours: withoutReasoning(suggestion.heavyProjectHours),
      perUserWhy: suggestion.perUserWhy,
    },
    assessment: {
      usersPerEmployee: withoutReasoning(assessment.usersPerEmployee),
    },
  };
}
