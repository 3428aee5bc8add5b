import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countAnswered, isComplete, QUESTION_COUNT, type Need } from '../../lib/assessment/answers';
import { decodeAssessmentQuery } from '../../lib/assessment/link-codec';
import { MODEL_LABELS } from '../../lib/assessment/models';
import type { AssessmentRules } from '../../lib/assessment/rules-schema';
import { assessFit } from '../../lib/assessment/score';
import { assessmentSharePath } from '../../lib/assessment/share-link';
import { handoffRisks, splitForNeeds } from '../../lib/assessment/split';
import { estimatorHrefFromAssessment } from '../../lib/assessment/estimator-link';
import { $assessment, $storageWorks, setPreparedFor, startOver, updateAnswers } from '../../stores/assessment';
import { LinkNotice } from '../shared/LinkNotice';
import { ShareActions } from '../shared/ShareActions';
import { AssessmentQuestions } from './AssessmentQuestions';
import { AssessmentResult } from './AssessmentResult';

interface Props {
  rules: AssessmentRules;
  locale: string;
  siteName: string;
  guideTitles: Record<string, string>;
  scopeByNeed: Record<Need, string[]>;
}

interface LinkState {
  fromLink: boolean;
  replacedSaved: boolean;
  ignored: { param: string; value: string; reason: string }[];
}

const NO_LINK: LinkState = { fromLink: false, replacedSaved: false, ignored: [] };

export default function FitAssessment({ rules, locale, siteName, guideTitles, scopeByNeed }: Props) {
  const state = useStore($assessment, { ssr: 'initial' });
  const storageWorks = useStore($storageWorks);
  const [link, setLink] = useState<LinkState>(NO_LINK);
  const [origin, setOrigin] = useState('');
  const firstQuestion = useRef<HTMLDivElement>(null);

  // A shared link wins over saved answers; it is read once, when the page opens.
  useEffect(() => {
    setOrigin(location.origin);
    const decoded = decodeAssessmentQuery(location.search);
    if (!decoded.fromLink && decoded.ignored.length === 0) return;
    const saved = $assessment.get();
    const replacedSaved =
      decoded.fromLink &&
      countAnswered(saved.answers) > 0 &&
      JSON.stringify(saved.answers) !== JSON.stringify(decoded.answers);
    if (decoded.fromLink) $assessment.set({ answers: decoded.answers, preparedFor: decoded.preparedFor });
    setLink({ fromLink: decoded.fromLink, replacedSaved, ignored: decoded.ignored });
  }, []);

  const { answers, preparedFor } = state;
  const answered = countAnswered(answers);
  const complete = isComplete(answers);
  const result = useMemo(() => (isComplete(answers) ? assessFit(answers, rules) : null), [answers, rules]);
  const split = result && complete ? (result.recommendation === 'co-managed' ? splitForNeeds(answers.needs, answers.customApps, rules.guideLinks) : null) : null;
  const risks = useMemo(() => handoffRisks(rules.guideLinks), [rules]);
  const sharePath = assessmentSharePath(answers, preparedFor, result?.recommendation ?? null);

  // Keep the address bar a faithful, shareable copy of what is on screen.
  useEffect(() => {
    if (!origin) return;
    if (`${location.pathname}${location.search}` !== sharePath) history.replaceState(null, '', sharePath);
  }, [sharePath, origin]);

  const announcement = result
    ? `Result: ${MODEL_LABELS[result.recommendation]} IT fits best, with a fit score of ${result.scores[result.recommendation]} out of 100.`
    : '';

  const onStartOver = () => {
    startOver();
    setLink(NO_LINK);
    firstQuestion.current?.querySelector('input')?.focus();
  };

  return (
    <div class="assessment">
      <LinkNotice {...link} onDismiss={() => setLink(NO_LINK)} />
      {!storageWorks && (
        <p class="notice" role="status">
          This browser is not saving your answers, so they will be lost on reload. Copy the link below to keep them.
        </p>
      )}
      <form class="assessment-form no-print" aria-labelledby="assessment-form-title" onSubmit={(event) => event.preventDefault()}>
        <div class="progress" aria-live="off">
          <h2 id="assessment-form-title" class="progress-title">
            Your answers
          </h2>
          <progress max={QUESTION_COUNT} value={answered} aria-label="Questions answered" />
          <span>
            {answered} of {QUESTION_COUNT} answered
          </span>
          {complete && (
            <a href="#assessment-result" class="progress-jump">
              See the result
            </a>
          )}
        </div>
        <div ref={firstQuestion}>
          <AssessmentQuestions answers={answers} onChange={updateAnswers} />
        </div>
        <div class="field">
          <label for="prepared-for">Prepared for (optional)</label>
          <p class="hint" id="prepared-for-hint">
            A company or person to name on the result and the printout.
          </p>
          <input
            id="prepared-for"
            type="text"
            maxLength={80}
            autoComplete="organization"
            aria-describedby="prepared-for-hint"
            value={preparedFor ?? ''}
            onInput={(event) => setPreparedFor(event.currentTarget.value.trim() ? event.currentTarget.value : null)}
          />
        </div>
        <button type="button" class="secondary" onClick={onStartOver}>
          Start over
        </button>
      </form>

      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <section
        id="assessment-result"
        class="assessment-result"
        aria-labelledby={result ? 'result-title' : 'result-pending-title'}
        data-recommendation={result?.recommendation}
      >
        {result && complete ? (
          <>
            <AssessmentResult
              answers={answers}
              result={result}
              split={split}
              risks={risks}
              preparedFor={preparedFor}
              locale={locale}
              guideTitles={guideTitles}
              estimatorHref={estimatorHrefFromAssessment(answers, scopeByNeed, preparedFor)}
            />
            <h3 class="no-print">Share this result</h3>
            <ShareActions
              url={`${origin}${sharePath}`}
              emailSubject={`IT model fit: ${MODEL_LABELS[result.recommendation]} (${siteName})`}
              emailIntro={`Here is the fit assessment${preparedFor ? ` prepared for ${preparedFor}` : ''}. Open the link to see the result and change any answer:`}
            />
          </>
        ) : (
          <>
            <h2 id="result-pending-title">Your result</h2>
            <p>
              Answer {QUESTION_COUNT - answered === 1 ? 'the last question' : `the remaining ${QUESTION_COUNT - answered} questions`} to see which model fits,
              and why.
            </p>
          </>
        )}
      </section>
    </div>
  );
}
