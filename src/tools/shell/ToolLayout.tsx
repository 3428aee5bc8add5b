import { Component, createRef, type ComponentChildren } from 'preact';
import type { AnswerSummaryWords } from '../../lib/tools/words-schema';
import { AnswerSummary, type SummaryLine } from './AnswerSummary';

interface Props {
  /**
   * The page opened from a link that carries answers with a result, so it leads with that result.
   * Null until the tool has decided what it opens with (the build-time render and hydration).
   */
  resultFirst: boolean | null;
  /** The answers in short, shown with the result while the form is put away. */
  summary: readonly SummaryLine[];
  words: AnswerSummaryWords;
  /** The summary's heading level: it sits inside the result (3) or beside its sections (2). */
  level?: 2 | 3;
  /** Where the answers came from: above the form, or with the summary while the form is away. */
  notices: ComponentChildren;
  form: ComponentChildren;
  /**
   * Renders the result with the answers in short placed where they read best, after the
   * recommendation or the figures; null while the form is showing instead.
   */
  result: (summary: ComponentChildren | null) => ComponentChildren;
}

interface State {
  /** The reader asked for the form: the page stays a form and its result from then on. */
  changing?: boolean;
}

/**
 * Every tool's page: the inputs and the live result, side by side on a wide screen (tools.css),
 * or, when a link opened it on a result, the result with the answers in short and a way back to
 * the form. `data-mode` appears once the tool has decided; until then a page opened with a query
 * keeps the tool unpainted (LinkOpening.astro), so it shows in its mode at once, without a jump.
 */
export class ToolLayout extends Component<Props, State> {
  override state: State = {};
  private inputs = createRef<HTMLDivElement>();

  /** Shows the form and puts the reader in its first field, which says which form it is. */
  private change = () =>
    this.setState({ changing: true }, () =>
      this.inputs.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(),
    );

  override render({ resultFirst, summary, words, level = 3, notices, form, result }: Props, { changing }: State) {
    const first = resultFirst === true && !changing;
    return (
      <div class="tool-layout" data-mode={resultFirst === null ? undefined : first ? 'result-first' : 'inputs-first'}>
        <div class="tool-inputs" ref={this.inputs} hidden={first}>
          {!first && notices}
          {form}
        </div>
        <div class="tool-result">
          {result(
            first ? (
              <AnswerSummary lines={summary} words={words} level={level} notices={notices} onChange={this.change} />
            ) : null,
          )}
        </div>
      </div>
    );
  }
}
