import type { Ref } from 'preact';

export interface NumberInputFieldProps {
  id: string;
  /** The share link's parameter, so a form reads and writes what a link carries. */
  name: string;
  label: string;
  hint: string;
  /** Shown under the field while `invalid`. */
  error: string;
  invalid: boolean;
  /** What the reader typed, kept as typed. */
  value: string;
  decimals?: boolean;
  inputRef?: Ref<HTMLInputElement> | undefined;
  onInput?: ((event: Event) => void) | undefined;
}

/**
 * A labelled text box for a number: a text input (not type=number, which drops what it cannot
 * parse and spins on scroll) with its hint, and its error tied to it for screen readers.
 */
export function NumberInputField({
  id,
  name,
  label,
  hint,
  error,
  invalid,
  value,
  decimals,
  inputRef,
  onInput,
}: NumberInputFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={hintId}>
        {hint}
      </p>
      <input
        id={id}
        ref={inputRef ?? null}
        name={name}
        type="text"
        inputMode={decimals ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        {...(onInput && { onInput })}
      />
      {invalid && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
