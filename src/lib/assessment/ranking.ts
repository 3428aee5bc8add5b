import type { ScorableAnswers } from './answers';
import { applyDecisionRules, type Verdict } from './decision-rules';
import { coreGapNeeds, collectContributions, type Contribution } from './factors';
import { MODELS, TIE_BREAK_ORDER, type Model } from './models';
import type { ScoringRules } from './rules-schema';

export interface Ranking {
  /** 0..100 fit per model; the recommendation always has the highest. */
  scores: Record<Model, number>;
  recommendation: Model;
  /** Models from best to worst fit (the recommendation first). */
  order: Model[];
  contributions: Contribution[];
  verdict: Verdict;
}

/**
 * Picks a model: the decision rules first (a rule that names a model decides; a rule that rules
 * one out holds whatever the weights say), then the weights rank what the rules leave open.
 * Ties go by TIE_BREAK_ORDER.
 */
export function rankModels(answers: ScorableAnswers, rules: ScoringRules): Ranking {
  const contributions = collectContributions(answers, rules);
  const verdict = applyDecisionRules(answers, rules.decisionRules, coreGapNeeds(rules));
  const raw = Object.fromEntries(MODELS.map((model) => [model, rules.baseScore])) as Record<Model, number>;
  for (const { model, points } of contributions) raw[model] += points;
  const decided = verdict.decidedBy?.recommend;
  const standing = (model: Model) => (model === decided ? 2 : verdict.ruledOut.has(model) ? 0 : 1);
  // The sort is stable, so equal points keep TIE_BREAK_ORDER.
  const order = [...TIE_BREAK_ORDER].sort((a, b) => standing(b) - standing(a) || raw[b] - raw[a]);
  const recommendation = order[0]!;
  const scores = {} as Record<Model, number>;
  for (const model of order) {
    // Raw points can run past 0..100 when many answers agree. A tanh curve centred on the base
    // score keeps strong fits near, but short of, 100, and never changes which model is ahead.
    const score = Math.round(50 + 50 * Math.tanh((raw[model] - rules.baseScore) / 50));
    // A rule outranks the weights, so a model it put behind shows a lower score, never an equal one.
    const putBehind = decided !== undefined || verdict.ruledOut.has(model);
    scores[model] =
      model === recommendation ? score : Math.max(0, Math.min(score, scores[recommendation]! - (putBehind ? 1 : 0)));
  }
  return { scores, recommendation, order, contributions, verdict };
}
