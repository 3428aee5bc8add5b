import { h, type ComponentChildren } from 'preact';
import { describeAnswer } from '../../lib/assessment/answer-labels';
import { QUESTION_COUNT, type AnswerKey, type ScorableAnswers } from '../../lib/assessment/answers';
import { MODELS } from '../../lib/assessment/models';
import type { IslandRules } from '../../lib/assessment/rules-schema';
import type { FitResult } from '../../lib/assessment/score';
import { fillTemplate as fill } from '../../lib/text/template';

// Written with h() rather than JSX: the JSX runtime would be one more script on a page with a
// tight JavaScript budget. h(tag, props, ...children) reads like the markup it makes.

interface Props {
  answers: ScorableAnswers;
  result: FitResult;
  rules: IslandRules;
  preparedFor: string | null;
  locale: string;
  /** Guide page titles by path, to name the section a reason links to. */
  guideTitles: Record<string, string>;
  /** Static markup from the page: the split and risks (co-managed only), then the next steps. */
  plan: ComponentChildren;
  actions: ComponentChildren;
}

/** The recommendation, the fit scores, the reasons and what would change the answer. */
export function AssessmentResult(props: Props) {
  const { answers, result, rules, preparedFor } = props;
  const { copy } = rules;
  const { ui, models } = copy;
  const { recommendation, scores, tippingPoints } = result;
  const ranked = [...MODELS].sort((a, b) => scores[b] - scores[a]);
  const describe = (keys: AnswerKey[]) =>
    keys.map((key) => describeAnswer(key, answers, copy, props.locale)).filter(Boolean).join('; ');
  const whatCouldChange = [...tippingPoints.map((point) => point.text), ...result.unanswered.map((key) => copy.tippingPoints.unanswered[key])];

  return h(
    'div',
    { class: 'result-body' },
    preparedFor && h('p', { class: 'prepared-for' }, fill(ui.preparedFor, { name: preparedFor })),
    h('h2', { id: 'result-title', tabIndex: -1 }, copy.headlines[recommendation]),
    h(
      'p',
      { class: 'result-summary' },
      fill(ui.summary, { employees: describe(['employees']), itStaff: describe(['itStaff']) }),
    ),
    result.unanswered.length > 0 &&
      h('p', { class: 'based-on' }, fill(ui.basedOn, { answered: QUESTION_COUNT - result.unanswered.length, total: QUESTION_COUNT })),
    h('h3', null, ui.scoresTitle),
    h(
      'ul',
      { class: 'fit-scores' },
      ranked.map((model) =>
        h(
          'li',
          { key: model, class: model === recommendation ? 'recommended' : undefined },
          h(
            'span',
            { class: 'fit-label' },
            models[model],
            model === recommendation && h('strong', null, ' ', ui.recommended),
            result.ruledOut.includes(model) && ` ${ui.ruledOut}`,
          ),
          h('meter', { class: 'fit-bar', min: 0, max: 100, value: scores[model], 'aria-hidden': 'true' }),
          h('span', { class: 'fit-value' }, fill(ui.score, { score: scores[model] })),
        ),
      ),
    ),
    h('h3', null, ui.whyTitle),
    ranked.map((model) => {
      const reasons = result.reasons.filter((reason) => reason.model === model);
      return (
        reasons.length > 0 &&
        h(
          'section',
          { key: model, class: 'reason-group', 'aria-label': fill(ui.reasonsAbout, { model: models[model] }) },
          h('h4', null, copy.modelTitles[model]),
          h(
            'ul',
            { class: 'reasons' },
            reasons.map(({ effect, text, answers: quoted, href }, index) =>
              h(
                'li',
                { key: index, class: effect },
                h('span', { class: 'effect' }, ui[effect], ':'),
                ` ${text} `,
                h('span', { class: 'because' }, fill(ui.yourAnswer, { answer: describe(quoted) })),
                ' ',
                h('a', { href }, fill(ui.readMore, { title: props.guideTitles[href.split('#')[0]!] ?? ui.theGuide })),
              ),
            ),
          ),
        )
      );
    }),
    whatCouldChange.length > 0 && [
      h('h3', null, ui.tippingTitle),
      h(
        'ul',
        { class: 'tipping-points' },
        whatCouldChange.map((text, index) => h('li', { key: index }, text)),
      ),
    ],
    recommendation === 'co-managed' && props.plan,
    props.actions,
  );
}
