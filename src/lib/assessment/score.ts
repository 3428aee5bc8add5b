import type { AnswerKey, CompleteAnswers } from './answers';
import type { Model } from './models';
import { rankModels } from './ranking';
import type { AssessmentRules } from './rules-schema';
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
export function assessFit(answers: CompleteAnswers, rules: AssessmentRules): FitResult {
  const { scores, recommendation, order, contributions } = rankModels(answers, rules);
  const reasons = contributions
    .map((contribution, index) => ({ contribution, index }))
    .sort(
      (a, b) =>
        order.indexOf(a.contribution.model) - order.indexOf(b.contribution.model) ||
        Math.abs(b.contribution.points) - Math.abs(a.contribution.points) ||
        a.index - b.index,
    )
    .map(({ contribution: { model, points, answer, text, href } }): Reason => ({
      model,
      effect: points > 0 ? 'for' : 'against',
      answer,
      text,
      href,
    }));
  return {
    recommendation,
    scores,
    reasons,
    tippingPoints: findTippingPoints(answers, rules, recommendation),
  };
}
