import { Component, createRef, type ComponentChildren } from 'preact';
import type { ShareWords } from '../../lib/tools/words-schema';
import { copyText } from './clipboard';

/** A line for the status the share actions keep, from the tool's own actions (a download, say). */
export interface ShareStatus {
  text: string;
  /** Something went wrong: the line stands out. */
  error?: boolean;
}

interface Props {
  /** Without `email` (and `emailHref`) there is no e-mail action. */
  words: Omit<ShareWords, 'email'> & Partial<Pick<ShareWords, 'email'>>;
  /**
   * The full share link; or, for a tool that must work it out first (the planner compresses its
   * plan), a function that makes it when the reader asks. That function returns null when there
   * is no link to give, and the tool says why through `status`.
   */
  url: string | (() => Promise<string | null>);
  /** A mailto: link that carries the share link. */
  emailHref?: string;
  /** Keep the copied link in view, not only when the clipboard refused it. */
  showLink?: boolean;
  /** What the tool's own actions last did: each new object takes over the status line. */
  status?: ShareStatus | null;
  /** Tool-specific actions (a CSV download, say), shown after the shared ones. */
  children?: ComponentChildren;
}

interface State {
  status: ShareStatus;
  /** The link in a field to copy by hand; '' for none. */
  shown: string;
}

/** Copy link (with a by-hand fallback), e-mail and print, the same in every tool. */
export class ShareActions extends Component<Props, State> {
  override state: State = { status: this.props.status ?? { text: '' }, shown: '' };
  private field = createRef<HTMLInputElement>();

  private copy = async () => {
    const { url, words, showLink } = this.props;
    const link = typeof url === 'string' ? url : await url();
    if (link === null) {
      this.setState({ shown: '' });
      return;
    }
    const copied = await copyText(link);
    this.setState(
      { status: { text: copied ? words.copied : words.blocked }, shown: copied && !showLink ? '' : link },
      // Selected once, when the clipboard refused, so a re-render never takes the reader's selection.
      () => {
        if (!copied) this.field.current?.select();
      },
    );
  };

  override componentDidUpdate(previous: Props) {
    const { status } = this.props;
    if (status && status !== previous.status) this.setState({ status });
  }

  override render({ words, emailHref, children }: Props, { status, shown }: State) {
    return (
      <div class="share-actions no-print">
        <div class="share-buttons">
          <button type="button" onClick={this.copy} data-action="copy">
            {words.copy}
          </button>
          {emailHref && words.email && (
            <a class="button secondary" href={emailHref} data-action="email">
              {words.email}
            </a>
          )}
          <button type="button" class="secondary" onClick={() => print()} data-action="print">
            {words.print}
          </button>
          {children}
        </div>
        {shown && (
          <p data-action="manual">
            <label>
              {words.manualLabel} <input ref={this.field} type="text" readOnly class="manual-copy" value={shown} />
            </label>
          </p>
        )}
        <p role="status" class={status.error ? 'share-status is-error' : 'share-status'}>
          {status.text}
        </p>
      </div>
    );
  }
}
