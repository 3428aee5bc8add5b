import type { CompleteAnswers } from './answers';
import { collectContributions, type Contribution } from './factors';
import { MODELS, TIE_BREAK_ORDER, type Model } from './models';
import type { ScoringRules } from './rules-schema';

export interface Ranking {
  /** 0..100 fit per model; the recommendation always has the highest. */
  scores: Record<Model, number>;
  recommendation: Model;
  /** Models from best to worst fit (the recommendation first). */
  order: Model[];
  contributions: Contribution[];
}

/** Scores the three models and picks one; ties go by TIE_BREAK_ORDER. */
export function rankModels(answers: CompleteAnswers, rules: ScoringRules): Ranking {
  const contributions = collectContributions(answers, rules);
  const raw = Object.fromEntries(MODELS.map((model) => [model, rules.baseScore])) as Record<Model, number>;
  for (const { model, points } of contributions) raw[model] += points;
  // Models that depend on an internal IT team cannot work when there is none.
  const workable = (model: Model) => answers.itStaff > 0 || model === 'fully-managed';
  // Workable models first, then by points; the sort is stable, so ties keep TIE_BREAK_ORDER.
  const order = [...TIE_BREAK_ORDER].sort((a, b) => +workable(b) - +workable(a) || raw[b] - raw[a]);
  const recommendation = order[0]!;
  const scores = {} as Record<Model, number>;
  for (const model of order) {
    // Raw points can run past 0..100 when many answers agree. A tanh curve centred on the base
    // score keeps strong fits near, but short of, 100, and never changes which model is ahead.
    const score = Math.round(50 + 50 * Math.tanh((raw[model] - rules.baseScore) / 50));
    // Tuned weights could let an unworkable model outscore the workable one; keep it visibly behind.
    scores[model] = workable(model) ? score : Math.max(0, Math.min(score, scores[recommendation] - 1));
  }
  return { scores, recommendation, order, contributions };
}
