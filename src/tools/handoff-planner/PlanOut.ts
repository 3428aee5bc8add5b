import { Component, h } from 'preact';
import { exportMatrixCsv } from '../../lib/handoff/export-csv';
import { exportMatrixMarkdown } from '../../lib/handoff/export-markdown';
import { matrixFileName } from '../../lib/handoff/file-name';
import { exportMatrixJson, importMatrixJson, MAX_IMPORT_BYTES, type MatrixImport } from '../../lib/handoff/json-codec';
import { encodeMatrixLink, isTooLongForChat, LINK_TOO_LONG_FOR_CHAT } from '../../lib/handoff/link-codec';
import type { HandoffMatrix } from '../../lib/handoff/matrix';
import { refusals } from '../../lib/handoff/untrusted-json';
import { saveFile } from '../shell/save-file';

export type OpenedFile = Extract<MatrixImport, { ok: true }>;

interface Props {
  /** The plan as it is now, read when a button is pressed (so never stale). */
  current(): HandoffMatrix;
  siteUrl: string;
  /** A file was read and is fine to open. */
  onOpen(opened: OpenedFile, fileName: string): void;
}

interface State {
  status: string;
  error: boolean;
  link: string;
}

const LINK_FIELD = 'hp-link';

/** Downloads, opening a saved file, the share link and printing; each says what happened. */
export class PlanOut extends Component<Props, State> {
  override state: State = { status: '', error: false, link: '' };

  private download(extension: 'md' | 'csv' | 'json') {
    const matrix = this.props.current();
    const name = matrixFileName(matrix, extension);
    if (extension === 'md') {
      saveFile(name, exportMatrixMarkdown(matrix, { siteUrl: this.props.siteUrl }), 'text/markdown;charset=utf-8');
    } else if (extension === 'csv') {
      // The byte-order mark tells spreadsheet programs the file is UTF-8.
      saveFile(name, `\uFEFF${exportMatrixCsv(matrix)}`, 'text/csv;charset=utf-8');
    } else {
      saveFile(name, exportMatrixJson(matrix), 'application/json');
    }
    this.setState({ status: `Saved ${name} to your downloads.`, error: false });
  }

  private async open(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result: MatrixImport =
      file.size > MAX_IMPORT_BYTES
        ? { ok: false, error: refusals('file').tooBig }
        : importMatrixJson(await file.text().catch(() => ''));
    if (result.ok) {
      this.setState({ status: '', error: false });
      this.props.onOpen(result, file.name);
    } else {
      this.setState({ status: `${result.error} Nothing was changed: the plan on screen is as it was.`, error: true });
    }
  }

  private async share() {
    const matrix = this.props.current();
    const url = `${location.origin}${location.pathname}?${await encodeMatrixLink(matrix)}`;
    if (isTooLongForChat(url)) {
      saveFile(matrixFileName(matrix, 'json'), exportMatrixJson(matrix), 'application/json');
      this.setState({ link: '', status: LINK_TOO_LONG_FOR_CHAT, error: false });
      return;
    }
    this.setState({ link: url });
    try {
      await navigator.clipboard.writeText(url);
      this.setState({
        status: 'Link copied. Paste it into an e-mail or chat; it opens this plan as it is now.',
        error: false,
      });
    } catch {
      this.setState({
        status: 'The browser blocked copying. The link is selected below: copy it with Ctrl+C or ⌘C.',
        error: false,
      });
      requestAnimationFrame(() => (document.getElementById(LINK_FIELD) as HTMLInputElement | null)?.select());
    }
  }

  override render(_: Props, { status, error, link }: State) {
    const button = (label: string, onClick: () => void, secondary = true) =>
      h('button', { type: 'button', class: secondary ? 'secondary' : undefined, onClick }, label);
    return h(
      'section',
      { class: 'hp-out no-print', 'aria-labelledby': 'hp-out-title' },
      h('h2', { id: 'hp-out-title' }, 'Keep, share and print the plan'),
      h(
        'p',
        null,
        'Your changes are saved in this browser as you go. To hand the plan to the other team, send a link or a file, or print the one-page appendix for the statement of work.',
      ),
      h(
        'div',
        { class: 'share-buttons' },
        button('Copy share link', () => void this.share(), false),
        button('Print the appendix', () => window.print()),
      ),
      link &&
        h(
          'p',
          null,
          h('label', { for: LINK_FIELD }, 'Link to this plan'),
          h('input', { id: LINK_FIELD, type: 'text', readOnly: true, value: link, class: 'manual-copy' }),
        ),
      h(
        'div',
        { class: 'share-buttons' },
        button('Download Markdown', () => this.download('md')),
        button('Download CSV', () => this.download('csv')),
        button('Download JSON', () => this.download('json')),
      ),
      h(
        'div',
        { class: 'hp-field hp-import' },
        h('label', { for: 'hp-import' }, 'Open a saved JSON file'),
        h(
          'span',
          { class: 'hint', id: 'hp-import-hint' },
          'It replaces the plan on screen; you can go back to the one you had.',
        ),
        h('input', {
          type: 'file',
          id: 'hp-import',
          accept: '.json,application/json',
          'aria-describedby': 'hp-import-hint',
          onChange: (event: Event) => void this.open(event.currentTarget as HTMLInputElement),
        }),
      ),
      h('p', { role: 'status', class: `share-status${error ? ' hp-error' : ''}` }, status),
    );
  }
}
