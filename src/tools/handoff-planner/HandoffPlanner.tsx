import { Component, createRef } from 'preact';
import type { SplitWording } from '../../lib/assessment/split';
import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { encodeMatrixLink, isTooLongForChat } from '../../lib/handoff/link-codec';
import { isoDateOf } from '../../lib/handoff/limits';
import { planInShort } from '../../lib/handoff/describe-row';
import type { HandoffMatrix, RowNames } from '../../lib/handoff/matrix';
import type { ReadWarning } from '../../lib/handoff/read-problems';
import type { MspMessage, MspPanelSetup } from '../../lib/tools/msp-message';
import { STORAGE_KEYS } from '../../lib/tools/storage-keys';
import type { HandOverByGap } from '../../lib/work/work-by-gap';
import {
  $storageWorks,
  handoffStores,
  planResults,
  replaceMatrix,
  restoreBackup,
  type PlanResults,
} from '../../stores/handoff';
import { storage } from '../../stores/storage';
import { NotSavingNotice } from '../shell/NotSavingNotice';
import { SendToMsp } from '../shell/SendToMsp';
import { ToolLayout } from '../shell/ToolLayout';
import { CheckSummary } from './CheckSummary';
import { focusNotice } from './focus';
import { openPlan } from './open-plan';
import { currentPlan, defaultPlan, setUpPlan } from './plan-edits';
import { PlanEditor } from './PlanEditor';
import { PlanNotice } from './PlanNotice';
import { PlanOut, type OpenedFile } from './PlanOut';
import { PrintAppendix } from './PrintAppendix';
import { ON_SERVER, CARDS_PER_TASK, wakeCards } from './staggered-hydration';
import { KEEP_SERVER_HTML } from '../shell/hydrate-island';
import { TeamFields } from './TeamFields';
import { toolPageUrl } from '../shell/page-address';

/** What the page sends, validated at build time; a type alias, so it passes as the island's JSON props. */
export type PlannerProps = {
  words: PlannerWords;
  /** The assessment's wording for the split, for a plan made from its answers. */
  splitWording: SplitWording;
  /** The work each gap hands to the MSP: the mapping the split and the estimator read too. */
  handOver: HandOverByGap;
  /** Makes the guide links in a Markdown export absolute. */
  siteUrl: string;
  /** How the page writes numbers, in what it says about a plan it read. */
  locale: string;
  /** The MSP behind the site, and the panel that reaches it (mspPanelFor). */
  msp: MspPanelSetup;
};

interface State {
  /** False until the page has decided where the plan comes from; until then it shows the server's. */
  ready: boolean;
  /** $plan's (stores/handoff.ts): the default plan until the page has opened, as at build time. */
  matrix: HandoffMatrix;
  backup: HandoffMatrix | undefined;
  storageWorks: boolean;
  /** For the appendix of a plan with no date; '' on the server, which cannot know the reader's day. */
  today: string;
  notice: PlanNotice | null;
  /** How many cards are live; the rest keep the server's markup until their turn. */
  live: number;
  /** A shared link opened the page: it leads with the plan's checks (null until it has opened). */
  resultFirst: boolean | null;
}

/**
 * The handoff planner: the matrix as one card per row, the checks under each row, and the
 * ways to keep, share, reopen and print the plan. State lives in $handoff (stores/handoff.ts);
 * this holds where the plan came from and puts the parts together.
 */
export default class HandoffPlanner extends Component<PlannerProps, State> {
  override state: State;
  private stop: (() => void)[] = [];
  private editor = createRef<PlanEditor>();
  /** The rows' names: the planner's own, and the functions as the assessment's split names them. */
  private names: RowNames;
  private results: PlanResults;

  constructor(props: PlannerProps) {
    super(props);
    this.names = { ...props.words.rowNames, functions: props.splitWording.copy.split.labels };
    setUpPlan(this.names);
    this.results = planResults(defaultPlan(), props.words.checks);
    this.state = {
      ready: false,
      matrix: this.results.$plan.get(),
      backup: undefined,
      storageWorks: true,
      today: '',
      notice: null,
      live: ON_SERVER ? Number.POSITIVE_INFINITY : CARDS_PER_TASK,
      resultFirst: null,
    };
  }

  override componentDidMount() {
    // Text boxes hand over their text on change; closing the tab mid-word should not lose it.
    const commit = () => (document.activeElement as HTMLElement | null)?.blur?.();
    addEventListener('pagehide', commit);
    this.stop = [
      this.results.$plan.subscribe((matrix) => this.setState({ matrix })),
      handoffStores().backup.subscribe((backup) => this.setState({ backup })),
      $storageWorks.subscribe((storageWorks) => this.setState({ storageWorks })),
      () => removeEventListener('pagehide', commit),
    ];
    wakeCards(
      defaultPlan().rows.length,
      (live, then) => this.setState({ live }, then),
      () => void this.open(),
    );
  }

  override componentWillUnmount() {
    for (const stop of this.stop) stop();
  }

  private async open() {
    const notice = await openPlan(this.assessmentPlan, this.names);
    this.results.open();
    this.setState({
      ready: true,
      live: Number.POSITIVE_INFINITY,
      today: isoDateOf(new Date()),
      notice,
      resultFirst: notice?.kind === 'link',
    });
  }

  /**
   * The plan the fit assessment suggests; null when this browser holds no answers of it. The
   * assessment's reader loads only when there are answers to read, so most visits never pay for it.
   */
  private assessmentPlan = async (): Promise<HandoffMatrix | null> => {
    if (!(STORAGE_KEYS.assessment in storage)) return null;
    const { planFromSavedAssessment } = await import('./assessment-plan');
    return planFromSavedAssessment(this.props.splitWording, this.props.handOver, this.names);
  };

  /** A plan from a file or from the assessment replaces the one on screen, which is kept. */
  private opened(matrix: HandoffMatrix, fileName: string | null, warnings: readonly ReadWarning[] = [], more = 0) {
    const replacedSaved = replaceMatrix(matrix);
    this.editor.current?.forgetRemoved();
    this.setState({ notice: { kind: 'opened', fileName, replacedSaved, warnings, more } });
    focusNotice();
  }

  private goBack = () => {
    restoreBackup();
    this.setState({ notice: { kind: 'went-back' } });
  };

  private startFromAssessment = async () => {
    const plan = await this.assessmentPlan();
    if (plan) this.opened(plan, null);
  };

  /**
   * The message the panel under the plan sends: the plan on screen, with its share link when
   * the plan fits in one. The summary writer loads when the reader reaches the panel.
   */
  private message = async (): Promise<MspMessage> => {
    const { $plan, $checks } = this.results;
    const matrix = $plan.get();
    const [{ planMessage }, query] = await Promise.all([
      import('../../lib/handoff/msp-summary'),
      encodeMatrixLink(matrix, this.names),
    ]);
    const link = `${toolPageUrl()}?${query}`;
    return planMessage(matrix, $checks.get(), this.props.words, isTooLongForChat(link) ? null : link);
  };

  override render(
    { words, siteUrl, locale, msp }: PlannerProps,
    { ready, matrix, backup, storageWorks, today, notice, live, resultFirst }: State,
  ) {
    const checks = this.results.$checks.get();
    return (
      <div class="planner" data-ready={ready ? '' : undefined}>
        <ToolLayout
          resultFirst={resultFirst}
          summary={planInShort(matrix, words)}
          words={words.answerSummary}
          level={2}
          notices={
            <>
              {notice && (
                <PlanNotice
                  notice={notice}
                  words={words.notices}
                  locale={locale}
                  canGoBack={backup !== undefined}
                  onGoBack={this.goBack}
                  onStartFromAssessment={() => void this.startFromAssessment()}
                  onDismiss={() => this.setState({ notice: null })}
                />
              )}
              <NotSavingNotice storageWorks={storageWorks} text={words.notices.notSaving} />
            </>
          }
          form={
            <>
              <TeamFields matrix={matrix} words={words.teams} />
              <PlanEditor
                ref={this.editor}
                matrix={matrix}
                checks={checks}
                live={live}
                words={words}
                names={this.names}
              />
            </>
          }
          result={(summary) => (
            <>
              <CheckSummary
                checks={checks}
                ready={ready}
                words={words.summary}
                checkWords={words.checks}
                all={summary !== null}
              />
              {summary}
              <PlanOut
                current={currentPlan}
                names={this.names}
                siteUrl={siteUrl}
                words={words}
                locale={locale}
                onOpen={({ matrix: opened, warnings, moreWarnings }: OpenedFile, name: string) =>
                  this.opened(opened, name, warnings, moreWarnings)
                }
              />
              <SendToMsp setup={msp} version={matrix} message={this.message} />
            </>
          )}
        />
        {ready || ON_SERVER ? (
          <PrintAppendix matrix={matrix} checks={checks} today={today} words={words} />
        ) : (
          <section class="hp-print" dangerouslySetInnerHTML={KEEP_SERVER_HTML} />
        )}
      </div>
    );
  }
}
