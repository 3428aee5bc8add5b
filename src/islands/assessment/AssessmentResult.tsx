import { describeAnswer } from '../../lib/assessment/answer-labels';
import type { CompleteAnswers } from '../../lib/assessment/answers';
import { MODEL_LABELS, MODELS, type Model } from '../../lib/assessment/models';
import type { FitResult } from '../../lib/assessment/score';
import type { HandoffRisk, SplitSuggestion } from '../../lib/assessment/split';

interface Props {
  answers: CompleteAnswers;
  result: FitResult;
  split: SplitSuggestion | null;
  risks: readonly HandoffRisk[];
  preparedFor: string | null;
  locale: string;
  /** Guide page titles by path, to name the section a reason links to. */
  guideTitles: Record<string, string>;
  estimatorHref: string;
}

const HEADLINES: Record<Model, string> = {
  'in-house': 'In-house IT fits best',
  'co-managed': 'Co-managed IT fits best',
  'fully-managed': 'Fully managed IT fits best',
};

function guideTitle(href: string, titles: Record<string, string>): string {
  const path = href.split('#')[0] ?? href;
  return titles[path] ?? 'the guide';
}

export function AssessmentResult({ answers, result, split, risks, preparedFor, locale, guideTitles, estimatorHref }: Props) {
  const ranked = [...MODELS].sort((a, b) => result.scores[b] - result.scores[a]);
  const reasonsFor = (model: Model) => result.reasons.filter((reason) => reason.model === model);

  return (
    <div class="result-body">
      {preparedFor && <p class="prepared-for">Prepared for {preparedFor}</p>}
      <h2 id="result-title" tabIndex={-1}>
        {HEADLINES[result.recommendation]}
      </h2>
      <p class="result-summary">
        For {describeAnswer('employees', answers, locale)} with {describeAnswer('itStaff', answers, locale)}.
      </p>

      <h3>Fit score for each model</h3>
      <ul class="fit-scores">
        {ranked.map((model) => (
          <li key={model} class={model === result.recommendation ? 'recommended' : undefined}>
            <span class="fit-label">
              {MODEL_LABELS[model]}
              {model === result.recommendation && <strong> (recommended)</strong>}
            </span>
            <meter class="fit-bar" min={0} max={100} value={result.scores[model]} aria-hidden="true" />
            <span class="fit-value">{result.scores[model]} of 100</span>
          </li>
        ))}
      </ul>

      <h3>Why</h3>
      {ranked.map((model) => {
        const reasons = reasonsFor(model);
        if (reasons.length === 0) return null;
        return (
          <section key={model} class="reason-group" aria-label={`Reasons about ${MODEL_LABELS[model]} IT`}>
            <h4>{MODEL_LABELS[model][0]!.toUpperCase() + MODEL_LABELS[model].slice(1)}</h4>
            <ul class="reasons">
              {reasons.map((reason, index) => (
                <li key={index} class={reason.effect}>
                  <span class="effect">{reason.effect === 'for' ? 'In favour' : 'Against'}:</span> {reason.text}{' '}
                  <span class="because">(Your answer: {describeAnswer(reason.answer, answers, locale)}.)</span>{' '}
                  <a href={reason.href}>Read more in {guideTitle(reason.href, guideTitles)}</a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      {result.tippingPoints.length > 0 && (
        <>
          <h3>What would change the answer</h3>
          <ul class="tipping-points">
            {result.tippingPoints.map((point, index) => (
              <li key={index}>{point.text}</li>
            ))}
          </ul>
        </>
      )}

      {split && (
        <>
          <h3>A suggested split</h3>
          <div class="split">
            <section aria-labelledby="split-internal">
              <h4 id="split-internal">Your team keeps</h4>
              <ul>
                {split.internal.map((item) => (
                  <li key={item.id}>
                    <strong>{item.label}.</strong> {item.note}
                  </li>
                ))}
              </ul>
              <p>
                <a href={split.internalHref}>What internal teams usually keep</a>
              </p>
            </section>
            <section aria-labelledby="split-msp">
              <h4 id="split-msp">The MSP owns</h4>
              {split.msp.length ? (
                <ul>
                  {split.msp.map((item) => (
                    <li key={item.id}>
                      <strong>{item.label}.</strong> {item.note}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Nothing yet: choose the gaps you need covered to see what the MSP would take.</p>
              )}
              <p>
                <a href={split.mspHref}>What MSPs usually own</a>
              </p>
            </section>
          </div>
          <h3>Three handoff risks, and the clause that guards each</h3>
          <ol class="risks">
            {risks.map((risk) => (
              <li key={risk.id}>
                <strong>{risk.title}.</strong> {risk.failure} <em>Guard:</em> {risk.guard}{' '}
                <a href={risk.href}>More on {risk.title.toLowerCase()}</a>
              </li>
            ))}
          </ol>
        </>
      )}

      <h3>Next step</h3>
      <p>
        See what this would cost each month under each pricing model:{' '}
        <a class="button" href={estimatorHref}>
          Open the estimator with these answers
        </a>
      </p>
    </div>
  );
}
