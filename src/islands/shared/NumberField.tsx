import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface Props {
  label: string;
  hint: string;
  value: number | null;
  min: number;
  max: number;
  onValidChange(value: number | null): void;
  inputId?: string;
}

const wholeNumber = /^\d+$/;

/** A whole-number input that keeps what the reader typed and explains what it cannot use. */
export function NumberField({ label, hint, value, min, max, onValidChange, inputId }: Props) {
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);

  const lastReported = useRef(value);

  // Follow outside changes (a shared link, "start over") without fighting the reader's typing.
  useEffect(() => {
    if (value === lastReported.current) return;
    lastReported.current = value;
    setText(value === null ? '' : String(value));
    setError(null);
  }, [value]);

  const report = (next: number | null) => {
    lastReported.current = next;
    onValidChange(next);
  };

  const onInput = (raw: string) => {
    setText(raw);
    const cleaned = raw.trim().replace(/[,\s]/g, '');
    if (cleaned === '') {
      setError(null);
      report(null);
      return;
    }
    const parsed = wholeNumber.test(cleaned) ? Number(cleaned) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      setError(`Enter a whole number from ${min.toLocaleString()} to ${max.toLocaleString()}.`);
      return;
    }
    setError(null);
    report(parsed);
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? 'true' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
