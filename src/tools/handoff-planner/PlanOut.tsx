import { Component } from 'preact';
import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { matrixFileName } from '../../lib/handoff/file-name';
import { exportMatrixJson, importMatrixJson, MAX_IMPORT_BYTES, type MatrixImport } from '../../lib/handoff/json-codec';
import { encodeMatrixLink, isTooLongForChat } from '../../lib/handoff/link-codec';
import type { HandoffMatrix, RowNames } from '../../lib/handoff/matrix';
import { refusalInWords } from '../../lib/handoff/problem-words';
import { TOO_BIG } from '../../lib/handoff/untrusted-json';
import { fillTemplate } from '../../lib/text/template';
import { ShareActions, type ShareStatus } from '../shell/ShareActions';
import { toolPageUrl } from '../shell/page-address';

export type OpenedFile = Extract<MatrixImport, { ok: true }>;

interface Props {
  /** The plan as it is now, read when a button is pressed (so never stale). */
  current(): HandoffMatrix;
  /** The rows' names, which a link leaves out and a file may lack. */
  names: RowNames;
  siteUrl: string;
  words: Pick<PlannerWords, 'out' | 'row' | 'checks' | 'markdown' | 'notices'>;
  /** How the page writes numbers, in why a file was refused. */
  locale: string;
  /** A file was read and is fine to open. */
  onOpen(opened: OpenedFile, fileName: string): void;
}

interface State {
  /** What the last download or file did, said on the share actions' status line. */
  status: ShareStatus | null;
}

/** Files are made in the browser by save-file.ts, which loads with the first download. */
const saver = async () => (await import('../shell/save-file')).saveFile;

const saveJson = async (matrix: HandoffMatrix, stem: string) =>
  (await saver())(matrixFileName(matrix, 'json', stem), exportMatrixJson(matrix), 'application/json');

/** Sharing and printing (the shell's), downloads and opening a saved file; each says what happened. */
export class PlanOut extends Component<Props, State> {
  override state: State = { status: null };

  /**
   * The Markdown and CSV writers load when first asked for (clicking is the reader's first
   * interaction): most visits never download either, so the page does not pay for them up front.
   */
  private async download(extension: 'md' | 'csv' | 'json') {
    const { current, siteUrl, words } = this.props;
    const matrix = current();
    const name = matrixFileName(matrix, extension, words.out.fileStem);
    if (extension === 'md') {
      const { exportMatrixMarkdown } = await import('../../lib/handoff/export-markdown');
      (await saver())(name, exportMatrixMarkdown(matrix, words, { siteUrl }), 'text/markdown;charset=utf-8');
    } else if (extension === 'csv') {
      const { exportMatrixCsv } = await import('../../lib/handoff/export-csv');
      // The byte-order mark tells spreadsheet programs the file is UTF-8.
      (await saver())(name, `\uFEFF${exportMatrixCsv(matrix, words)}`, 'text/csv;charset=utf-8');
    } else {
      await saveJson(matrix, words.out.fileStem);
    }
    this.setState({ status: { text: fillTemplate(words.out.saved, { name }) } });
  }

  private async open(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result: MatrixImport =
      file.size > MAX_IMPORT_BYTES
        ? { ok: false, source: 'file', refusal: TOO_BIG }
        : importMatrixJson(await file.text().catch(() => ''), this.props.names);
    if (result.ok) {
      this.setState({ status: { text: '' } });
      this.props.onOpen(result, file.name);
    } else {
      const { words, locale } = this.props;
      const error = refusalInWords(result.source, result.refusal, words.notices.reading, locale);
      this.setState({ status: { text: fillTemplate(words.out.importRefused, { error }), error: true } });
    }
  }

  /** The link to the plan as it is now; too long for chat apps, the plan goes out as a file instead. */
  private link = async (): Promise<string | null> => {
    const { current, names } = this.props;
    const matrix = current();
    const url = `${toolPageUrl()}?${await encodeMatrixLink(matrix, names)}`;
    if (!isTooLongForChat(url)) return url;
    await saveJson(matrix, this.props.words.out.fileStem);
    this.setState({ status: { text: this.props.words.out.tooLong } });
    return null;
  };

  override render({ words: { out } }: Props, { status }: State) {
    return (
      <section class="hp-out no-print" aria-labelledby="hp-out-title">
        <h2 id="hp-out-title">{out.share.title}</h2>
        <p>{out.intro}</p>
        <ShareActions words={out.share} url={this.link} showLink status={status}>
          <button type="button" class="secondary" onClick={() => void this.download('md')}>
            {out.downloads.md}
          </button>
          <button type="button" class="secondary" onClick={() => void this.download('csv')}>
            {out.downloads.csv}
          </button>
          <button type="button" class="secondary" onClick={() => void this.download('json')}>
            {out.downloads.json}
          </button>
          <div class="hp-field hp-import">
            <label for="hp-import">{out.importLabel}</label>
            <span class="hint" id="hp-import-hint">
              {out.importHint}
            </span>
            <input
              type="file"
              id="hp-import"
              accept=".json,application/json"
              aria-describedby="hp-import-hint"
              onChange={(event) => void this.open(event.currentTarget as HTMLInputElement)}
            />
          </div>
        </ShareActions>
      </section>
    );
  }
}
