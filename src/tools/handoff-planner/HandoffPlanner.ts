import { Component, h } from 'preact';
import { splitForNeeds, type SplitWording } from '../../lib/assessment/split';
import type { HandOverByGap } from '../../lib/work/work-by-gap';
import { defaultLabelOf, type BuiltInKey } from '../../lib/handoff/built-in-rows';
import { describeCheckChange } from '../../lib/handoff/check-changes';
import { checksForRow, runChecks, summarizeChecks, type CheckResult } from '../../lib/handoff/checks';
import { isoDateOf } from '../../lib/handoff/limits';
import { decodeMatrixLink, hasMatrixLink } from '../../lib/handoff/link-codec';
import {
  addRow,
  createDefaultMatrix,
  MAX_ROWS,
  matrixFromSplit,
  missingBuiltInKeys,
  reinsertRow,
  removeRow,
  renameRow,
  restoreBuiltInRow,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
  type MatrixRow,
  type RowKind,
} from '../../lib/handoff/matrix';
import {
  $assessment,
  $handoff,
  $handoffBackup,
  $storageWorks,
  replaceMatrix,
  restoreBackup,
} from '../../stores/handoff';
import { DraftInput } from './DraftInput';
import { PlanOut, type OpenedFile } from './PlanOut';
import { PrintAppendix } from './PrintAppendix';
import { RowEditor } from './RowEditor';

// Written with h() rather than JSX, and as classes rather than with hooks: the JSX runtime and
// the hooks module would be two more scripts on a page with a tight JavaScript budget, and the
// estimator's page would pay for the split too. h(tag, props, ...children) reads like markup.


interface Props {
  splitWording: SplitWording;
  /** The work each gap hands to the MSP: the mapping the split and the estimator read too. */
  handOver: HandOverByGap;
  /** Makes the guide links in a Markdown export absolute. */
  siteUrl: string;
}

interface Notice {
  text: string;
  warnings?: readonly string[];
  /** Offer to go back to the plan that was replaced. */
  goBack?: boolean;
  /** Offer to replace the saved plan with one from the assessment. */
  fromAssessment?: boolean;
  error?: boolean;
}

interface State {
  /** False until the page has decided where the plan comes from; until then it shows the server's. */
  ready: boolean;
  stored: HandoffMatrix | undefined;
  backup: HandoffMatrix | undefined;
  storageWorks: boolean;
  today: string;
  notice: Notice | null;
  removed: { row: MatrixRow; index: number } | null;
  renaming: string | null;
  restoreKey: string;
  /** What the last edit opened or closed, read after the count. */
  change: string;
  /** How many cards are live; the rest keep the server's markup until their turn (see `wake`). */
  live: number;
}

/** Cards brought to life per task while the page opens: each task stays well under 50 ms on a slow phone. */
const CARDS_PER_TASK = 3;

const SERVER = typeof window === 'undefined';
/**
 * Preact leaves an element's server-rendered children alone when it hydrates one with
 * `dangerouslySetInnerHTML`: the hidden print appendix is not hydrated, only replaced once ready.
 */
const KEEP_SERVER_HTML = { __html: '' };

/** What the server renders and every first visit starts from. */
const DEFAULT_MATRIX = createDefaultMatrix();
const current = (): HandoffMatrix => $handoff.get() ?? DEFAULT_MATRIX;

function edit(change: (matrix: HandoffMatrix) => HandoffMatrix) {
  const before = current();
  const after = change(before);
  if (after !== before) $handoff.set(after);
}

/**
 * Focuses what the pending render is about to show. Preact renders state changes in a
 * microtask queued by the first setState, so a microtask queued after it runs once the DOM is
 * up to date, before the browser paints or takes the next key press (an animation frame would
 * leave focus on <body> for a frame, and never come in a background tab).
 */
const focusSoon = (selector: string) => queueMicrotask(() => document.querySelector<HTMLElement>(selector)?.focus());

const KIND_SECTIONS: readonly { kind: RowKind; title: string; add: string; intro: string }[] = [
  {
    kind: 'function',
    title: 'Who owns each kind of work',
    add: 'Add a function',
    intro:
      'Each slice of IT work gets one owner; shared work needs a named lead. Escalate to a role rather than a person, so the plan outlives staff changes.',
  },
  {
    kind: 'handoff',
    title: 'Where the two teams hand over',
    add: 'Add a handoff point',
    intro: 'The points where work passes between the teams, and the terms that keep them honest.',
  },
];

/**
 * The handoff planner: the matrix as one card per row, the checks under each row, and the
 * ways to keep, share, reopen and print the plan. State lives in $handoff (stores/handoff.ts).
 */
export default class HandoffPlanner extends Component<Props, State> {
  override state: State = {
    ready: false,
    stored: undefined,
    backup: undefined,
    storageWorks: true,
    today: '',
    notice: null,
    removed: null,
    renaming: null,
    restoreKey: '',
    change: '',
    live: SERVER ? Number.POSITIVE_INFINITY : CARDS_PER_TASK,
  };
  private stop: (() => void)[] = [];
  private checked: { matrix: HandoffMatrix; checks: CheckResult[] } | null = null;
  private lastChecks: CheckResult[] | null = null;

  override componentDidMount() {
    // Text boxes hand over their text on change; closing the tab mid-word should not lose it.
    const commit = () => (document.activeElement as HTMLElement | null)?.blur?.();
    addEventListener('pagehide', commit);
    this.stop = [
      $handoff.subscribe((stored) => this.setState({ stored })),
      $handoffBackup.subscribe((backup) => this.setState({ backup })),
      $storageWorks.subscribe((storageWorks) => this.setState({ storageWorks })),
      () => removeEventListener('pagehide', commit),
    ];
    setTimeout(this.wake);
  }

  /**
   * Hydrating every card at once is one long task on a slow phone (and blocking time in
   * Lighthouse). The first cards hydrate with the page; the rest come to life a few per task,
   * then the saved plan (or a link, or the assessment) is put on screen in a task of its own.
   */
  private wake = () => {
    if (this.state.live < DEFAULT_MATRIX.rows.length) {
      this.setState(({ live }) => ({ live: live + CARDS_PER_TASK }), () => setTimeout(this.wake));
    } else {
      void this.openPlan();
    }
  };

  override componentWillUnmount() {
    for (const stop of this.stop) stop();
  }

  override componentDidUpdate(_: Props, previous: State) {
    const { ready, renaming, change } = this.state;
    // Screen readers hear what an edit opened or closed, next to the count.
    if (ready) {
      const checks = this.checks();
      if (this.lastChecks && checks !== this.lastChecks) {
        const said = describeCheckChange(this.lastChecks, checks);
        if (said && said !== change) this.setState({ change: said });
      }
      this.lastChecks = checks;
    }
    // In the same task as the click, so no keystroke typed straight after lands elsewhere.
    if (renaming && renaming !== previous.renaming) {
      (document.getElementById(`hp-${renaming}-rename`) as HTMLInputElement | null)?.select();
    }
  }

  /** Precedence on opening: a shared link, else the plan saved here, else the fit assessment, else defaults. */
  private async openPlan() {
    const search = location.search;
    const clearAddress = () => history.replaceState(null, '', location.pathname + location.hash);
    let notice: Notice | null = null;
    if (hasMatrixLink(search)) {
      const opened = await decodeMatrixLink(search);
      if (opened.ok) {
        const kept = replaceMatrix(opened.matrix);
        notice = {
          text: kept
            ? 'This plan comes from the link you opened. It replaced the plan saved in this browser, which is kept: you can go back to it.'
            : 'This plan comes from the link you opened. Your changes are saved in this browser.',
          warnings: opened.warnings,
          goBack: kept,
        };
      } else {
        notice = {
          text: `${opened.error}${$handoff.get() ? ' Your saved plan is unchanged.' : ''}`,
          error: true,
        };
      }
      clearAddress();
    } else {
      const fromAssessment = new URLSearchParams(search).get('from') === 'assessment';
      const plan = fromAssessment || $handoff.get() === undefined ? this.assessmentPlan() : null;
      if (plan && $handoff.get() === undefined) {
        $handoff.set(plan);
        notice = {
          text: 'Filled in from your fit assessment: the work it suggested handing over is with the MSP, the rest stays with your team. Change anything below.',
        };
      } else if (plan) {
        notice = {
          text: 'This browser already holds a plan, so it stays on screen. You can start again from your fit assessment instead; the plan you have now is kept.',
          fromAssessment: true,
        };
      }
      if (fromAssessment) clearAddress();
    }
    this.setState({ ready: true, live: Number.POSITIVE_INFINITY, today: isoDateOf(new Date()), notice });
  }

  /** The assessment's suggested split as a plan; null until its needs question is answered. */
  private assessmentPlan(): HandoffMatrix | null {
    const { answers, preparedFor } = $assessment.get();
    if (!answers.needsAnswered) return null;
    const plan = matrixFromSplit(
      splitForNeeds(answers.needs, answers.customApps === true, this.props.splitWording, this.props.handOver),
    );
    return updateMatrixInfo(plan, { internalTeam: preparedFor ?? '' });
  }

  private matrix(): HandoffMatrix {
    return this.state.ready ? (this.state.stored ?? DEFAULT_MATRIX) : DEFAULT_MATRIX;
  }

  /** The checks of the plan on screen, worked out once per version of the plan. */
  private checks(): CheckResult[] {
    const matrix = this.matrix();
    if (this.checked?.matrix !== matrix) this.checked = { matrix, checks: runChecks(matrix) };
    return this.checked.checks;
  }

  private opened(result: OpenedFile, what: string) {
    const kept = replaceMatrix(result.matrix);
    this.setState({
      removed: null,
      notice: {
        text: `Opened ${what}.${kept ? ' It replaced the plan on screen, which is kept: you can go back to it.' : ''}`,
        warnings: result.warnings,
        goBack: kept,
      },
    });
    focusSoon('.planner > .notice');
  }

  private remove(row: MatrixRow) {
    const index = current().rows.findIndex((other) => other.id === row.id);
    edit((m) => removeRow(m, row.id));
    this.setState({ removed: { row, index }, renaming: null });
    focusSoon('#hp-undo');
  }

  private undoRemove() {
    const { removed } = this.state;
    if (!removed) return;
    edit((m) => reinsertRow(m, removed.row, removed.index));
    this.setState({ removed: null });
    focusSoon(`#row-${removed.row.id} .hp-row-tools button`);
  }

  private finishRename(row: MatrixRow, label: string | null) {
    if (label !== null) edit((m) => renameRow(m, row.id, label));
    this.setState({ renaming: null });
    focusSoon(`#row-${row.id} .hp-row-tools button`);
  }

  private add(kind: RowKind) {
    const before = current();
    const after = addRow(before, kind);
    if (after === before) return;
    $handoff.set(after);
    const added = after.rows.find((row) => !before.rows.some((old) => old.id === row.id));
    if (added) this.setState({ renaming: added.id });
  }

  private putBack(missing: readonly BuiltInKey[]) {
    const { restoreKey } = this.state;
    const key = (missing as readonly string[]).includes(restoreKey) ? (restoreKey as BuiltInKey) : missing[0];
    if (key === undefined) return;
    edit((m) => restoreBuiltInRow(m, key));
    this.setState({ restoreKey: '' });
    focusSoon(`#row-${current().rows.find((row) => row.key === key)?.id ?? ''} input`);
  }

  private renderNotice(notice: Notice) {
    const { backup } = this.state;
    return h(
      'div',
      {
        class: `notice no-print${notice.error ? ' hp-error' : ''}`,
        role: 'region',
        'aria-label': 'About this plan',
        tabIndex: -1,
      },
      h('p', null, notice.text),
      notice.warnings &&
        notice.warnings.length > 0 && [
          h('p', null, 'Some of it could not be used as it was:'),
          h(
            'ul',
            null,
            notice.warnings.map((warning, index) => h('li', { key: index }, warning)),
          ),
        ],
      h(
        'div',
        { class: 'share-buttons' },
        notice.goBack &&
          backup &&
          h(
            'button',
            {
              type: 'button',
              onClick: () => {
                restoreBackup();
                this.setState({
                  notice: {
                    text: 'Back to your earlier plan. The one you opened is kept, in case you want it again.',
                    goBack: true,
                  },
                });
              },
            },
            'Go back to the earlier plan',
          ),
        notice.fromAssessment &&
          h(
            'button',
            {
              type: 'button',
              onClick: () => {
                const plan = this.assessmentPlan();
                if (plan) this.opened({ ok: true, matrix: plan, warnings: [] }, 'a plan from your fit assessment');
              },
            },
            'Start from the assessment',
          ),
        h('button', { type: 'button', class: 'secondary', onClick: () => this.setState({ notice: null }) }, 'Dismiss'),
      ),
    );
  }

  private infoField(id: string, label: string, type: 'text' | 'date', value: string, field: 'internalTeam' | 'mspName' | 'date') {
    return h(
      'div',
      { class: 'hp-field' },
      h('label', { for: id }, label),
      h(DraftInput, {
        type,
        id,
        value,
        onCommit: (text: string) => edit((m) => updateMatrixInfo(m, { [field]: text })),
      }),
    );
  }

  override render(props: Props, state: State) {
    const matrix = this.matrix();
    const checks = this.checks();
    const summary = summarizeChecks(checks);
    const missing = missingBuiltInKeys(matrix);
    const full = matrix.rows.length >= MAX_ROWS;
    const planChecks = checks.filter((check) => check.rowId === null);
    const { removed, renaming } = state;

    return h(
      'div',
      { class: 'planner', 'data-ready': state.ready ? '' : undefined },
      state.notice && this.renderNotice(state.notice),
      !state.storageWorks &&
        h(
          'p',
          { class: 'notice no-print', role: 'status' },
          'This browser is not saving the plan, so it will be lost on reload. Download the JSON file to keep it.',
        ),
      h(
        'fieldset',
        { class: 'hp-info no-print' },
        h('legend', null, 'The two teams'),
        this.infoField('hp-internal', 'Internal IT team', 'text', matrix.internalTeam, 'internalTeam'),
        this.infoField('hp-msp', 'MSP', 'text', matrix.mspName, 'mspName'),
        this.infoField('hp-date', 'Date agreed', 'date', matrix.date, 'date'),
      ),
      h(
        'div',
        { class: 'hp-summary no-print' },
        h(
          'p',
          { role: 'status', class: 'hp-count' },
          h('strong', null, `${summary.text}.`),
          h('span', { class: 'visually-hidden' }, ` ${state.change}`),
        ),
        summary.count > 0 && h('p', null, 'Each open check sits under its row, with the part of the guide that explains it.'),
        planChecks.length > 0 &&
          h(
            'ul',
            { class: 'hp-checks', 'aria-label': 'Open checks for the whole plan' },
            planChecks.map((check) =>
              h('li', { key: check.id }, check.message, ' ', h('a', { href: check.href }, check.guideTitle)),
            ),
          ),
      ),
      h(
        'div',
        { class: 'hp-editor no-print' },
        KIND_SECTIONS.map(({ kind, title, add, intro }) =>
          h(
            'section',
            { key: kind, 'aria-labelledby': `hp-${kind}-title` },
            h('h2', { id: `hp-${kind}-title` }, title),
            h('p', null, intro),
            h(
              'ol',
              { class: 'hp-rows' },
              matrix.rows
                .filter((row) => row.kind === kind)
                .map((row) =>
                  h(RowEditor, {
                    key: row.id,
                    row,
                    matrix,
                    checks: checksForRow(checks, row.id),
                    renaming: renaming === row.id,
                    live: matrix.rows.indexOf(row) < state.live,
                    onPatch: (patch) => edit((m) => updateRow(m, row.id, patch)),
                    onStartRename: () =>
                      this.setState((now) => ({ renaming: now.renaming === row.id ? null : row.id })),
                    onRename: (label) => this.finishRename(row, label),
                    onRemove: () => this.remove(row),
                  }),
                ),
            ),
            h('button', { type: 'button', class: 'secondary', disabled: full, onClick: () => this.add(kind) }, add),
          ),
        ),
        removed &&
          h(
            'p',
            { class: 'notice hp-undo', role: 'status' },
            `Removed “${removed.row.label}”. `,
            h('button', { type: 'button', id: 'hp-undo', class: 'secondary', onClick: () => this.undoRemove() }, 'Undo'),
          ),
        missing.length > 0 &&
          !full &&
          h(
            'div',
            { class: 'hp-restore' },
            h('label', { for: 'hp-restore' }, 'Add or put back a standard row'),
            h(
              'select',
              {
                id: 'hp-restore',
                value: state.restoreKey,
                onChange: (event: Event) => this.setState({ restoreKey: (event.currentTarget as HTMLSelectElement).value }),
              },
              h('option', { value: '' }, 'Choose a row'),
              missing.map((key) => h('option', { key, value: key }, defaultLabelOf(key))),
            ),
            h('button', { type: 'button', class: 'secondary', onClick: () => this.putBack(missing) }, 'Put it back'),
          ),
        full && h('p', null, `The plan holds ${MAX_ROWS} rows, the most it can; remove one to add another.`),
      ),
      h(PlanOut, {
        current,
        siteUrl: props.siteUrl,
        onOpen: (result: OpenedFile, name: string) => this.opened(result, `“${name}”`),
      }),
      state.ready || SERVER
        ? h(PrintAppendix, { matrix, checks, today: state.today })
        : h('section', { class: 'hp-print', dangerouslySetInnerHTML: KEEP_SERVER_HTML }),
    );
  }
}
