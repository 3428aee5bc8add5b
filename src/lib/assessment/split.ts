import type { CompleteAnswers, Need } from './answers';
import type { AssessmentRules } from './rules-schema';
import type { FitResult } from './score';
import type { HandOverByGap } from '../work/work-by-gap';

/** Work clients almost never hand over, whatever the contract says. */
export const ALWAYS_INTERNAL = [
  'strategy-budget',
  'user-facing-it',
  'line-of-business-apps',
  'compliance-ownership',
  'vendor-relationships',
] as const;

/**
 * Work an MSP can own. Which gap hands which of these over is data, in src/data/gap-to-work.json,
 * read by the split, the estimator and the planner alike (see src/lib/work/work-by-gap.ts).
 */
export const MSP_CAPABLE = [
  'after-hours-tier1',
  'patching-rmm',
  'backup-dr',
  'security-operations',
  'cloud-platform',
  'compliance-evidence',
  'project-capacity',
] as const;

export type MspCapableFunction = (typeof MSP_CAPABLE)[number];

/** Stable ids for slices of IT work; the handoff planner stores and links these, so never rename one. */
export type FunctionId = (typeof ALWAYS_INTERNAL)[number] | MspCapableFunction;
export const FUNCTION_IDS: readonly FunctionId[] = [...ALWAYS_INTERNAL, ...MSP_CAPABLE];

/**
 * The gaps that hand `id` to the MSP, in the mapping's order (the order the assessment asks
 * about them). Read from the mapping's keys so the planner's browser code needs no more imports.
 */
const gapsHandingOver = (id: MspCapableFunction, handOver: HandOverByGap): Need[] =>
  (Object.keys(handOver) as Need[]).filter((need) => handOver[need].includes(id));

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

export const HANDOFF_RISK_IDS = ['double-ticket-loop', 'incident-ownership', 'scope-drift'] as const;
export type HandoffRiskId = (typeof HANDOFF_RISK_IDS)[number];

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

/**
 * Shows a piece of static markup when any of its `when` tokens, or none of its `unless` tokens,
 * is among the active ones (the needs named, plus "custom-apps" when there are custom apps).
 */
export interface Condition {
  when?: string;
  unless?: string;
}

export interface PlanItem extends Condition {
  id: FunctionId;
  label: string;
  /** One of these shows, by its condition. */
  notes: ({ text: string } & Condition)[];
}

/**
 * Every item of the split with the condition that puts it on its side, so the page can render
 * the split once, at build time, and the island only shows and hides (see visibility.ts).
 * Unit tests check that it agrees with splitForNeeds for every combination of answers.
 */
export function splitPlan({ copy: { split: say } }: Wording, handOver: HandOverByGap) {
  const triggers = (id: MspCapableFunction) => gapsHandingOver(id, handOver).join(' ');
  const item = (id: FunctionId, notes: PlanItem['notes'], condition: Condition = {}): PlanItem => ({
    id,
    label: say.labels[id],
    notes,
    ...condition,
  });
  return {
    internal: [
      ...ALWAYS_INTERNAL.map((id) =>
        item(
          id,
          id === 'line-of-business-apps'
            ? [{ text: say.keepsWithCustomApps, when: 'custom-apps' }, { text: say.keeps[id], unless: 'custom-apps' }]
            : id === 'compliance-ownership'
              ? [{ text: say.keepsWithCompliance, when: 'compliance' }, { text: say.keeps[id], unless: 'compliance' }]
              : [{ text: say.keeps[id] }],
        ),
      ),
      ...MSP_CAPABLE.map((id) => item(id, [{ text: say.keepsNotAGap }], { unless: triggers(id) })),
    ],
    msp: MSP_CAPABLE.map((id) => item(id, [{ text: say.owns[id] }], { when: triggers(id) })),
    /** "Nothing yet" shows while no need hands anything over. */
    nothing: { unless: [...new Set(MSP_CAPABLE.flatMap((id) => gapsHandingOver(id, handOver)))].join(' ') },
  };
}
