import type { CompleteAnswers } from './answers';
import { collectContributions, type Contribution } from './factors';
import { MODELS, TIE_BREAK_ORDER, type Model } from './models';
import type { AssessmentRules } from './rules-schema';

export interface Ranking {
  /** 0..100 fit per model; the recommendation always has the highest. */
  scores: Record<Model, number>;
  recommendation: Model;
  /** Models from best to worst fit (the recommendation first). */
  order: Model[];
  contributions: Contribution[];
}

/**
 * Raw points can run past 0..100 when many answers agree. A tanh curve centred on the neutral
 * base score keeps strong fits near, but short of, 100 so two strong models rarely show the same
 * capped number, and it never changes which model is ahead.
 */
function toFitScore(rawPoints: number, baseScore: number): number {
  const spread = 50;
  return Math.round(50 + 50 * Math.tanh((rawPoints - baseScore) / spread));
}

/** Models that depend on an internal IT team cannot work when there is none. */
function isWorkable(model: Model, answers: CompleteAnswers): boolean {
  return answers.itStaff > 0 || model === 'fully-managed';
}

/** Scores the three models and picks one; ties go by TIE_BREAK_ORDER. */
export function rankModels(answers: CompleteAnswers, rules: AssessmentRules): Ranking {
  const contributions = collectContributions(answers, rules);
  const raw = Object.fromEntries(MODELS.map((model) => [model, rules.baseScore])) as Record<
    Model,
    number
  >;
  for (const { model, points } of contributions) raw[model] += points;

  const order = [...TIE_BREAK_ORDER].sort(
    (a, b) =>
      Number(isWorkable(b, answers)) - Number(isWorkable(a, answers)) ||
      raw[b] - raw[a] ||
      TIE_BREAK_ORDER.indexOf(a) - TIE_BREAK_ORDER.indexOf(b),
  );
  const recommendation = order[0] ?? 'fully-managed';

  const scores = Object.fromEntries(
    MODELS.map((model) => [model, toFitScore(raw[model], rules.baseScore)]),
  ) as Record<Model, number>;
  // Tuned weights could let an unworkable model outscore the workable one; keep it visibly behind.
  for (const model of MODELS) {
    if (!isWorkable(model, answers)) {
      scores[model] = Math.max(0, Math.min(scores[model], scores[recommendation] - 1));
    }
  }
  return { scores, recommendation, order, contributions };
}
