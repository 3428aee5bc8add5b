import {
  canonicalNeeds,
  IT_STAFF_LIMITS,
  NEED_LABELS,
  NEEDS,
  type CompleteAnswers,
} from './answers';
import { MODEL_LABELS, type Model } from './models';
import { rankModels } from './ranking';
import type { AssessmentRules } from './rules-schema';

/** A single change to the answers that would lead to a different recommendation. */
export interface TippingPoint {
  text: string;
  change: Partial<CompleteAnswers>;
  /** The recommendation the changed answers lead to. */
  recommendation: Model;
}

interface Candidate {
  change: Partial<CompleteAnswers>;
  describe: (model: string) => string;
}

function itStaffCandidates({ itStaff }: CompleteAnswers): Candidate[] {
  const candidates: Candidate[] = [];
  if (itStaff < IT_STAFF_LIMITS.max) {
    candidates.push({
      change: { itStaff: itStaff + 1 },
      describe: (model) =>
        itStaff === 0
          ? `With one internal IT hire, ${model} would fit best.`
          : `With one more internal IT hire (${itStaff + 1} in all), ${model} would fit best.`,
    });
  }
  if (itStaff > IT_STAFF_LIMITS.min) {
    candidates.push({
      change: { itStaff: itStaff - 1 },
      describe: (model) =>
        itStaff === 1
          ? `Without an internal IT person, ${model} would fit best.`
          : `With one fewer internal IT person (${itStaff - 1} in all), ${model} would fit best.`,
    });
  }
  return candidates;
}

/** Headcounts just across each employee threshold in the rules, nearest first in each direction. */
function employeeSteps(
  employees: number,
  rules: AssessmentRules,
): { up: number[]; down: number[] } {
  const thresholds = [
    ...new Set([
      rules.smallCompany.minEmployeesForCoManaged,
      rules.sweetSpot.startsAtEmployees.min,
      rules.sweetSpot.startsAtEmployees.max,
    ]),
  ].sort((a, b) => a - b);
  return {
    up: thresholds.filter((threshold) => threshold > employees),
    down: thresholds
      .filter((threshold) => threshold <= employees && threshold > 1)
      .map((threshold) => threshold - 1)
      .reverse(),
  };
}

function employeeCandidate(from: number, to: number): Candidate {
  return {
    change: { employees: to },
    describe: (model) =>
      to > from
        ? `Once you grow to ${to} employees, ${model} would fit best.`
        : `At ${to} employees rather than ${from}, ${model} would fit best.`,
  };
}

function needCandidates({ needs }: CompleteAnswers): Candidate[] {
  return NEEDS.map((need) => {
    const label = NEED_LABELS[need];
    if (needs.includes(need)) {
      return {
        change: { needs: canonicalNeeds(needs.filter((chosen) => chosen !== need)) },
        describe: (model) => `Without the need for ${label}, ${model} would fit best.`,
      };
    }
    return {
      change: { needs: canonicalNeeds([...needs, need]) },
      describe: (model) =>
        needs.length === 0
          ? `If you needed ${label}, ${model} would fit best.`
          : `If you also needed ${label}, ${model} would fit best.`,
    };
  });
}

function roleCandidates({ customApps, itIs, mspIs }: CompleteAnswers): Candidate[] {
  return [
    {
      change: { customApps: !customApps },
      describe: (model) =>
        customApps
          ? `Without custom line-of-business apps to look after, ${model} would fit best.`
          : `If you ran custom line-of-business apps, ${model} would fit best.`,
    },
    {
      change: { itIs: itIs === 'capability' ? 'cost-center' : 'capability' },
      describe: (model) =>
        itIs === 'capability'
          ? `If leadership saw IT as a cost center rather than a capability, ${model} would fit best.`
          : `If leadership saw IT as a capability rather than a cost center, ${model} would fit best.`,
    },
    {
      change: { mspIs: mspIs === 'partner' ? 'cost-lever' : 'partner' },
      describe: (model) =>
        mspIs === 'partner'
          ? `If leadership treated the provider as a cost lever, squeezing its rate at each renewal, ${model} would fit best.`
          : `If leadership treated the provider as a partner rather than a cost lever, ${model} would fit best.`,
    },
  ];
}

function evaluate(
  candidate: Candidate,
  answers: CompleteAnswers,
  rules: AssessmentRules,
  current: Model,
): TippingPoint | null {
  const { recommendation } = rankModels({ ...answers, ...candidate.change }, rules);
  if (recommendation === current) return null;
  return {
    text: candidate.describe(MODEL_LABELS[recommendation]),
    change: candidate.change,
    recommendation,
  };
}

/**
 * Single changes that would flip the recommendation, found by re-scoring the changed answers.
 * Order: IT headcount, employee count (nearest threshold each way), needs, custom apps, roles.
 */
export function findTippingPoints(
  answers: CompleteAnswers,
  rules: AssessmentRules,
  current: Model,
): TippingPoint[] {
  const check = (candidate: Candidate) => evaluate(candidate, answers, rules, current);
  const nearestFlip = (steps: number[]) =>
    steps
      .map((to) => employeeCandidate(answers.employees, to))
      .map(check)
      .find((point) => point !== null) ?? null;

  const { up, down } = employeeSteps(answers.employees, rules);
  return [
    ...itStaffCandidates(answers).map(check),
    nearestFlip(down),
    nearestFlip(up),
    ...needCandidates(answers).map(check),
    ...roleCandidates(answers).map(check),
  ].filter((point): point is TippingPoint => point !== null);
}
