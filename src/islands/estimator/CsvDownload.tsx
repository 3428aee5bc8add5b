import { useState } from 'preact/hooks';
interface Props {
  /** Builds the file's text when the reader asks for it. */
  csv(): string;
  preparedFor: string | null;
}

/** Saves the line items of every model as a CSV file, made in the browser. */
export function CsvDownload({ csv, preparedFor }: Props) {
  const [status, setStatus] = useState('');
  const download = () => {
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    const name = preparedFor?.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase();
    link.href = url;
    link.download = `co-managed-it-estimate${name ? `-${name}` : ''}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('The CSV file with every line item has been saved to your downloads.');
  };
  return (
    <div class="no-print est-csv">
      <button type="button" class="secondary" onClick={download}>
        Download CSV of the line items
      </button>
      <p role="status" class="share-status">
        {status}
      </p>
    </div>
  );
}
