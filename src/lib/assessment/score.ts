import type { AnswerKey, CompleteAnswers } from './answers';
import type { Model } from './models';
import { rankModels } from './ranking';
import type { ScoringRules } from './rules-schema';
import { findTippingPoints, type TippingPoint } from './tipping-points';

export type { TippingPoint } from './tipping-points';

export interface Reason {
  model: Model;
  effect: 'for' | 'against';
  /** The answer that drove this reason, so the UI can point back at the question. */
  answer: AnswerKey;
  /** Plain text; the UI renders it as text, never as markup. */
  text: string;
  /** Root-relative link into the guide, taken from the rules file. */
  href: string;
}

export interface FitResult {
  recommendation: Model;
  /** 0..100 whole numbers; the recommendation always has the highest. */
  scores: Record<Model, number>;
  /** Recommended model first, then the others from best to worst fit; strongest effects first. */
  reasons: Reason[];
  tippingPoints: TippingPoint[];
}

/**
 * Weighs in-house, co-managed and fully managed IT against the answers. Deterministic: the same
 * answers and rules always give the same result; equal scores go by TIE_BREAK_ORDER.
 */
export function assessFit(answers: CompleteAnswers, rules: ScoringRules): FitResult {
  const { scores, recommendation, order, contributions } = rankModels(answers, rules);
  return {
    recommendation,
    scores,
    // The sort is stable: equally strong effects keep the order the factors found them in.
    reasons: [...contributions]
      .sort(
        (a, b) =>
          order.indexOf(a.model) - order.indexOf(b.model) || Math.abs(b.points) - Math.abs(a.points),
      )
      .map(({ points, ...reason }) => ({ ...reason, effect: points > 0 ? 'for' : 'against' })),
    tippingPoints: findTippingPoints(answers, rules, recommendation),
  };
}
