import { Component, h, type ComponentChildren } from 'preact';
import { countAnswered, EMPTY_ANSWERS, scorableAnswers } from '../../lib/assessment/answers';
import { estimatorHrefFromAssessment } from '../../lib/assessment/estimator-link';
import { decodeAssessmentQuery, encodeAssessmentQuery, type IgnoredParam } from '../../lib/assessment/link-codec';
import type { IslandRules } from '../../lib/assessment/rules-schema';
import { assessFit } from '../../lib/assessment/score';
import { assessmentSharePath } from '../../lib/assessment/share-link';
import { fillTemplate as fill } from '../../lib/text/template';
import { activeTokens, isShown } from '../../lib/assessment/visibility';
import { $assessment, setAssessment, startOver, type AssessmentState } from '../../stores/assessment';
import { $storageWorks } from '../../stores/storage';
import { AssessmentResult } from './AssessmentResult';
import { listenToForm, showInForm } from './form';
import { onActionClick, updateActionLinks } from './share';
import type { ScopeByGap } from '../../lib/work/work-by-gap';

// Written with h() rather than JSX: the JSX runtime would be one more script on a page with a
// tight JavaScript budget. h(tag, props, ...children) reads like the markup it makes.

interface Props {
  /** The rules and, in `rules.copy`, every word the assessment shows. */
  rules: IslandRules;
  locale: string;
  siteName: string;
  guideTitles: Record<string, string>;
  /** The scope items each gap prices, for the estimator link (src/lib/work/work-by-gap.ts). */
  scopeByNeed: ScopeByGap;
  /**
   * Static markup rendered at build time and passed as slots (the .astro files beside this one):
   * the form, the co-managed split and risks, and the actions under a result.
   */
  form?: ComponentChildren;
  plan?: ComponentChildren;
  actions?: ComponentChildren;
}

interface State extends AssessmentState {
  storageWorks: boolean;
  origin: string;
  /** Where the answers came from, for the link notice. */
  fromLink: boolean;
  replacedSaved: boolean;
  ignored: IgnoredParam[];
}

const NO_LINK = { fromLink: false, replacedSaved: false, ignored: [] };

/**
 * The fit assessment. It stays within the page's JavaScript budget by rendering only what
 * changes (the notices and the result) and bringing the static slots to life.
 */
export default class FitAssessment extends Component<Props, State> {
  override state: State = {
    // The first render matches the server's; saved answers arrive once mounted.
    answers: EMPTY_ANSWERS,
    preparedFor: null,
    storageWorks: true,
    origin: '',
    ...NO_LINK,
  };
  private stop: (() => void)[] = [];
  private form?: HTMLFormElement;

  override componentDidMount() {
    // A shared link wins over saved answers; it is read once, when the page opens.
    const { fromLink, ignored, answers, preparedFor } = decodeAssessmentQuery(location.search);
    const saved = encodeAssessmentQuery($assessment.get().answers);
    if (fromLink) setAssessment(answers, preparedFor);
    this.setState({
      origin: location.origin,
      fromLink,
      ignored,
      replacedSaved: fromLink && saved !== 'v=1' && saved !== encodeAssessmentQuery(answers),
    });
    const form = (this.form = (this.base as Element).querySelector('form')!);
    listenToForm(form, setAssessment);
    form.querySelector('[data-start-over]')!.addEventListener('click', () => {
      startOver();
      this.setState(NO_LINK);
      form.querySelector('input')!.focus();
    });
    this.stop = [
      $assessment.subscribe((state) => this.setState(state)),
      $storageWorks.subscribe((storageWorks) => this.setState({ storageWorks })),
    ];
  }

  override componentWillUnmount() {
    for (const stop of this.stop) stop();
  }

  override componentDidUpdate() {
    const { answers, preparedFor, origin } = this.state;
    const { rules, siteName } = this.props;
    const { share, models, ui } = rules.copy;
    const base = this.base as Element;
    showInForm(this.form!, answers, preparedFor, countAnswered(answers), ui.progress);
    // Keep the address bar a faithful, shareable copy of what is on screen.
    const path = this.sharePath();
    if (origin && location.pathname + location.search !== path) history.replaceState(null, '', path);
    const result = this.result();
    if (result) {
      const tokens = activeTokens(answers.needs, answers.customApps === true);
      for (const element of base.querySelectorAll<HTMLElement>('[data-when],[data-unless]')) {
        element.hidden = !isShown(element.dataset, tokens);
      }
      const subject = fill(share.emailSubject, { model: models[result.recommendation], site: siteName });
      const intro = preparedFor ? fill(share.emailIntroFor, { name: preparedFor }) : share.emailIntro;
      updateActionLinks(base, {
        estimator: estimatorHrefFromAssessment(
          { employees: result.answers.employees, needs: result.answers.needs ?? [] },
          this.props.scopeByNeed,
          preparedFor,
        ),
        email: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`${intro}\n\n${origin}${path}\n`)}`,
      });
    }
  }

  private sharePath() {
    const { answers, preparedFor } = this.state;
    return assessmentSharePath(answers, preparedFor, this.result()?.recommendation ?? null);
  }

  /** The result as soon as both head counts are in; other answers only refine it. */
  private result() {
    const scorable = scorableAnswers(this.state.answers);
    return scorable ? { answers: scorable, ...assessFit(scorable, this.props.rules) } : null;
  }

  override render(props: Props, state: State) {
    const { ignored, fromLink } = state;
    const { copy } = props.rules;
    const { ui, linkNotice: notice } = copy;
    const result = this.result();

    return h(
      'div',
      { class: 'assessment' },
      (fromLink || ignored.length > 0) &&
        h(
          'div',
          { class: 'notice', role: 'region', 'aria-label': notice.label },
          fromLink && h('p', null, notice[state.replacedSaved ? 'replacedSaved' : 'fromLink'], ' ', notice.changeThem),
          ignored.length > 0 && [
            h('p', null, notice.ignored),
            h(
              'ul',
              null,
              ignored.map(({ param, value, reason }, index) =>
                h('li', { key: index }, h('code', null, param), value && [' = ', h('code', null, value)], ': ', reason),
              ),
            ),
          ],
          h('button', { type: 'button', class: 'secondary', onClick: () => this.setState(NO_LINK) }, notice.dismiss),
        ),
      !state.storageWorks && h('p', { class: 'notice', role: 'status' }, ui.notSaving),
      props.form,
      h(
        'p',
        { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' },
        result &&
          fill(ui.announcement, {
            model: copy.models[result.recommendation],
            score: result.scores[result.recommendation],
          }),
      ),
      h(
        'section',
        {
          id: 'assessment-result',
          class: 'assessment-result',
          'aria-labelledby': result ? 'result-title' : 'result-pending-title',
          'data-recommendation': result?.recommendation,
          onClick: (event: MouseEvent) => onActionClick(event, state.origin + this.sharePath(), copy.share),
        },
        result
          ? h(AssessmentResult, {
              answers: result.answers,
              result,
              rules: props.rules,
              preparedFor: state.preparedFor,
              locale: props.locale,
              guideTitles: props.guideTitles,
              plan: props.plan,
              actions: props.actions,
            })
          : [
              h('h2', { id: 'result-pending-title' }, ui.pendingTitle),
              h('p', null, ui.pendingCounts),
            ],
      ),
    );
  }
}
