import type { CompleteAnswers, Need } from './answers';
import type { AssessmentRules, GuideLinks } from './rules-schema';
import type { FitResult } from './score';

/** Stable ids for slices of IT work; the handoff planner stores and links these, so never rename one. */
export const FUNCTION_IDS = [
  'strategy-budget',
  'user-facing-it',
  'line-of-business-apps',
  'compliance-ownership',
  'vendor-relationships',
  'after-hours-tier1',
  'patching-rmm',
  'backup-dr',
  'security-operations',
  'cloud-platform',
  'compliance-evidence',
  'project-capacity',
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

export const FUNCTION_LABELS: Readonly<Record<FunctionId, string>> = {
  'strategy-budget': 'Strategy and budget',
  'user-facing-it': 'User-facing IT',
  'line-of-business-apps': 'Line-of-business apps',
  'compliance-ownership': 'Compliance ownership',
  'vendor-relationships': 'Vendor relationships',
  'after-hours-tier1': 'After-hours monitoring and tier-1',
  'patching-rmm': 'Patching and RMM',
  'backup-dr': 'Backup and disaster recovery',
  'security-operations': 'Security operations',
  'cloud-platform': 'Cloud platform depth',
  'compliance-evidence': 'Compliance evidence library',
  'project-capacity': 'Project capacity',
};

/** Work clients almost never hand over, whatever the contract says. */
export const ALWAYS_INTERNAL: readonly FunctionId[] = [
  'strategy-budget',
  'user-facing-it',
  'line-of-business-apps',
  'compliance-ownership',
  'vendor-relationships',
];

const MSP_CAPABLE = [
  'after-hours-tier1',
  'patching-rmm',
  'backup-dr',
  'security-operations',
  'cloud-platform',
  'compliance-evidence',
  'project-capacity',
] as const satisfies readonly FunctionId[];
type MspCapableFunction = (typeof MSP_CAPABLE)[number];

/** Work an MSP can own, and the needs that make it worth handing over. */
export const MSP_FUNCTION_TRIGGERS: Readonly<Record<MspCapableFunction, readonly Need[]>> = {
  'after-hours-tier1': ['after-hours'],
  'patching-rmm': ['after-hours', 'security'],
  'backup-dr': ['security', 'compliance'],
  'security-operations': ['security'],
  'cloud-platform': ['cloud'],
  'compliance-evidence': ['compliance'],
  'project-capacity': ['projects'],
};

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

function internalNote(id: FunctionId, needs: readonly Need[], customApps: boolean): string {
  switch (id) {
    case 'strategy-budget':
      return 'The roadmap, renewals and purchase orders stay with you; the MSP may advise, but it does not sign.';
    case 'user-facing-it':
      return 'Onboarding, offboarding, executive support and walk-up emergencies stay with the people your users already know.';
    case 'line-of-business-apps':
      return customApps
        ? 'Your custom apps depend on knowledge an MSP would need a long ramp to build.'
        : 'Business applications stay with the team that knows how the company uses them.';
    case 'compliance-ownership':
      return needs.includes('compliance')
        ? 'Auditors want a named internal owner for the controls: the MSP supplies the evidence, your team owns the result.'
        : 'Auditors expect a named internal owner for controls such as SOC 2 or HIPAA.';
    case 'vendor-relationships':
      return 'Renewals, billing disputes and refresh negotiations stay yours; the MSP may run the project, you sign.';
    default:
      return 'You did not name this as a gap, so your team keeps it.';
  }
}

const MSP_NOTES: Readonly<Record<MspCapableFunction, string>> = {
  'after-hours-tier1':
    'Phones after hours, overnight alert triage and simple tickets closed without paging your staff.',
  'patching-rmm': 'The MSP runs the agent, the patch rings and patch failures; your team gets a report.',
  'backup-dr': 'Daily backup checks, regular restore tests and the ransomware runbook.',
  'security-operations':
    'EDR tuning, SIEM monitoring, vulnerability scans and an after-hours incident-response retainer.',
  'cloud-platform': 'The cloud depth your team lacks, from tenant administration to cloud infrastructure.',
  'compliance-evidence': 'The MSP builds and keeps the audit evidence library while your team runs operations.',
  'project-capacity':
    'Projects your team never gets to, such as a Microsoft 365 clean-up, an Intune rollout or a network refresh.',
};

function item(id: FunctionId, note: string): SplitItem {
  return { id, label: FUNCTION_LABELS[id], note };
}

/** Who keeps what under co-managed IT, given the gaps the MSP is there to fill. */
export function splitForNeeds(
  needs: readonly Need[],
  customApps: boolean,
  links: GuideLinks,
): SplitSuggestion {
  const handedOver = MSP_CAPABLE.filter((id) =>
    MSP_FUNCTION_TRIGGERS[id].some((need) => needs.includes(need)),
  );
  const handedOverIds = new Set<FunctionId>(handedOver);
  const kept = FUNCTION_IDS.filter((id) => !handedOverIds.has(id));
  return {
    internal: kept.map((id) => item(id, internalNote(id, needs, customApps))),
    msp: handedOver.map((id) => item(id, MSP_NOTES[id])),
    internalHref: links['internal-keeps'],
    mspHref: links['msp-owns'],
  };
}

/** The split for a co-managed recommendation; null when another model was recommended. */
export function suggestSplit(
  answers: CompleteAnswers,
  result: Pick<FitResult, 'recommendation'>,
  rules: AssessmentRules,
): SplitSuggestion | null {
  if (result.recommendation !== 'co-managed') return null;
  return splitForNeeds(answers.needs, answers.customApps, rules.guideLinks);
}

export type HandoffRiskId = 'double-ticket-loop' | 'incident-ownership' | 'scope-drift';

export interface HandoffRisk {
  id: HandoffRiskId;
  title: string;
  /** What goes wrong, in plain text. */
  failure: string;
  /** The contract clause that prevents it. */
  guard: string;
  href: string;
}

/** The three ways a co-managed handoff usually breaks, each with the clause that guards it. */
export function handoffRisks(links: GuideLinks): HandoffRisk[] {
  return [
    {
      id: 'double-ticket-loop',
      title: 'Double-ticket loop',
      failure:
        'A user reports one problem to your team and to the MSP, and two technicians chase it with different facts. Left unfixed past the first 60 days, it rarely survives into year two.',
      guard:
        'One shared ticketing system that both teams work from, and a written rule telling users which channel to use.',
      href: links['double-ticket-loop'],
    },
    {
      id: 'incident-ownership',
      title: 'Incident ownership',
      failure:
        'An MSP change breaks an app your team owns late on a Friday, and whoever has least standing gets woken up.',
      guard: 'The on-call escalation chain, written into the statement of work.',
      href: links['incident-ownership'],
    },
    {
      id: 'scope-drift',
      title: 'Scope drift',
      failure:
        'Someone senior leaves, the MSP quietly absorbs the extra work, and the contract never catches up until service slides to match the price.',
      guard: 'A scheduled scope review, with the contract renegotiated whenever the work has moved.',
      href: links['scope-drift'],
    },
  ];
}

