import type { CompleteAnswers, Need } from './answers';
import type { AssessmentRules } from './rules-schema';
import type { FitResult } from './score';
import type { HandOverByGap } from '../work/work-by-gap';

// The ids live in their own module so the copy schema can list them without importing the split
// (which imports the rules schema, which imports the copy schema).
export { ALWAYS_INTERNAL, FUNCTION_IDS, MSP_CAPABLE } from './vocabulary';
export type { FunctionId, HandoffRiskId, MspCapableFunction } from './vocabulary';
import { FUNCTION_IDS, HANDOFF_RISK_IDS, MSP_CAPABLE, type FunctionId, type HandoffRiskId } from './vocabulary';

export interface SplitItem {
  id: FunctionId;
  label: string;
  /** Why it sits on this side, in plain text. */
  note: string;
}

export interface SplitSuggestion {
  internal: SplitItem[];
  msp: SplitItem[];
  internalHref: string;
  mspHref: string;
}

type Wording = Pick<AssessmentRules, 'copy' | 'guideLinks'>;

/** What the split reads of the rules: its wording and its two guide links (all the planner is sent). */
export interface SplitWording {
  copy: Pick<AssessmentRules['copy'], 'split'>;
  guideLinks: Pick<AssessmentRules['guideLinks'], 'internal-keeps' | 'msp-owns'>;
}

/**
 * Who keeps what under co-managed IT, given the gaps the MSP is there to fill and the work each
 * gap hands over (the one mapping the estimator and the planner read too).
 */
export function splitForNeeds(
  needs: readonly Need[],
  customApps: boolean,
  { copy: { split: say }, guideLinks }: SplitWording,
  handOver: HandOverByGap,
): SplitSuggestion {
  const handedOver = MSP_CAPABLE.filter((id) => needs.some((need) => handOver[need]?.includes(id)));
  const item = (id: FunctionId, note: string): SplitItem => ({ id, label: say.labels[id], note });
  const keeps: Partial<Record<FunctionId, string>> = say.keeps;
  return {
    internal: FUNCTION_IDS.filter((id) => !(handedOver as FunctionId[]).includes(id)).map((id) =>
      item(
        id,
        id === 'line-of-business-apps' && customApps
          ? say.keepsWithCustomApps
          : id === 'compliance-ownership' && needs.includes('compliance')
            ? say.keepsWithCompliance
            : (keeps[id] ?? say.keepsNotAGap),
      ),
    ),
    msp: handedOver.map((id) => item(id, say.owns[id])),
    internalHref: guideLinks['internal-keeps'],
    mspHref: guideLinks['msp-owns'],
  };
}

/** The split for a co-managed recommendation; null when another model was recommended. */
export function suggestSplit(
  answers: CompleteAnswers,
  result: Pick<FitResult, 'recommendation'>,
  rules: Wording,
  handOver: HandOverByGap,
): SplitSuggestion | null {
  return result.recommendation === 'co-managed'
    ? splitForNeeds(answers.needs, answers.customApps, rules, handOver)
    : null;
}

export interface HandoffRisk {
  id: HandoffRiskId;
  title: string;
  /** What goes wrong, in plain text. */
  failure: string;
  /** The contract clause that prevents it. */
  guard: string;
  /** The text of the link to the guide. */
  more: string;
  href: string;
}

/** The three ways a co-managed handoff usually breaks, each with the clause that guards it. */
export const handoffRisks = ({ copy, guideLinks }: Wording): HandoffRisk[] =>
  HANDOFF_RISK_IDS.map((id) => ({ id, ...copy.risks[id], href: guideLinks[id] }));
