import type { AnswerKey, ItRole, Need, ProviderRole, ScorableAnswers } from './answers';
import type { Model } from './models';

/**
 * The published rules of the fit assessment, as data (src/data/assessment-rules.json,
 * `decisionRules`). The page renders its "How the assessment decides" table from the same list
 * this module applies, so the two cannot disagree.
 */

/** Inclusive bounds; a missing side is open. */
export interface CountRange {
  min?: number | undefined;
  max?: number | undefined;
}

/** What a company must look like for a rule to apply; every condition given must hold. */
export interface RuleConditions {
  employees?: CountRange | undefined;
  itStaff?: CountRange | undefined;
  /** How many gaps were named, of any kind. */
  gaps?: CountRange | undefined;
  /** How many of the core gaps (the needs marked `isCoreGap`) were named. */
  coreGaps?: CountRange | undefined;
  /** At least one of these needs was named. */
  needsAny?: Need[] | undefined;
  customApps?: boolean | undefined;
  itIs?: ItRole | undefined;
  mspIs?: ProviderRole | undefined;
}

export interface DecisionRule {
  id: string;
  when: RuleConditions;
  /** The model this rule names, unless an earlier rule decided or ruled it out. */
  recommend?: Model | undefined;
  /** Models this rule rules out, whatever the weights say. */
  exclude?: Model[] | undefined;
  /** Why the rule holds, in plain text: shown in the table and as the deciding reason. */
  why: string;
  /** Key of the guide link that explains it (the rules file's `guideLinks`). */
  guideLink: string;
}

/** Which answers each condition reads, in the order a reader would name them. */
const CONDITION_ANSWERS: Record<keyof RuleConditions, AnswerKey> = {
  employees: 'employees',
  itStaff: 'itStaff',
  gaps: 'needs',
  coreGaps: 'needs',
  needsAny: 'needs',
  customApps: 'customApps',
  itIs: 'itIs',
  mspIs: 'mspIs',
};

/** The answers a rule looks at, without repeats: the answers a deciding reason quotes. */
export const answersReadBy = (when: RuleConditions): AnswerKey[] => [
  ...new Set((Object.keys(when) as (keyof RuleConditions)[]).map((key) => CONDITION_ANSWERS[key])),
];

const inRange = (value: number, { min, max }: CountRange) =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

/**
 * True when every condition holds. A condition on a question not answered yet does not hold:
 * an unanswered question adds nothing, neither for a rule nor against one.
 */
export function ruleApplies(when: RuleConditions, answers: ScorableAnswers, coreGapNeeds: readonly Need[]): boolean {
  const { needs } = answers;
  const checks: boolean[] = [];
  if (when.employees) checks.push(inRange(answers.employees, when.employees));
  if (when.itStaff) checks.push(inRange(answers.itStaff, when.itStaff));
  if (when.gaps) checks.push(needs !== null && inRange(needs.length, when.gaps));
  if (when.coreGaps) {
    checks.push(needs !== null && inRange(needs.filter((need) => coreGapNeeds.includes(need)).length, when.coreGaps));
  }
  if (when.needsAny) checks.push(needs !== null && when.needsAny.some((need) => needs.includes(need)));
  if (when.customApps !== undefined) checks.push(answers.customApps === when.customApps);
  if (when.itIs) checks.push(answers.itIs === when.itIs);
  if (when.mspIs) checks.push(answers.mspIs === when.mspIs);
  return checks.every(Boolean);
}

export interface Verdict {
  /** The rule that named the recommendation, or null when the weights decide among the rest. */
  decidedBy: DecisionRule | null;
  /** Each model ruled out, with the first rule that ruled it out. */
  ruledOut: Map<Model, DecisionRule>;
}

/**
 * Reads the rules top to bottom. A rule that rules models out holds whatever comes after it; the
 * first rule that names a model still in play decides, and nothing below it is read. So a rule's
 * place in the list is its precedence where two rules meet.
 */
export function applyDecisionRules(
  answers: ScorableAnswers,
  rules: readonly DecisionRule[],
  coreGapNeeds: readonly Need[],
): Verdict {
  const ruledOut = new Map<Model, DecisionRule>();
  for (const rule of rules) {
    if (!ruleApplies(rule.when, answers, coreGapNeeds)) continue;
    for (const model of rule.exclude ?? []) if (!ruledOut.has(model)) ruledOut.set(model, rule);
    if (rule.recommend && !ruledOut.has(rule.recommend)) return { decidedBy: rule, ruledOut };
  }
  return { decidedBy: null, ruledOut };
}
