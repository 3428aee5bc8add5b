import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface Props {
  label: string;
  hint: string;
  value: number | null;
  min: number;
  max: number;
  onValidChange(value: number | null): void;
  inputId?: string;
  /** Decimal places allowed (a comma counts as the decimal point); 0, the default, means whole numbers. */
  decimals?: number;
}

const wholeNumber = /^\d+$/;

/** A number input that keeps what the reader typed and explains what it cannot use. */
export function NumberField({ label, hint, value, min, max, onValidChange, inputId, decimals = 0 }: Props) {
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);

  const lastReported = useRef(value);
  // Values reported since the field last caught up. Effects run after paint, so while the reader
  // types quickly an older report can still come back as `value` ("2" while "25" is on screen).
  const pending = useRef<(number | null)[]>([]);

  // Follow outside changes (a shared link, "start over") without fighting the reader's typing.
  useEffect(() => {
    if (value === lastReported.current) {
      pending.current = [];
      return;
    }
    if (pending.current.includes(value)) return;
    lastReported.current = value;
    pending.current = [];
    setText(value === null ? '' : String(value));
    setError(null);
  }, [value]);

  const report = (next: number | null) => {
    pending.current.push(lastReported.current);
    lastReported.current = next;
    onValidChange(next);
  };

  const onInput = (raw: string) => {
    setText(raw);
    const cleaned = decimals > 0 ? raw.trim().replace(/\s/g, '').replace(',', '.') : raw.trim().replace(/[,\s]/g, '');
    if (cleaned === '') {
      setError(null);
      report(null);
      return;
    }
    // With decimals, "2." and ".5" count too, so typing "2.5" shows no error on the way.
    const pattern = decimals > 0 ? new RegExp(`^(?=\\.?\\d)\\d*(?:\\.\\d{0,${decimals}})?$`) : wholeNumber;
    const parsed = pattern.test(cleaned) ? Number(cleaned) : Number.NaN;
    if (!(decimals > 0 ? Number.isFinite(parsed) : Number.isSafeInteger(parsed)) || parsed < min || parsed > max) {
      setError(
        decimals > 0
          ? `Enter a number from ${min.toLocaleString()} to ${max.toLocaleString()}, with at most ${decimals} decimals.`
          : `Enter a whole number from ${min.toLocaleString()} to ${max.toLocaleString()}.`,
      );
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
        inputMode={decimals > 0 ? 'decimal' : 'numeric'}
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
