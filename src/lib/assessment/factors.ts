import { NEED_LABELS, NEEDS, type AnswerKey, type CompleteAnswers, type Need } from './answers';
import type { Model } from './models';
import type { AssessmentRules, GuideLinkKey } from './rules-schema';

/**
 * One answer moving one model's fit up or down, with the sentence that explains it. Scoring and
 * the reasons shown to the visitor both come from this list, so they cannot disagree.
 */
export interface Contribution {
  model: Model;
  /** Positive for, negative against. */
  points: number;
  answer: AnswerKey;
  text: string;
  href: string;
}

/** A contribution that names its guide link by key; hrefs live only in the rules file. */
type Draft = Omit<Contribution, 'href'> & { link: GuideLinkKey };

function staffPhrase(itStaff: number): string {
  if (itStaff === 0) return 'no internal IT staff';
  if (itStaff === 1) return 'one internal IT person';
  return `${itStaff} internal IT staff`;
}

function rangePhrase(range: { min: number; max: number | null }): string {
  if (range.max === null) return `${range.min} or more`;
  if (range.min === range.max) return `${range.min}`;
  return `${range.min} to ${range.max}`;
}

/** How many people short of, or beyond, a best-fit range a headcount is. */
function distanceOutside(value: number, range: { min: number; max: number | null }): number {
  if (value < range.min) return range.min - value;
  if (range.max !== null && value > range.max) return value - range.max;
  return 0;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

const HEADCOUNT_TEXT: Record<Model, (itStaff: number, range: string, inside: boolean) => string> = {
  'in-house': (n, range, inside) =>
    inside
      ? `With ${staffPhrase(n)}, you have the people to run IT yourselves; in-house works with ${range} IT staff.`
      : n === 0
        ? 'With no internal IT staff, there is no in-house team to build on.'
        : `With ${staffPhrase(n)}, the bench is thin for running everything in-house, which takes ${range} IT staff.`,
  'co-managed': (n, range, inside) =>
    inside
      ? `With ${staffPhrase(n)}, you are in the range where co-managed works best (${range} IT staff).`
      : n === 0
        ? `Co-managed needs an internal IT team to share the work with (${range} people is the usual fit).`
        : `With ${staffPhrase(n)}, your team is larger than the ${range} people co-managed usually suits; a team this size can carry more itself.`,
  'fully-managed': (n, range, inside) =>
    inside
      ? `With ${staffPhrase(n)}, handing the whole IT function to a provider is a natural fit (fully managed suits ${range} IT staff).`
      : `With ${staffPhrase(n)}, fully managed would sideline a team you already pay for; it suits ${range} IT staff.`,
};

function headcount(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  const { itStaff } = answers;
  return (['in-house', 'co-managed', 'fully-managed'] as const).map((model) => {
    const band = rules.headcount[model];
    const distance = distanceOutside(itStaff, band.bestFit);
    const inside = distance === 0;
    const points = inside
      ? rules.headcount.inRangeBonus
      : -Math.min(band.maxOutsidePenalty, band.penaltyPerPersonOutside * distance);
    const text = HEADCOUNT_TEXT[model](itStaff, rangePhrase(band.bestFit), inside);
    return { model, points, answer: 'itStaff', link: 'best-fit-headcount', text };
  });
}

function zeroInternalIt(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  if (answers.itStaff !== 0) return [];
  return [
    {
      model: 'co-managed',
      points: -rules.zeroInternalIt.coManagedPenalty,
      answer: 'itStaff',
      link: 'co-managed-pricing',
      text: 'With nobody in IT on your side, a co-managed contract has no one to split the work with: you would pay co-managed rates for what is in practice a fully managed service.',
    },
    {
      model: 'fully-managed',
      points: rules.zeroInternalIt.fullyManagedBonus,
      answer: 'itStaff',
      link: 'zero-internal-it',
      text: 'With no internal IT team, a provider that runs the whole function is the straightforward choice.',
    },
  ];
}

function smallCompany(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  const {
    minEmployeesForCoManaged: threshold,
    coManagedPenalty,
    fullyManagedBonus,
  } = rules.smallCompany;
  if (answers.employees >= threshold) return [];
  return [
    {
      model: 'co-managed',
      points: -coManagedPenalty,
      answer: 'employees',
      link: 'company-size',
      text: `At ${answers.employees} employees you are under the ${threshold}-employee mark below which co-managed seldom pays for itself.`,
    },
    {
      model: 'fully-managed',
      points: fullyManagedBonus,
      answer: 'employees',
      link: 'company-size',
      text: `Below ${threshold} employees, a fully managed service is usually the cheaper and simpler arrangement.`,
    },
  ];
}

function sweetSpot(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  const spot = rules.sweetSpot;
  const { employees, itStaff } = answers;
  const staffFits = itStaff >= spot.itStaff.min && itStaff <= spot.itStaff.max;
  if (!staffFits || employees < spot.startsAtEmployees.min) return [];
  const inside = employees >= spot.startsAtEmployees.max;
  const text = inside
    ? `${employees} employees with ${staffPhrase(itStaff)} is the profile where co-managed pays off most often.`
    : `At ${employees} employees with ${staffPhrase(itStaff)}, you are where co-managed starts to pay off; the case firms up from about ${spot.startsAtEmployees.max} employees.`;
  const points = inside ? spot.coManagedBonusInside : spot.coManagedBonusEntering;
  return [{ model: 'co-managed', points, answer: 'employees', link: 'company-size', text }];
}

const NEED_TEXT: Record<Need, Record<Model, string>> = {
  'after-hours': {
    'in-house':
      'Covering nights and weekends with your own staff means on-call rotations that wear people out, or another hire.',
    'co-managed':
      'An MSP can take nights, weekends and overnight alerts without you hiring a second shift; it is the most common way into co-managed.',
    'fully-managed': 'A fully managed provider includes round-the-clock cover in its service.',
  },
  security: {
    'in-house':
      'A senior security engineer costs upwards of $180K a year and takes around nine months to hire.',
    'co-managed':
      'A co-managed security tier typically runs $30 to $80 per user a month and can be working within about six weeks.',
    'fully-managed': 'A fully managed provider brings its own security tooling and people.',
  },
  cloud: {
    'in-house':
      'Cloud depth you do not have yet means a hire or a long learning curve for a busy team.',
    'co-managed':
      'Cloud is a typical missing skill: the MSP supplies the depth while your team keeps running what it knows.',
    'fully-managed': 'A fully managed provider covers cloud work along with everything else.',
  },
  compliance: {
    'in-house': 'Producing audit evidence is close to a half-time job on top of day-to-day IT.',
    'co-managed':
      'An MSP that has been through audits can assemble and maintain the evidence library, leaving your team to run operations and stay the named control owner.',
    'fully-managed':
      'A fully managed provider can collect audit evidence, though auditors will still want a named owner inside the company.',
  },
  projects: {
    'in-house': 'Projects keep slipping when the same people also carry the daily tickets.',
    'co-managed':
      'Project work such as a Microsoft 365 clean-up or a network refresh is an easy slice to hand to an MSP.',
    'fully-managed': 'A fully managed provider can staff projects from its own bench.',
  },
};

function needs(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  return NEEDS.filter((need) => answers.needs.includes(need)).flatMap((need): Draft[] => {
    const weights = rules.needs[need];
    const text = NEED_TEXT[need];
    const link = `need-${need}` as const;
    return [
      {
        model: 'in-house',
        points: -weights.inHousePenalty,
        answer: 'needs',
        link,
        text: text['in-house'],
      },
      {
        model: 'co-managed',
        points: weights.coManagedBonus,
        answer: 'needs',
        link,
        text: text['co-managed'],
      },
      {
        model: 'fully-managed',
        points: weights.fullyManagedBonus,
        answer: 'needs',
        link,
        text: text['fully-managed'],
      },
    ];
  });
}

/** Co-managed without a gap that justifies it drifts into being an overflow queue. */
function noCoreGap(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  const coreGaps = NEEDS.filter((need) => rules.needs[need].isCoreGap);
  if (answers.needs.some((need) => coreGaps.includes(need))) return [];
  const text =
    answers.needs.length === 0
      ? 'You named no gaps, so an MSP would have no defined slice to own; without one, it tends to become an overflow queue.'
      : `Co-managed pays off mainly for ${listInWords(coreGaps.map((need) => NEED_LABELS[need]))}, and you did not name any of them.`;
  return [
    {
      model: 'co-managed',
      points: -rules.noCoreGap.coManagedPenalty,
      answer: 'needs',
      link: 'no-core-gap',
      text,
    },
  ];
}

function customApps(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  if (!answers.customApps) {
    return [
      {
        model: 'fully-managed',
        points: rules.noCustomApps.fullyManagedBonus,
        answer: 'customApps',
        link: 'custom-apps',
        text: 'With no custom apps to support, there is little institutional knowledge an outside provider would have to learn.',
      },
    ];
  }
  const weights = rules.customApps;
  return [
    {
      model: 'in-house',
      points: weights.inHouseBonus,
      answer: 'customApps',
      link: 'custom-apps',
      text: 'Your custom apps run on knowledge that lives with your own people; keeping IT in-house protects it.',
    },
    {
      model: 'co-managed',
      points: weights.coManagedBonus,
      answer: 'customApps',
      link: 'custom-apps',
      text: 'Co-managed keeps the people who know your custom apps, while the MSP takes other work.',
    },
    {
      model: 'fully-managed',
      points: -weights.fullyManagedPenalty,
      answer: 'customApps',
      link: 'custom-apps',
      text: 'An outside provider needs a long ramp before it can support custom line-of-business apps.',
    },
  ];
}

function itRole(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  if (answers.itIs === 'capability') {
    const weights = rules.itAsCapability;
    return [
      {
        model: 'in-house',
        points: weights.inHouseBonus,
        answer: 'itIs',
        link: 'it-role',
        text: 'You treat IT as a capability worth investing in, which is what an in-house team is built around.',
      },
      {
        model: 'co-managed',
        points: weights.coManagedBonus,
        answer: 'itIs',
        link: 'it-role',
        text: 'Treating IT as a capability suits co-managed: your team stays in charge and the MSP adds depth.',
      },
      {
        model: 'fully-managed',
        points: -weights.fullyManagedPenalty,
        answer: 'itIs',
        link: 'it-role',
        text: 'Fully managed suits companies that want IT run for them, and you want it as a capability.',
      },
    ];
  }
  const weights = rules.itAsCostCenter;
  return [
    {
      model: 'fully-managed',
      points: weights.fullyManagedBonus,
      answer: 'itIs',
      link: 'it-role',
      text: 'You see IT as a cost center, which is the case fully managed is designed for: one predictable fee per user or device.',
    },
    {
      model: 'in-house',
      points: -weights.inHousePenalty,
      answer: 'itIs',
      link: 'it-role',
      text: 'Carrying salaries, licences and tooling yourself is a costly way to run something you see as a cost center.',
    },
    {
      model: 'co-managed',
      points: -weights.coManagedPenalty,
      answer: 'itIs',
      link: 'it-role',
      text: 'Co-managed adds an MSP fee on top of what you spend internally, a hard sell when IT is seen as a cost center.',
    },
  ];
}

function providerRole(answers: CompleteAnswers, rules: AssessmentRules): Draft[] {
  if (answers.mspIs === 'partner') {
    return [
      {
        model: 'co-managed',
        points: rules.providerAsPartner.coManagedBonus,
        answer: 'mspIs',
        link: 'provider-role',
        text: 'Leadership sees the provider as a partner, which is what co-managed needs to work.',
      },
    ];
  }
  return [
    {
      model: 'co-managed',
      points: -rules.providerAsCostLever.coManagedPenalty,
      answer: 'mspIs',
      link: 'provider-role',
      text: 'Co-managed breaks down when the provider is treated as a cost lever: trim the rate by about 15% at each renewal and the service shrinks to match.',
    },
  ];
}

const FACTORS = [
  headcount,
  zeroInternalIt,
  smallCompany,
  sweetSpot,
  needs,
  noCoreGap,
  customApps,
  itRole,
  providerRole,
];

/** Every non-zero effect the answers have on each model, in a fixed order. */
export function collectContributions(
  answers: CompleteAnswers,
  rules: AssessmentRules,
): Contribution[] {
  return FACTORS.flatMap((factor) => factor(answers, rules))
    .filter((draft) => draft.points !== 0)
    .map(({ link, ...draft }) => ({ ...draft, href: rules.guideLinks[link] }));
}
