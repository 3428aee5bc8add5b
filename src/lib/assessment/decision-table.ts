import type { AssessmentCopy } from './copy-schema';
import type { CountRange, DecisionRule, RuleConditions } from './decision-rules';
import type { Model } from './models';
import { fillCount, fillList, fillTemplate, type CountForms } from '../text/template';

type TableCopy = Pick<AssessmentCopy, 'decisionTable' | 'modelTitles' | 'models' | 'needs' | 'lists'>;
type RangeWords = AssessmentCopy['decisionTable']['conditions']['employees'];

/** One row of "How the assessment decides", in words, written from the rule itself. */
export interface DecisionRow {
  id: string;
  /** "Fewer than 50 employees", "1 to 5 internal IT staff and a gap in …". */
  profile: string;
  /** "Fully managed", "Not co-managed". */
  outcome: string;
  why: string;
  href: string;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function describeRange(
  { min, max }: CountRange,
  words: RangeWords,
  values: Record<string, string>,
  locale: string,
): string {
  const shown = (n: number) => n.toLocaleString(locale);
  const forms = (forms: CountForms, n: number, extra: Record<string, string> = {}) =>
    fillTemplate(fillCount(forms, n, shown(n)), { ...values, ...extra });
  if (min !== undefined && max !== undefined) {
    return min === max
      ? forms(words.exactly, min)
      : fillTemplate(words.between, { ...values, min: shown(min), max: shown(max) });
  }
  if (min !== undefined) return forms(words.atLeast, min);
  return forms(words.atMost, max!, { below: shown(max! + 1) });
}

/** The conditions of a rule in the order a reader thinks of a company: size, team, gaps, views. */
export function describeConditions(
  when: RuleConditions,
  copy: TableCopy,
  coreGapNames: readonly string[],
  locale: string,
): string {
  const say = copy.decisionTable.conditions;
  const values = { coreGaps: fillList(coreGapNames, copy.lists.or) };
  const parts: string[] = [];
  if (when.employees) parts.push(describeRange(when.employees, say.employees, values, locale));
  if (when.itStaff) parts.push(describeRange(when.itStaff, say.itStaff, values, locale));
  if (when.gaps) parts.push(describeRange(when.gaps, say.gaps, values, locale));
  if (when.coreGaps) parts.push(describeRange(when.coreGaps, say.coreGaps, values, locale));
  if (when.needsAny) {
    parts.push(
      fillTemplate(say.needsAny, {
        needs: fillList(
          when.needsAny.map((need) => copy.needs[need]),
          copy.lists.or,
        ),
      }),
    );
  }
  if (when.customApps !== undefined) parts.push(say.customApps[when.customApps ? 'yes' : 'no']);
  if (when.itIs) parts.push(say.itIs[when.itIs]);
  if (when.mspIs) parts.push(say.mspIs[when.mspIs]);
  return capitalise(fillList(parts, copy.lists.and));
}

export function describeOutcome(rule: Pick<DecisionRule, 'recommend' | 'exclude'>, copy: TableCopy): string {
  if (rule.recommend) return fillTemplate(copy.decisionTable.recommend, { model: copy.modelTitles[rule.recommend] });
  const models = (rule.exclude ?? []).map((model: Model) => copy.models[model]);
  return fillTemplate(copy.decisionTable.exclude, { models: fillList(models, copy.lists.or) });
}

/** The published table, one row per rule, in the order the rules are checked. */
export function decisionRows(
  rules: readonly DecisionRule[],
  guideLinks: Readonly<Record<string, string>>,
  copy: TableCopy,
  coreGapNames: readonly string[],
  locale: string,
): DecisionRow[] {
  return rules.map((rule) => ({
    id: rule.id,
    profile: describeConditions(rule.when, copy, coreGapNames, locale),
    outcome: describeOutcome(rule, copy),
    why: rule.why,
    href: guideLinks[rule.guideLink]!,
  }));
}
