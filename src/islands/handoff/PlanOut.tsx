import { useRef, useState } from 'preact/hooks';
import { exportMatrixCsv } from '../../lib/handoff/export-csv';
import { exportMatrixMarkdown } from '../../lib/handoff/export-markdown';
import { matrixFileName } from '../../lib/handoff/file-name';
import { exportMatrixJson, importMatrixJson, MAX_IMPORT_BYTES, type MatrixImport } from '../../lib/handoff/json-codec';
import { encodeMatrixLink, isTooLongForChat, LINK_TOO_LONG_FOR_CHAT } from '../../lib/handoff/link-codec';
import type { HandoffMatrix } from '../../lib/handoff/matrix';
import { refusals } from '../../lib/handoff/untrusted-json';
import { saveFile } from './save-file';

interface Props {
  /** The plan as it is now (read when a button is pressed, so never stale). */
  current(): HandoffMatrix;
  siteUrl: string;
  /** A file was read and is fine to open. */
  onOpen(opened: Extract<MatrixImport, { ok: true }>, fileName: string): void;
}

interface Status {
  text: string;
  error?: boolean;
}

/** Downloads, opening a saved file, the share link and printing. */
export function PlanOut({ current, siteUrl, onOpen }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const [link, setLink] = useState('');
  const linkField = useRef<HTMLInputElement>(null);

  const download = (extension: 'md' | 'csv' | 'json') => {
    const matrix = current();
    const name = matrixFileName(matrix, extension);
    if (extension === 'md') saveFile(name, exportMatrixMarkdown(matrix, { siteUrl }), 'text/markdown;charset=utf-8');
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    else if (extension === 'csv') saveFile(name, `\uFEFF${exportMatrixCsv(matrix)}`, 'text/csv;charset=utf-8');
    else saveFile(name, exportMatrixJson(matrix), 'application/json');
    setStatus({ text: `Saved ${name} to your downloads.` });
  };

  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result =
      file.size > MAX_IMPORT_BYTES
        ? ({ ok: false, error: refusals('file').tooBig } as const)
        : importMatrixJson(await file.text().catch(() => ''));
    if (result.ok) {
      setStatus(null);
      onOpen(result, file.name);
    } else {
      setStatus({ text: `${result.error} Nothing was changed: the plan on screen is as it was.`, error: true });
    }
  };

  const share = async () => {
    const matrix = current();
    const url = `${location.origin}${location.pathname}?${await encodeMatrixLink(matrix)}`;
    if (isTooLongForChat(url)) {
      setLink('');
      saveFile(matrixFileName(matrix, 'json'), exportMatrixJson(matrix), 'application/json');
      setStatus({ text: LINK_TOO_LONG_FOR_CHAT });
      return;
    }
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ text: 'Link copied. Paste it into an e-mail or chat; it opens this plan as it is now.' });
    } catch {
      setStatus({ text: 'The browser blocked copying. The link is selected below: copy it with Ctrl+C or ⌘C.' });
      requestAnimationFrame(() => linkField.current?.select());
    }
  };

  return (
    <section class="hp-out no-print" aria-labelledby="hp-out-title">
      <h2 id="hp-out-title">Keep, share and print the plan</h2>
      <p>
        Your changes are saved in this browser as you go. To hand the plan to the other team, send a link or a file, or
        print the one-page appendix for the statement of work.
      </p>
      <div class="share-buttons">
        <button type="button" onClick={share}>
          Copy share link
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print the appendix
        </button>
      </div>
      {link && (
        <p>
          <label>
            Link to this plan
            <input ref={linkField} type="text" readOnly value={link} class="manual-copy" />
          </label>
        </p>
      )}
      <div class="share-buttons">
        <button type="button" class="secondary" onClick={() => download('md')}>
          Download Markdown
        </button>
        <button type="button" class="secondary" onClick={() => download('csv')}>
          Download CSV
        </button>
        <button type="button" class="secondary" onClick={() => download('json')}>
          Download JSON
        </button>
      </div>
      <div class="hp-field hp-import">
        <label for="hp-import">Open a saved JSON file</label>
        <span class="hint" id="hp-import-hint">
          It replaces the plan on screen; you can go back to the one you had.
        </span>
        <input
          type="file"
          id="hp-import"
          accept=".json,application/json"
          aria-describedby="hp-import-hint"
          onChange={(event) => void open(event.currentTarget)}
        />
      </div>
      <p role="status" class={`share-status${status?.error ? ' hp-error' : ''}`}>
        {status?.text}
      </p>
    </section>
  );
}
