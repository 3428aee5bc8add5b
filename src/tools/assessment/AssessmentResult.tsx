import { describeAnswer } from '../../lib/assessment/answer-labels';
import { QUESTION_COUNT, type AnswerKey, type ScorableAnswers } from '../../lib/assessment/answers';
import type { IslandCopy } from '../../lib/assessment/copy-schema';
import { MODELS } from '../../lib/assessment/models';
import type { FitResult } from '../../lib/assessment/score';
import { fillTemplate as fill } from '../../lib/text/template';
import type { ComponentChildren } from 'preact';

interface Props {
  answers: ScorableAnswers;
  result: FitResult;
  copy: IslandCopy;
  preparedFor: string | null;
  locale: string;
  /** Guide page titles by path, to name the section a reason links to. */
  guideTitles: Record<string, string>;
  /** The answers in short, under the scores, when a link opened the page on this result. */
  summary: ComponentChildren;
  /** Under a co-managed result: the split and the handoff risks. */
  plan: ComponentChildren;
  /** The next step and the share actions. */
  actions: ComponentChildren;
}

/** The recommendation, the fit scores, the reasons and what would change the answer. */
export function AssessmentResult({
  answers,
  result,
  copy,
  preparedFor,
  locale,
  guideTitles,
  summary,
  plan,
  actions,
}: Props) {
  const { ui, models } = copy;
  const { recommendation, scores, tippingPoints } = result;
  const ranked = [...MODELS].sort((a, b) => scores[b] - scores[a]);
  const describe = (keys: AnswerKey[]) =>
    keys
      .map((key) => describeAnswer(key, answers, copy, locale))
      .filter(Boolean)
      .join('; ');
  const whatCouldChange = [
    ...tippingPoints.map((point) => point.text),
    ...result.unanswered.map((key) => copy.tippingPoints.unanswered[key]),
  ];

  return (
    <div class="result-body">
      {preparedFor && <p class="prepared-for">{fill(ui.preparedFor, { name: preparedFor })}</p>}
      <h2 id="result-title" tabIndex={-1}>
        {copy.headlines[recommendation]}
      </h2>
      <p class="result-summary">
        {fill(ui.summary, { employees: describe(['employees']), itStaff: describe(['itStaff']) })}
      </p>
      {result.unanswered.length > 0 && (
        <p class="based-on">
          {fill(ui.basedOn, { answered: QUESTION_COUNT - result.unanswered.length, total: QUESTION_COUNT })}
        </p>
      )}
      <h3>{ui.scoresTitle}</h3>
      <ul class="fit-scores">
        {ranked.map((model) => (
          <li key={model} class={model === recommendation ? 'recommended' : undefined}>
            <span class="fit-label">
              {models[model]}
              {model === recommendation && <strong> {ui.recommended}</strong>}
              {result.ruledOut.includes(model) && ` ${ui.ruledOut}`}
            </span>
            <meter class="fit-bar" min={0} max={100} value={scores[model]} aria-hidden="true" />
            <span class="fit-value">{fill(ui.score, { score: scores[model] })}</span>
          </li>
        ))}
      </ul>
      {summary}
      <h3>{ui.whyTitle}</h3>
      {ranked.map((model) => {
        const reasons = result.reasons.filter((reason) => reason.model === model);
        return (
          reasons.length > 0 && (
            <section key={model} class="reason-group" aria-label={fill(ui.reasonsAbout, { model: models[model] })}>
              <h4>{copy.modelTitles[model]}</h4>
              <ul class="reasons">
                {reasons.map(({ effect, text, answers: quoted, href }, index) => (
                  <li key={index} class={effect}>
                    <span class="effect">{ui[effect]}:</span> {text}{' '}
                    <span class="because">{fill(ui.yourAnswer, { answer: describe(quoted) })}</span>{' '}
                    <a href={href}>{fill(ui.readMore, { title: guideTitles[href.split('#')[0]!] ?? ui.theGuide })}</a>
                  </li>
                ))}
              </ul>
            </section>
          )
        );
      })}
      {whatCouldChange.length > 0 && (
        <>
          <h3>{ui.tippingTitle}</h3>
          <ul class="tipping-points">
            {whatCouldChange.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {recommendation === 'co-managed' && plan}
      {actions}
    </div>
  );
}
