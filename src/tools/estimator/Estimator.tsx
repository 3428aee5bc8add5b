import { Component } from 'preact';
import { announcementFor, emailSubject } from '../../lib/pricing/estimate-words';
import { inputsInShort } from '../../lib/pricing/inputs-in-short';
import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import { openEstimator } from '../../lib/pricing/estimator-opening';
import type { EstimatorState } from '../../lib/pricing/estimator-state';
import { formatsFor } from '../../lib/pricing/formats';
import { sanitizePreparedFor, type IgnoredParam } from '../../lib/pricing/link-codec';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import type { MspMessage, MspPanelSetup } from '../../lib/tools/msp-message';
import { shareEmailHref } from '../../lib/tools/share-email';
import type { ScopeByGap } from '../../lib/work/work-by-gap';
import {
  $estimator,
  $storageWorks,
  estimateResults,
  resetEstimate,
  savedAssessment,
  type EstimateResults,
} from '../../stores/estimator';
import { LinkNotice } from '../shell/LinkNotice';
import { NotSavingNotice } from '../shell/NotSavingNotice';
import { SendToMsp } from '../shell/SendToMsp';
import { ShareActions } from '../shell/ShareActions';
import { TemplateText } from '../shell/TemplateText';
import { ToolLayout } from '../shell/ToolLayout';
import { Announcer } from './Announcer';
import { Estimate } from './Estimate';
import type { EstimateDetailsComponent } from './EstimateDetails';
import { EstimatorForm } from './EstimatorForm';
import { toolPageUrl } from '../shell/page-address';

/** What the page hands the island, validated at build time; the browser never loads a validator. */
export type EstimatorProps = {
  /** The rate card without the reasoning the page prints beside the island (browserRateCard). */
  card: RateCard;
  /** The scope items each fit-assessment gap prices (src/data/gap-to-work.json). */
  scopeByGap: ScopeByGap;
  locale: string;
  currency: string;
  siteName: string;
  words: EstimatorWords;
  /** The MSP behind the site, and the panel that reaches it (mspPanelFor). */
  msp: MspPanelSetup;
  /**
   * The estimate's details, passed by the page when it renders the island at build time. Not in
   * the JSON props: the browser hydrates without them and loads them on demand (loadDetails).
   */
  details?: EstimateDetailsComponent;
};

interface LinkNoticeState {
  fromLink: boolean;
  replacedSaved: boolean;
  setAside: IgnoredParam[];
}

interface State {
  /**
   * The inputs on screen ($shown in stores/estimator.ts: the starting inputs until the page has
   * opened, as at build time); render reads what follows from them from the other results.
   */
  shown: EstimatorState;
  /** The estimate's details once live (always on the server); until then their server markup stays. */
  Details: EstimateDetailsComponent | null;
  /** Set once the tool has decided what it opens with (the e2e tests wait for `data-ready`). */
  opened: boolean;
  /** The page's address without its query; the share link adds the inputs. */
  address: string;
  storageWorks: boolean;
  linkNotice: LinkNoticeState | null;
  fromAssessment: boolean;
  csvSaved: boolean;
  /** Counts resets, so the form's fields drop what the reader had typed. */
  resets: number;
  /** A link opened the page: it leads with the estimate (null until it has opened). */
  resultFirst: boolean | null;
}

/**
 * The pricing estimator: the form, the estimate and its share actions. Rendered at build time
 * for the starting inputs (what readers without JavaScript see), then hydrated; it opens with a
 * link, saved inputs or the fit assessment's answers, and keeps the address bar a share link.
 */
export default class Estimator extends Component<EstimatorProps, State> {
  private results: EstimateResults = estimateResults(this.props.card, this.props.locale);
  /** What the server rendered, for telling when the figures on screen have moved off it. */
  private readonly startingQuery = this.results.$shareQuery.get();
  override state: State = {
    shown: this.results.$shown.get(),
    Details: this.props.details ?? null,
    opened: false,
    address: '',
    storageWorks: true,
    linkNotice: null,
    fromAssessment: false,
    csvSaved: false,
    resets: 0,
    resultFirst: null,
  };
  private unsubscribe: (() => void)[] = [];
  private detailsLoading: Promise<void> | undefined;
  private loadedDetails: EstimateDetailsComponent | undefined;

  override componentDidMount() {
    // Hydrating and opening (new figures for a link or saved inputs) run as two tasks, not one
    // long one that keeps a slow phone from answering a tap.
    const opening = setTimeout(() => void this.open());
    this.unsubscribe = [() => clearTimeout(opening)];
  }

  private async open() {
    const { card, scopeByGap } = this.props;
    // The reader of the fit assessment's answers loads only when this browser holds some: most
    // visits never took the assessment, and the page's script budget is nearly spent.
    const stored = savedAssessment();
    const opening = openEstimator({
      search: location.search,
      saved: $estimator.get(),
      fromAssessment:
        stored === undefined
          ? null
          : (await import('../../lib/pricing/assessment-prefill')).estimateFromAssessment(stored, card, scopeByGap),
      card,
    });
    if (opening.source === 'link' || opening.source === 'other-tool') $estimator.set(opening.state);
    this.results.open();
    // Figures other than the server's open the page: its details must not show the server's.
    if (this.moved()) await this.loadDetails();
    this.setState({
      opened: true,
      address: toolPageUrl(),
      linkNotice: { fromLink: opening.sayFromLink, replacedSaved: opening.replacedSaved, setAside: opening.setAside },
      fromAssessment: opening.source === 'other-tool',
      resultFirst: opening.source === 'link',
    });
    this.unsubscribe.push(
      this.results.$shown.subscribe(this.show),
      $storageWorks.subscribe((storageWorks) => this.setState({ storageWorks })),
    );
  }

  /**
   * The security comparison and the assumptions load on the reader's first touch of the tool,
   * or when the page opens on other figures: a first visit that only reads never pays for them.
   * If the network fails, the server's details stay (marked busy) and the next change tries again.
   */
  private loadDetails = (): Promise<void> =>
    (this.detailsLoading ??= import('./EstimateDetails').then(
      ({ EstimateDetails }) => {
        this.loadedDetails = EstimateDetails;
        this.liveDetails();
      },
      () => {
        this.detailsLoading = undefined;
      },
    ));

  /**
   * Puts live details in place of the server's once the figures have moved off the server's, not
   * as soon as they load: the swap rebuilds them, which would drop the focus of a reader who had
   * just tabbed or clicked into their table.
   */
  private liveDetails() {
    if (this.loadedDetails && this.moved() && !this.state.Details) this.setState({ Details: this.loadedDetails });
  }

  override componentWillUnmount() {
    for (const stop of this.unsubscribe) stop();
  }

  /** The figures on screen are no longer the ones the server rendered. */
  private moved = () => this.results.$shareQuery.get() !== this.startingQuery;

  private show = (shown: EstimatorState) => {
    // Keep the address bar a faithful, shareable copy of what is on screen.
    const search = `?${this.results.$shareQuery.get()}`;
    if (location.search !== search) history.replaceState(null, '', search);
    if (this.moved()) void this.loadDetails();
    this.liveDetails();
    this.setState({ shown });
  };

  private reset = () => {
    resetEstimate();
    this.setState(({ resets }) => ({ linkNotice: null, fromAssessment: false, resets: resets + 1 }));
  };

  /**
   * The CSV writer loads on the first download (clicking is an interaction): most visits never
   * make one, so the page does not pay for it up front, as the planner does with its exports.
   */
  private downloadCsv = async () => {
    const { card, currency, words } = this.props;
    const [{ estimateCsv }, { estimateCsvFileName }, { saveFile }] = await Promise.all([
      import('../../lib/pricing/csv'),
      import('../../lib/pricing/csv-file-name'),
      import('../shell/save-file'),
    ]);
    const csv = estimateCsv(this.results.$estimate.get(), currency, card.modelText.csv);
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    const { preparedFor } = this.results.$shown.get();
    saveFile(estimateCsvFileName(preparedFor, words.csv.fileStem), `\uFEFF${csv}`, 'text/csv;charset=utf-8');
    this.setState({ csvSaved: true });
  };

  /** The message the panel under the estimate sends; its writer loads when the reader reaches the panel. */
  private message = async (): Promise<MspMessage> =>
    (await import('../../lib/pricing/msp-summary')).estimateMessage($estimator.get(), this.props, this.state.address);

  override render({ card, locale, currency, siteName, words, msp }: EstimatorProps, state: State) {
    const { shown, opened, linkNotice, Details } = state;
    const { $inputs, $estimate, $suggestion, $shareQuery } = this.results;
    const inputs = $inputs.get();
    const estimate = $estimate.get();
    const suggestion = $suggestion.get();
    const preparedFor = sanitizePreparedFor(shown.preparedFor);
    const f = formatsFor(locale, currency);
    const url = `${state.address}?${$shareQuery.get()}`;
    return (
      <div
        class="estimator"
        data-ready={opened ? '' : undefined}
        onFocusIn={this.loadDetails}
        onPointerDown={this.loadDetails}
      >
        <ToolLayout
          resultFirst={state.resultFirst}
          summary={inputsInShort(inputs, card.scopeLabels, words, f)}
          words={words.answerSummary}
          notices={
            <>
              {linkNotice && (
                // more: the estimator's link decoder keeps the first MAX_IGNORED values and does not count the rest.
                <LinkNotice
                  words={words.notices.link}
                  fromLink={linkNotice.fromLink}
                  replacedSaved={linkNotice.replacedSaved}
                  setAside={{ ignored: linkNotice.setAside, words: words.notices.link, locale }}
                  more={0}
                  onDismiss={() => this.setState({ linkNotice: null })}
                />
              )}
              {state.fromAssessment && (
                <p class="notice no-print" data-from-assessment>
                  <TemplateText
                    template={words.notices.fromAssessment}
                    parts={{ how: <a href="#from-assessment">{words.notices.fromAssessmentHow}</a> }}
                  />
                </p>
              )}
              <NotSavingNotice storageWorks={state.storageWorks} text={words.notices.notSaving} />
            </>
          }
          form={
            <EstimatorForm
              inputs={inputs}
              preparedFor={shown.preparedFor}
              card={card}
              words={words}
              f={f}
              resets={state.resets}
              onReset={this.reset}
            />
          }
          result={(summary) => (
            <section id="estimate" class="estimator-result result-body" aria-labelledby="estimate-title">
              <Estimate
                estimate={estimate}
                suggestion={suggestion}
                preparedFor={preparedFor}
                card={card}
                words={words}
                f={f}
                summary={summary}
                details={Details && <Details estimate={estimate} card={card} words={words.estimate} f={f} />}
                detailsBehind={this.moved()}
              />
              <SendToMsp setup={msp} version={url} message={this.message} />
              <h3 class="no-print">{words.share.title}</h3>
              <ShareActions
                words={words.share}
                url={url}
                emailHref={
                  opened
                    ? shareEmailHref(emailSubject(words.email, preparedFor, siteName), words.email.intro, url)
                    : 'mailto:'
                }
              >
                <button type="button" class="secondary" onClick={() => void this.downloadCsv()}>
                  {words.csv.download}
                </button>
              </ShareActions>
              <p role="status" class="share-status no-print">
                {state.csvSaved ? words.csv.saved : ''}
              </p>
            </section>
          )}
        />
        <Announcer summary={opened ? announcementFor(words.announcement, estimate, suggestion, f) : null} />
      </div>
    );
  }
}
