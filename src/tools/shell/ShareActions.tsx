import { Component, createRef, type ComponentChildren } from 'preact';
import type { ShareWords } from '../../lib/tools/words-schema';
import { copyText } from './clipboard';

interface Props {
  words: ShareWords;
  /** The full share link. */
  url: string;
  /** A mailto: link that carries the share link. */
  emailHref: string;
  /** Tool-specific actions (a CSV download, say), shown after the shared ones. */
  children?: ComponentChildren;
}

interface State {
  status: string;
  /** Shown when the clipboard was refused: the link, selected, to copy by hand. */
  manual: boolean;
}

/** Copy link (with a by-hand fallback), e-mail and print, the same in every tool. */
export class ShareActions extends Component<Props, State> {
  override state: State = { status: '', manual: false };
  private field = createRef<HTMLInputElement>();

  private copy = async () => {
    const copied = await copyText(this.props.url);
    this.setState({ status: copied ? this.props.words.copied : this.props.words.blocked, manual: !copied });
  };

  override componentDidUpdate() {
    if (this.state.manual) this.field.current?.select();
  }

  override render({ words, url, emailHref, children }: Props, { status, manual }: State) {
    return (
      <div class="share-actions no-print">
        <div class="share-buttons">
          <button type="button" onClick={this.copy} data-action="copy">
            {words.copy}
          </button>
          <a class="button secondary" href={emailHref} data-action="email">
            {words.email}
          </a>
          <button type="button" class="secondary" onClick={() => print()} data-action="print">
            {words.print}
          </button>
          {children}
        </div>
        {manual && (
          <p data-action="manual">
            <label>
              {words.manualLabel} <input ref={this.field} type="text" readOnly class="manual-copy" value={url} />
            </label>
          </p>
        )}
        <p role="status" class="share-status">
          {status}
        </p>
      </div>
    );
  }
}
