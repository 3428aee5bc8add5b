import { unansweredKeys, type AnswerKey, type OptionalAnswerKey, type ScorableAnswers } from './answers';
import { answersReadBy, type DecisionRule } from './decision-rules';
import type { Model } from './models';
import { rankModels } from './ranking';
import type { GuideLinkKey, ScoringRules } from './rules-schema';
import { findTippingPoints, type TippingPoint } from './tipping-points';

export type { TippingPoint } from './tipping-points';

export interface Reason {
  model: Model;
  effect: 'for' | 'against';
  /** The answers that drove this reason, so the UI can quote them back. */
  answers: AnswerKey[];
  /** Plain text; the UI renders it as text, never as markup. */
  text: string;
  /** Root-relative link into the guide, taken from the rules file. */
  href: string;
  /** Set when a published decision rule, not a weight, gives this reason. */
  rule?: string;
}

export interface FitResult {
  recommendation: Model;
  /** 0..100 whole numbers; the recommendation always has the highest. */
  scores: Record<Model, number>;
  /** The decision rule that named the recommendation; null when the weights chose it. */
  decidedBy: string | null;
  /** Models a decision rule ruled out. */
  ruledOut: Model[];
  /**
   * Recommended model first, then the others from best to worst fit; for each, the rules that
   * decided or ruled it out come first, then the strongest weights.
   */
  reasons: Reason[];
  tippingPoints: TippingPoint[];
  /** Questions not answered yet: they added nothing, and any of them could change the result. */
  unanswered: OptionalAnswerKey[];
}

const ruleReason = (rule: DecisionRule, model: Model, effect: Reason['effect'], rules: ScoringRules): Reason => ({
  model,
  effect,
  answers: answersReadBy(rule.when),
  text: rule.why,
  href: rules.guideLinks[rule.guideLink as GuideLinkKey],
  rule: rule.id,
});

/**
 * Weighs in-house, co-managed and fully managed IT against the answers given so far.
 * Deterministic: the same answers and rules always give the same result.
 */
export function assessFit(answers: ScorableAnswers, rules: ScoringRules): FitResult {
  const { scores, recommendation, order, contributions, verdict } = rankModels(answers, rules);
  const byModel = (a: { model: Model }, b: { model: Model }) => order.indexOf(a.model) - order.indexOf(b.model);
  const decisive: Reason[] = [
    ...(verdict.decidedBy ? [ruleReason(verdict.decidedBy, recommendation, 'for', rules)] : []),
    ...[...verdict.ruledOut].map(([model, rule]) => ruleReason(rule, model, 'against', rules)),
  ];
  return {
    recommendation,
    scores,
    decidedBy: verdict.decidedBy?.id ?? null,
    ruledOut: [...verdict.ruledOut.keys()],
    // Both sorts are stable: equal entries keep the order the rules and factors found them in.
    reasons: [
      ...decisive.sort(byModel),
      ...[...contributions]
        .sort((a, b) => byModel(a, b) || Math.abs(b.points) - Math.abs(a.points))
        .map(({ points, ...reason }): Reason => ({ ...reason, effect: points > 0 ? 'for' : 'against' })),
    ].sort(byModel),
    tippingPoints: findTippingPoints(answers, rules, recommendation),
    unanswered: unansweredKeys(answers),
  };
}
