import { Component, createRef } from 'preact';
import { countAnswered, EMPTY_ANSWERS, scorableAnswers } from '../../lib/assessment/answers';
import type { IslandCopy } from '../../lib/assessment/copy-schema';
import { estimatorHrefFromAssessment } from '../../lib/assessment/estimator-link';
import {
  EMPTY_FORM,
  formShows,
  formValuesFor,
  readFormValues,
  withChange,
  type FieldName,
  type FormValues,
} from '../../lib/assessment/form-values';
import { decodeAssessmentQuery, encodeAssessmentQuery, type IgnoredParam } from '../../lib/assessment/link-codec';
import type { AssessmentRulesFile } from '../../lib/assessment/rules-schema';
import { givenAnswers } from '../../lib/assessment/answer-labels';
import type { MspMessage, MspPanelSetup } from '../../lib/tools/msp-message';
import { fillTemplate as fill } from '../../lib/text/template';
import { chooseOpening } from '../../lib/tools/opening';
import type { HandOverByGap, ScopeByGap } from '../../lib/work/work-by-gap';
import { $assessment, setAssessment, startOver, type AssessmentState } from '../../stores/assessment';
import { assessmentResults, type AssessmentResults } from '../../stores/assessment-results';
import { $storageWorks } from '../../stores/storage';
import { LinkNotice } from '../shell/LinkNotice';
import { NotSavingNotice } from '../shell/NotSavingNotice';
import { SendToMsp } from '../shell/SendToMsp';
import { ShareActions } from '../shell/ShareActions';
import { ToolLayout } from '../shell/ToolLayout';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentResult } from './AssessmentResult';
import { CoManagedPlan } from './CoManagedPlan';
import { inEmbedPage } from '../shell/page-address';

export interface FitAssessmentProps {
  /** The rules, and in `copy` every word the assessment shows. */
  rules: AssessmentRulesFile & { copy: IslandCopy };
  locale: string;
  siteName: string;
  guideTitles: Record<string, string>;
  scopeByNeed: ScopeByGap;
  handOver: HandOverByGap;
  /** The MSP behind the site, and the panel that reaches it (mspPanelFor). */
  msp: MspPanelSetup;
}

/**
 * `answers` and `preparedFor` are $shown's (stores/assessment-results.ts): none until the page
 * has opened, as at build time; render reads the result from $result.
 */
interface State extends AssessmentState {
  form: FormValues;
  storageWorks: boolean;
  origin: string;
  /** Where the answers came from, for the link notice. */
  fromLink: boolean;
  replacedSaved: boolean;
  setAside: IgnoredParam[];
  more: number;
  /** A link with a result opened the page: it leads with that result (null until mounted). */
  resultFirst: boolean | null;
}

const NO_LINK = { fromLink: false, replacedSaved: false, setAside: [], more: 0 };
const EMPTY_STATE: AssessmentState = { answers: EMPTY_ANSWERS, preparedFor: null };
const sameAnswers = (a: AssessmentState, b: AssessmentState) =>
  encodeAssessmentQuery(a.answers, a.preparedFor) === encodeAssessmentQuery(b.answers, b.preparedFor);

/** The fit assessment: the questions, and a result as soon as both head counts are in. */
export default class FitAssessment extends Component<FitAssessmentProps, State> {
  private results: AssessmentResults = assessmentResults(this.props.rules);
  // The first render matches the server's; the link and saved answers arrive once mounted.
  override state: State = {
    ...this.results.$shown.get(),
    form: EMPTY_FORM,
    storageWorks: true,
    origin: '',
    ...NO_LINK,
    resultFirst: null,
  };
  private stop: (() => void)[] = [];
  private firstField = createRef<HTMLInputElement>();

  override componentDidMount() {
    // Hydrating and opening (a link's result is most of the page) run as two tasks, not one long
    // one that keeps a slow phone from answering a tap.
    const opening = setTimeout(() => this.open());
    this.stop = [() => clearTimeout(opening)];
  }

  private open() {
    const link = decodeAssessmentQuery(location.search);
    const saved = $assessment.get();
    const opening = chooseOpening({
      link: link.fromLink ? { answers: link.answers, preparedFor: link.preparedFor } : null,
      saved: sameAnswers(saved, EMPTY_STATE) ? null : saved,
      fromOtherTool: null,
      defaults: EMPTY_STATE,
      same: sameAnswers,
    });
    if (opening.source === 'link') setAssessment(opening.state.answers, opening.state.preparedFor);
    this.results.open();
    this.setState({
      origin: location.origin,
      fromLink: link.fromLink,
      replacedSaved: opening.replacedSaved,
      setAside: link.ignored,
      more: link.moreIgnored,
      resultFirst: opening.source === 'link' && scorableAnswers(opening.state.answers) !== null,
    });
    this.stop.push(
      // Another tab, a link or "start over" changed the answers: the form shows them, unless it
      // already says the same (then what the reader typed, such as "1,200", stays as typed).
      this.results.$shown.subscribe(({ answers, preparedFor }) =>
        this.setState(({ form }) => ({
          answers,
          preparedFor,
          form: formShows(form, answers, preparedFor) ? form : formValuesFor(answers, preparedFor),
        })),
      ),
      $storageWorks.subscribe((storageWorks) => this.setState({ storageWorks })),
    );
  }

  override componentWillUnmount() {
    for (const stop of this.stop) stop();
  }

  override componentDidUpdate() {
    // Keep the address bar a faithful, shareable copy of what is on screen.
    const path = this.sharePath();
    // In a frame the address stays the embed page's: an outcome page there would refuse the frame on reload.
    if (this.state.origin && !inEmbedPage() && location.pathname + location.search !== path)
      history.replaceState(null, '', path);
  }

  private change = (name: FieldName, value: string, checked: boolean) => {
    const form = withChange(this.state.form, name, value, checked);
    const { answers, preparedFor } = readFormValues(form);
    this.setState({ form });
    setAssessment(answers, preparedFor);
  };

  private startAgain = () => {
    startOver();
    this.setState({ ...NO_LINK, form: EMPTY_FORM });
    this.firstField.current?.focus();
  };

  private sharePath = () => this.results.$sharePath.get();

  /** The message the panel under the result sends; its writer loads when the reader reaches the panel. */
  private message = async (): Promise<MspMessage> => {
    const { assessmentMessage } = await import('../../lib/assessment/summary');
    const result = this.results.$result.get();
    if (!result) throw new Error('the panel is only shown with a result');
    const { preparedFor, origin } = this.state;
    const { copy } = this.props.rules;
    return assessmentMessage(
      result.scorable,
      result.fit,
      preparedFor,
      copy,
      this.props.locale,
      origin + this.sharePath(),
    );
  };

  override render(
    { rules, locale, siteName, guideTitles, scopeByNeed, handOver, msp }: FitAssessmentProps,
    state: State,
  ) {
    const { copy } = rules;
    const { ui, share } = copy;
    const result = this.results.$result.get();
    const invalid = readFormValues(state.form).ignored.map((entry) => entry.param as FieldName);
    const url = state.origin + this.sharePath();
    const answered = countAnswered(state.answers);

    return (
      <div class="assessment">
        <ToolLayout
          resultFirst={state.resultFirst}
          summary={result ? givenAnswers(result.scorable, copy, locale).map((text) => ['', text] as const) : []}
          words={copy.answerSummary}
          notices={
            <>
              <LinkNotice
                words={copy.linkNotice}
                fromLink={state.fromLink}
                replacedSaved={state.replacedSaved}
                setAside={{ ignored: state.setAside, words: copy.linkNotice, locale }}
                more={state.more}
                onDismiss={() => this.setState(NO_LINK)}
              />
              <NotSavingNotice storageWorks={state.storageWorks} text={ui.notSaving} />
            </>
          }
          form={
            <AssessmentForm
              copy={copy}
              locale={locale}
              values={state.form}
              invalid={invalid}
              answered={answered}
              hasResult={result !== null}
              onChange={this.change}
              onStartOver={this.startAgain}
              firstField={this.firstField}
            />
          }
          result={(summary) => (
            <section
              id="assessment-result"
              class="assessment-result"
              aria-labelledby={result ? 'result-title' : 'result-pending-title'}
              data-recommendation={result?.fit.recommendation}
            >
              {result ? (
                <AssessmentResult
                  answers={result.scorable}
                  result={result.fit}
                  copy={copy}
                  preparedFor={state.preparedFor}
                  locale={locale}
                  guideTitles={guideTitles}
                  summary={summary}
                  plan={
                    <CoManagedPlan
                      needs={result.scorable.needs ?? []}
                      customApps={result.scorable.customApps === true}
                      copy={copy}
                      guideLinks={rules.guideLinks}
                      handOver={handOver}
                    />
                  }
                  actions={
                    <>
                      <h3 class="no-print">{ui.nextTitle}</h3>
                      <p class="no-print">
                        {ui.nextText}{' '}
                        <a
                          class="button"
                          data-action="estimator"
                          href={estimatorHrefFromAssessment(
                            { employees: result.scorable.employees, needs: result.scorable.needs ?? [] },
                            scopeByNeed,
                            state.preparedFor,
                          )}
                        >
                          {ui.estimatorLink}
                        </a>
                      </p>
                      <SendToMsp setup={msp} version={url} message={this.message} />
                      <h3 class="no-print">{share.title}</h3>
                      <ShareActions
                        words={share}
                        url={url}
                        emailHref={`mailto:?subject=${encodeURIComponent(
                          fill(share.emailSubject, { model: copy.models[result.fit.recommendation], site: siteName }),
                        )}&body=${encodeURIComponent(
                          `${state.preparedFor ? fill(share.emailIntroFor, { name: state.preparedFor }) : share.emailIntro}\n\n${url}\n`,
                        )}`}
                      />
                    </>
                  }
                />
              ) : (
                <>
                  <h2 id="result-pending-title">{ui.pendingTitle}</h2>
                  <p>{ui.pendingCounts}</p>
                </>
              )}
            </section>
          )}
        />
        <p class="visually-hidden" role="status" aria-live="polite">
          {result &&
            fill(ui.announcement, {
              model: copy.models[result.fit.recommendation],
              score: result.fit.scores[result.fit.recommendation],
            })}
        </p>
      </div>
    );
  }
}
