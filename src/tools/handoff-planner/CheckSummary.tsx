import { Component } from 'preact';
import type { CheckWords, PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { describeCheckChange } from '../../lib/handoff/check-changes';
import { summarizeChecks, type CheckResult } from '../../lib/handoff/checks';
import { CheckList } from './CheckList';

interface Props {
  /** The plan's checks, a new array only when the plan changed. */
  checks: readonly CheckResult[];
  /** False while the page shows the server's plan: nothing the reader did has changed yet. */
  ready: boolean;
  words: PlannerWords['summary'];
  checkWords: CheckWords;
  /** The plan's cards are put away (a link opened it on its result): list every open check here. */
  all: boolean;
}

interface State {
  /** What the last edit opened or closed, read after the count. */
  change: string;
}

/**
 * How many checks are open, in a live region, and the checks about the whole plan. Screen
 * readers hear what an edit opened or closed next to the count, so a reader who just picked an
 * owner learns the effect without leaving the field.
 */
export class CheckSummary extends Component<Props, State> {
  override state: State = { change: '' };

  override componentDidUpdate(previous: Props) {
    const { checks, ready, checkWords } = this.props;
    if (!ready || !previous.ready || checks === previous.checks) return;
    const said = describeCheckChange(previous.checks, checks, checkWords.changes);
    // An edit that changes no check leaves the last announcement as it was.
    if (said && said !== this.state.change) this.setState({ change: said });
  }

  override render({ checks, words, checkWords, all }: Props, { change }: State) {
    const summary = summarizeChecks(checks, checkWords);
    const listed = all ? checks : checks.filter((check) => check.rowId === null);
    return (
      <div class="hp-summary no-print">
        <p role="status" class="hp-count">
          <strong>{summary.text}</strong>
          <span class="visually-hidden">{` ${change}`}</span>
        </p>
        {summary.count > 0 && !all && <p>{words.perRow}</p>}
        {listed.length > 0 && <CheckList checks={listed} label={all ? summary.text : words.planChecks} />}
      </div>
    );
  }
}
