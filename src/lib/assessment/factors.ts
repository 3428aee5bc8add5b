import { NEEDS, type AnswerKey, type ScorableAnswers } from './answers';
import { MODELS, type Model } from './models';
import type { GuideLinkKey, ScoringRules } from './rules-schema';
import { fillCount, fillList, fillTemplate } from '../text/template';

/**
 * One answer moving one model's fit up or down, with the sentence that explains it. Scoring and
 * the reasons shown to the visitor both come from this list, so they cannot disagree. The
 * weights only rank the models the decision rules leave in play (see ranking.ts).
 */
export interface Contribution {
  model: Model;
  /** Positive for, negative against. */
  points: number;
  answers: AnswerKey[];
  text: string;
  href: string;
}

/** The needs that justify co-managed on their own, by the rules file's `isCoreGap`. */
export const coreGapNeeds = (rules: Pick<ScoringRules, 'needs'>) => NEEDS.filter((need) => rules.needs[need].isCoreGap);

/** Every non-zero effect the answered questions have on each model, in a fixed order. */
export function collectContributions(answers: ScorableAnswers, rules: ScoringRules): Contribution[] {
  const { employees, itStaff, needs } = answers;
  const { copy, headcount } = rules;
  const say = copy.reasons;
  const coreGaps = coreGapNeeds(rules);
  const values = {
    employees,
    itStaff,
    staff: fillCount(say.staff, itStaff),
    coreGaps: fillList(
      coreGaps.map((need) => copy.needs[need]),
      copy.lists.or,
    ),
    range: '',
  };
  const found: Contribution[] = [];
  const add = (model: Model, points: number, answer: AnswerKey, link: GuideLinkKey, text?: string) => {
    if (points && text) {
      found.push({ model, points, answers: [answer], text: fillTemplate(text, values), href: rules.guideLinks[link] });
    }
  };
  /**
   * One reason per model a group of weights moves, read by naming convention: `coManagedBonus`
   * adds to co-managed, `inHousePenalty` takes from in-house. The copy words each reason.
   */
  const weigh = (answer: AnswerKey, link: GuideLinkKey, weights: object, texts: Partial<Record<Model, string>>) => {
    for (const model of MODELS) {
      const prefix = model.replace(/-(\w)/, (_, letter: string) => letter.toUpperCase());
      const named = weights as Record<string, number | undefined>;
      add(model, (named[`${prefix}Bonus`] ?? 0) - (named[`${prefix}Penalty`] ?? 0), answer, link, texts[model]);
    }
  };
  const factor = <Key extends keyof ScoringRules & keyof typeof say>(key: Key, answer: AnswerKey, link: GuideLinkKey) =>
    weigh(answer, link, rules[key], say[key] as Partial<Record<Model, string>>);

  // How many IT staff each model needs, and how far outside its best fit the answer is.
  for (const model of MODELS) {
    const {
      bestFit: { min, max },
      penaltyPerPersonOutside,
      maxOutsidePenalty,
    } = headcount[model];
    const outside = itStaff < min ? min - itStaff : max !== null && itStaff > max ? itStaff - max : 0;
    values.range = fillTemplate(say.range[max === null ? 'open' : min === max ? 'single' : 'between'], {
      min,
      max: max ?? '',
    });
    add(
      model,
      outside ? -Math.min(maxOutsidePenalty, penaltyPerPersonOutside * outside) : headcount.inRangeBonus,
      'itStaff',
      'best-fit-headcount',
      say.headcount[model][outside ? (itStaff ? 'outOfRange' : 'noStaff') : 'inRange'],
    );
  }
  if (needs !== null) {
    for (const need of NEEDS) {
      if (needs.includes(need)) weigh('needs', `need-${need}`, rules.needs[need], say.needs[need]);
    }
    // Gaps that are not core ones (project time alone) give the MSP no slice that pays on its own.
    if (needs.length && !needs.some((need) => coreGaps.includes(need))) {
      add('co-managed', -rules.noCoreGap.coManagedPenalty, 'needs', 'no-core-gap', say.noCoreGap.otherGaps);
    }
  }
  if (answers.customApps !== null) {
    factor(answers.customApps ? 'customApps' : 'noCustomApps', 'customApps', 'custom-apps');
  }
  if (answers.itIs !== null) {
    factor(answers.itIs === 'capability' ? 'itAsCapability' : 'itAsCostCenter', 'itIs', 'it-role');
  }
  if (answers.mspIs === 'partner') factor('providerAsPartner', 'mspIs', 'provider-role');
  return found;
}
