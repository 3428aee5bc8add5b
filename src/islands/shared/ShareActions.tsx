import { useRef, useState } from 'preact/hooks';

interface Props {
  /** Absolute URL to share. */
  url: string;
  emailSubject: string;
  emailIntro: string;
  printLabel?: string;
}

/** Copy link, e-mail link and print, each confirming what happened in words. */
export function ShareActions({ url, emailSubject, emailIntro, printLabel = 'Print or save as PDF' }: Props) {
  const [status, setStatus] = useState('');
  const [showManualCopy, setShowManualCopy] = useState(false);
  const manualField = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Paste it into an e-mail or chat.');
      setShowManualCopy(false);
    } catch {
      // Clipboard access can be refused (permissions, older browsers): offer the link to copy by hand.
      setShowManualCopy(true);
      setStatus('Copying was blocked by the browser. The link is selected below: copy it with Ctrl+C or ⌘C.');
      requestAnimationFrame(() => manualField.current?.select());
    }
  };

  const mailto = `mailto:?subject=${encodeURIComponent(emailSubject)}&body=${encodeURIComponent(`${emailIntro}\n\n${url}\n`)}`;

  return (
    <div class="share-actions no-print">
      <div class="share-buttons">
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <a class="button secondary" href={mailto}>
          E-mail link
        </a>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {printLabel}
        </button>
      </div>
      {showManualCopy && (
        <p>
          <label>
            Link to share
            <input ref={manualField} type="text" readOnly value={url} class="manual-copy" />
          </label>
        </p>
      )}
      <p role="status" class="share-status">
        {status}
      </p>
    </div>
  );
}
